using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Tools.Commands;

namespace Archive.Api.Tests;

public class EvidenceApiTests
{
    private static readonly object[] Dispute =
    [
        ArchiveApiFactory.Message("d1", "conv-d", "buyer-d", "buyer", "2024-05-01T10:00:00+08:00", "收到的杯子是裂的"),
        ArchiveApiFactory.Message("d2", "conv-d", "buyer-d", "agent", "2024-05-01T10:02:00+08:00", "非常抱歉，明天给您补发一个新的", "客服小美"),
        ArchiveApiFactory.Message("d3", "conv-d", "buyer-d", "buyer", "2024-05-01T10:03:00+08:00", "好的，<b>谢谢</b>"),
        ArchiveApiFactory.Message("e1", "conv-e", "buyer-e", "buyer", "2024-05-02T10:00:00+08:00", "别的买家"),
    ];

    [Fact]
    public async Task EvidenceSavedFromTheApiPassesVerifyAndFailsOnceOneCharacterChanges()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Dispute);

        var json = await client.GetStringAsync("/api/v1/evidence?conversationId=conv-d");
        var bundle = JsonDocument.Parse(json).RootElement;
        var messages = bundle.GetProperty("conversations")[0].GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["d1", "d2", "d3"], messages.Select(m => m.GetProperty("messageId").GetString()));
        Assert.Equal("+08:00", messages[0].GetProperty("timeZone").GetString());
        Assert.Equal("api", messages[0].GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(64, messages[0].GetProperty("source").GetProperty("sha256").GetString()!.Length);

        var path = Path.Combine(factory.DataDir, "bundle.json");
        await File.WriteAllTextAsync(path, json);
        Assert.Equal(0, await VerifyCommand.RunAsync([path]));
        await File.WriteAllTextAsync(path, json.Replace("明天给您补发", "后天给您补发"));
        Assert.Equal(1, await VerifyCommand.RunAsync([path]));
        await File.WriteAllTextAsync(path, json.Replace("2024-05-01T10:02:00+08:00", "2024-05-01T10:02:01+08:00"));
        Assert.Equal(1, await VerifyCommand.RunAsync([path]));
    }

    [Fact]
    public async Task CsvHasAByteOrderMarkAndHtmlIsAPrintablePageWithEscapedText()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Dispute);

        var csv = await client.GetAsync("/api/v1/evidence?buyerId=buyer-d&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("明天给您补发一个新的", Encoding.UTF8.GetString(bytes));

        var html = await client.GetAsync("/api/v1/evidence?conversationId=conv-d&format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("收到的杯子是裂的", page);
        Assert.Contains("&lt;b&gt;谢谢&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>谢谢</b>", page);
    }

    [Theory]
    [InlineData("", "conversationId")]
    [InlineData("conversationId=conv-d&buyerId=buyer-d", "conversationId")]
    [InlineData("conversationId=conv-d&orderId=o1", "conversationId")]
    [InlineData("buyerId=buyer-d&from=yesterday", "from")]
    [InlineData("buyerId=buyer-d&format=pdf", "format")]
    public async Task BadEvidenceParametersAreProblemDetails(string query, string parameter)
    {
        await using var factory = new ArchiveApiFactory();
        var response = await factory.CreateClient().GetAsync("/api/v1/evidence?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _) || problem.GetProperty("errors").TryGetProperty("buyerId", out _));
    }

    [Fact]
    public async Task EvidenceForAnUnknownConversationIs404ProblemDetails()
    {
        await using var factory = new ArchiveApiFactory();
        var response = await factory.CreateClient().GetAsync("/api/v1/evidence?conversationId=nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
