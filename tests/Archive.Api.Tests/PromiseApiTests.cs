using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

public class PromiseApiTests
{
    // 2024-03-01 is a Friday.
    private static readonly object[] History =
    [
        ArchiveApiFactory.Message("a1", "conv-a", "returning", "buyer", "2024-03-01T10:00:00+08:00", "什么时候发货？"),
        ArchiveApiFactory.Message("a2", "conv-a", "returning", "agent", "2024-03-01T10:01:00+08:00", "亲，明天给您发货", "客服小美"),
        ArchiveApiFactory.Message("a3", "conv-a", "returning", "agent", "2024-03-01T10:02:00+08:00", "下次购买给您包邮哦", "客服小美"),
        ArchiveApiFactory.Message("a4", "conv-a", "returning", "buyer", "2024-03-01T10:03:00+08:00", "好的谢谢"),
        ArchiveApiFactory.Message("a5", "conv-a", "returning", "agent", "2024-03-02T09:00:00+08:00", "亲，已经给您发货了", "客服小美"),
        ArchiveApiFactory.Message("b1", "conv-b", "returning", "buyer", "2024-03-10T10:00:00+08:00", "质量有问题，我要退款"),
        ArchiveApiFactory.Message("b2", "conv-b", "returning", "agent", "2024-03-10T10:05:00+08:00", "要帮您退款吗？", "客服小王"),
        ArchiveApiFactory.Message("b3", "conv-b", "returning", "agent", "2024-03-10T10:06:00+08:00", "好的，48小时内给您退款", "客服小王"),
        ArchiveApiFactory.Message("c1", "conv-c", "returning", "buyer", "2024-03-15T10:00:00+08:00", "你们上次说好送赠品的"),
        ArchiveApiFactory.Message("x1", "conv-x", "someone-else", "agent", "2024-03-10T10:00:00+08:00", "明天给您补发", "客服小王"),
    ];

    private const string AsOf = "&asOf=2024-03-20T00:00:00%2B08:00";

    [Fact]
    public async Task ReturningBuyerGetsEveryPromiseWithDeadlineStatusAndContext()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, History);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/buyers/returning/promises?x=1" + AsOf);

        var promises = result.GetProperty("promises").EnumerateArray().ToList();
        Assert.Equal(["b3", "a3", "a2"], promises.Select(p => p.GetProperty("messageId").GetString()));
        Assert.Equal(["refund", "free_shipping", "shipping"], promises.Select(p => p.GetProperty("type").GetString()));
        Assert.Equal(["overdue", "unknown", "fulfilled"], promises.Select(p => p.GetProperty("status").GetString()));
        Assert.Equal("2024-03-12T10:06:00+08:00", promises[0].GetProperty("dueBy").GetString());
        Assert.Equal("2024-03-02T23:59:59+08:00", promises[2].GetProperty("dueBy").GetString());
        Assert.Equal("a5", promises[2].GetProperty("fulfilledBy").GetProperty("messageId").GetString());
        Assert.Equal("conv-a", promises[2].GetProperty("conversationId").GetString());
        var context = promises[2].GetProperty("context").EnumerateArray().Select(c => c.GetProperty("messageId").GetString());
        Assert.Equal(["a1", "a3", "a4", "a5"], context);
        var claim = Assert.Single(result.GetProperty("claims").EnumerateArray());
        Assert.Equal("gift", claim.GetProperty("type").GetString());
        Assert.Equal("c1", claim.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task StatusTypeAndTimeFiltersNarrowThePromises()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, History);

        async Task<List<string?>> Ids(string filter) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/v1/buyers/returning/promises?" + filter + AsOf))
            .GetProperty("promises").EnumerateArray().Select(p => p.GetProperty("messageId").GetString()).ToList();

        Assert.Equal(["b3"], await Ids("status=overdue"));
        Assert.Equal(["a2"], await Ids("type=shipping"));
        Assert.Equal(["a3", "a2"], await Ids("to=2024-03-05"));
        Assert.Equal(["b3"], await Ids("from=2024-03-05"));
        var dueSoon = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/buyers/returning/promises?status=due_soon&asOf=2024-03-11T12:00:00%2B08:00");
        Assert.Equal("b3", Assert.Single(dueSoon.GetProperty("promises").EnumerateArray()).GetProperty("messageId").GetString());
    }

    [Theory]
    [InlineData("status=late")]
    [InlineData("type=bribe")]
    [InlineData("asOf=tomorrow")]
    [InlineData("from=2024-03-05&to=2024-03-01")]
    public async Task InvalidPromiseFiltersAreProblemDetails(string filter)
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/buyers/returning/promises?" + filter);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchHitsSayWhenAMessageIsAPromise()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, History);

        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("发货") + "&buyerId=returning");

        var hits = result.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("messageId").GetString()!);
        Assert.Equal("shipping", Assert.Single(hits["a2"].GetProperty("promises").EnumerateArray()).GetProperty("type").GetString());
        Assert.Empty(hits["a1"].GetProperty("promises").EnumerateArray());
        Assert.Empty(hits["a5"].GetProperty("promises").EnumerateArray());
    }
}
