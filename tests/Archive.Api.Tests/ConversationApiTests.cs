using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

public class ConversationApiTests
{
    [Fact]
    public async Task TranscriptListsEveryMessageInTimeOrderWithItsOriginalOffset()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client,
        [
            ArchiveApiFactory.Message("t3", "conv", "b1", "buyer", "2024-05-01T08:02:00+08:00", "好的谢谢"),
            ArchiveApiFactory.Message("t1", "conv", "b1", "buyer", "2024-05-01T08:00:00+08:00", "在吗"),
            ArchiveApiFactory.Message("t2", "conv", "b1", "agent", "2024-05-01T00:01:00Z", "在的亲", agent: "客服A"),
        ]);

        var transcript = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations/conv");

        var messages = transcript.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["t1", "t2", "t3"], messages.Select(m => m.GetProperty("messageId").GetString()));
        Assert.Equal("2024-05-01T00:01:00+00:00", messages[1].GetProperty("sentAt").GetString());
        Assert.Equal(["客服A"], transcript.GetProperty("agentIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("b1", transcript.GetProperty("buyerId").GetString());
    }

    [Fact]
    public async Task UnknownConversationIsNotFoundProblem()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/conversations/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BuyerConversationsAreNewestFirstWithCounts()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client,
        [
            ArchiveApiFactory.Message("a1", "old", "returning", "buyer", "2024-01-01T08:00:00+08:00", "有货吗"),
            ArchiveApiFactory.Message("a2", "old", "returning", "agent", "2024-01-01T08:01:00+08:00", "有的", agent: "客服A"),
            ArchiveApiFactory.Message("b1", "new", "returning", "buyer", "2024-06-01T08:00:00+08:00", "上次说好送赠品的"),
            ArchiveApiFactory.Message("x1", "other", "someone-else", "buyer", "2024-07-01T08:00:00+08:00", "在吗"),
        ]);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/buyers/returning/conversations");

        var conversations = result.GetProperty("conversations").EnumerateArray().ToList();
        Assert.Equal(["new", "old"], conversations.Select(c => c.GetProperty("conversationId").GetString()));
        Assert.Equal(2, conversations[1].GetProperty("messages").GetInt32());
        Assert.Equal(1, conversations[1].GetProperty("shopMessages").GetInt32());
    }

    [Fact]
    public async Task HealthOpenApiAndSwaggerUiAreServed()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/search", "/api/v1/messages", "/api/v1/conversations/{conversationId}",
                     "/api/v1/buyers/{buyerId}/conversations", "/api/v1/ingest/status", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from OpenAPI");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
    }
}
