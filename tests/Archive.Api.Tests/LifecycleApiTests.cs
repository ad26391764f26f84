using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

public class LifecycleApiTests
{
    private static readonly object[] History =
    [
        ArchiveApiFactory.Message("h1", "conv-1", "buyer-h", "buyer", "2024-05-01T10:00:00+08:00", "我的电话是13800000000"),
        ArchiveApiFactory.Message("h2", "conv-2", "buyer-h", "buyer", "2024-06-01T10:00:00+08:00", "商品是假货，我要投诉"),
    ];

    [Fact]
    public async Task HoldKeepsAConversationThroughErasureAndTheAuditTrailShowsWhoAndWhy()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, History);

        var placed = await client.PostAsJsonAsync("/api/v1/holds", new { conversationId = "conv-2", requestedBy = "纠纷专员A", reason = "假货投诉 #123" });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var holdId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var erased = await client.PostAsJsonAsync("/api/v1/buyers/buyer-h/erasure", new { requestedBy = "admin", reason = "买家申请删除个人信息" });
        var result = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["conv-1"], result.GetProperty("removedConversations").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(holdId, result.GetProperty("kept")[0].GetProperty("holdId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/conversations/conv-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/conversations/conv-2")).StatusCode);

        var audit = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var trail = audit.EnumerateArray().Select(r => (r.GetProperty("action").GetString(), r.GetProperty("actor").GetString(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal([("hold", "纠纷专员A (key open)", "假货投诉 #123"), ("erasure", "admin (key open)", "买家申请删除个人信息")], trail);
    }

    [Theory]
    [InlineData("/api/v1/holds", """{"conversationId":"c","reason":"x"}""", "requestedBy")]
    [InlineData("/api/v1/holds", """{"buyerId":"b","conversationId":"c","requestedBy":"a","reason":"x"}""", "buyerId")]
    [InlineData("/api/v1/buyers/b/erasure", """{"requestedBy":"a"}""", "reason")]
    [InlineData("/api/v1/purge", """{"reason":"x"}""", "requestedBy")]
    public async Task LifecycleActionsWithoutWhoOrWhyAreRefused(string path, string body, string parameter)
    {
        await using var factory = new ArchiveApiFactory();
        var response = await factory.CreateClient().PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task ReleasingAnUnknownHoldIs404()
    {
        await using var factory = new ArchiveApiFactory();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/holds/hold-nope/release", new { requestedBy = "a", reason = "b" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
