using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Api.Tests;

/// <summary>The real service on its own temp data dir, deleted afterwards.</summary>
public sealed class ArchiveApiFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "archive-api-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Archive:DataDir", DataDir);
        builder.UseSetting("Archive:CommitIntervalSeconds", "0.2");
        builder.UseSetting("Archive:InboxPollSeconds", "0.1");
        builder.UseSetting("Archive:RefreshIntervalSeconds", "0.1");
        builder.UseSetting("Archive:RequestsPerSecondPerKey", "100000"); // tests that probe the limit set their own
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Posts messages and waits until searches see them.</summary>
    public async Task PostAndWaitAsync(HttpClient client, object[] messages)
    {
        var response = await client.PostAsJsonAsync("/api/v1/messages", messages);
        response.EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var batch = body.GetProperty("batch").GetInt64();
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/status");
            if (status.GetProperty("searchableBatch").GetInt64() >= batch) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("messages were not indexed in time");
    }

    public static object Message(string id, string conversation, string buyer, string sender, string sentAt, string text,
        string? agent = null, string shop = "shop-a") =>
        new { messageId = id, conversationId = conversation, buyerId = buyer, sender, sentAt, text, agentId = agent, shopId = shop };
}
