using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests;

public class SearchApiTests
{
    private static readonly object[] Chat =
    [
        ArchiveApiFactory.Message("m1", "c1", "buyer-1", "buyer", "2024-03-01T10:00:00+08:00", "亲，这款衣服包邮吗？"),
        ArchiveApiFactory.Message("m2", "c1", "buyer-1", "agent", "2024-03-01T10:00:30+08:00", "亲，满99包邮哦，今天下单明天发货", "客服小美"),
        ArchiveApiFactory.Message("m3", "c1", "buyer-1", "buyer", "2024-03-01T10:01:00+08:00", "發貨用什麼快遞？"),
        ArchiveApiFactory.Message("m4", "c2", "buyer-2", "buyer", "2024-03-02T09:00:00+08:00", "我要退款，<b>质量</b>太差了"),
        ArchiveApiFactory.Message("m5", "c2", "buyer-2", "agent", "2024-03-02T09:01:00+08:00", "抱歉，已为您申请退款", "客服小王"),
    ];

    [Fact]
    public async Task SearchFindsTraditionalSpellingOfSimplifiedQuery()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Chat);

        var result = await SearchAsync(client, "发货");

        Assert.Equal(["m2", "m3"], Ids(result).Order());
        var traditional = Hit(result, "m3");
        Assert.Equal("<em>發貨</em>用什麼快遞？", traditional.GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task SearchFindsSimplifiedSpellingOfTraditionalQuery()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Chat);

        Assert.Equal(["m2", "m3"], Ids(await SearchAsync(client, "發貨")).Order());
    }

    [Fact]
    public async Task FiltersExclusionsAndPhrasesNarrowTheHits()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Chat);

        Assert.Equal(["m1", "m2"], Ids(await SearchAsync(client, "包邮")).Order());
        Assert.Equal(["m2"], Ids(await SearchAsync(client, "包邮&sender=agent")));
        Assert.Equal(["m1"], Ids(await SearchAsync(client, "包邮 -下单")));
        Assert.Equal(["m4", "m5"], Ids(await SearchAsync(client, "退款&buyerId=buyer-2")).Order());
        Assert.Empty(Ids(await SearchAsync(client, "退款&buyerId=buyer-1")));
        Assert.Equal(["m2"], Ids(await SearchAsync(client, "%22明天发货%22")));
        Assert.Empty(Ids(await SearchAsync(client, "%22包邮明天%22")));
        Assert.Equal(["m4"], Ids(await SearchAsync(client, "退款&to=2024-03-02T09:00:30%2B08:00")));
    }

    [Fact]
    public async Task HighlightEscapesHtmlAroundTheMatches()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Chat);

        var hit = Hit(await SearchAsync(client, "质量"), "m4");

        Assert.Equal("我要退款，&lt;b&gt;<em>质量</em>&lt;/b&gt;太差了", hit.GetProperty("highlight").GetString());
    }

    [Fact]
    public async Task CursorPagingVisitsEveryHitExactlyOnce()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var messages = Enumerable.Range(0, 23).Select(i => ArchiveApiFactory.Message($"p{i:D2}", "c9", "buyer-9",
            "buyer", $"2024-04-01T10:{i:D2}:00+08:00", $"第{i}次问：有货吗")).ToArray();
        await factory.PostAndWaitAsync(client, messages);

        foreach (var sort in new[] { "newest", "oldest", "relevance" })
        {
            var seen = new List<string>();
            string? cursor = null;
            do
            {
                var url = $"/api/v1/search?q=有货&limit=5&sort={sort}" + (cursor is null ? "" : "&cursor=" + cursor);
                var page = await client.GetFromJsonAsync<JsonElement>(url);
                Assert.Equal(23, page.GetProperty("total").GetInt32());
                seen.AddRange(Ids(page));
                cursor = page.GetProperty("nextCursor").GetString();
            } while (cursor is not null);
            Assert.Equal(23, seen.Count);
            Assert.Equal(23, seen.Distinct().Count());
            if (sort == "newest") Assert.Equal("p22", seen[0]);
            if (sort == "oldest") Assert.Equal("p00", seen[0]);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=包邮&limit=0")]
    [InlineData("q=包邮&limit=201")]
    [InlineData("q=包邮&limit=abc")]
    [InlineData("q=包邮&sort=random")]
    [InlineData("q=包邮&sender=robot")]
    [InlineData("q=包邮&from=yesterday")]
    [InlineData("q=包邮&from=2024-03-02&to=2024-03-01")]
    [InlineData("q=包邮&cursor=not-a-cursor")]
    public async Task InvalidSearchParametersAreProblemDetails(string query)
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task HostileQueriesNeverCauseServerErrors()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Chat);
        string[] hostile =
        [
            "\"", "\"\"", "\"包邮", "包邮\"", "-", "--", "- -", "-包邮", "*", "*:*", "?", "包*", "(", ")", "((((", "[1 TO 2]",
            "{", "}", "~", "包邮~2", "^", "包邮^10", "\\", "\\\\", "a AND", "OR", "NOT", "AND OR NOT", "text:包邮", "id:m1",
            "/", "/.*/", "!", "&&", "||", "！？。，", "。。。", "😊", "😊😊😊", "🙏包邮", "\u200b", "\u202e包邮", "\u0000",
            "\ud83d", "\udc00", "ｑ", "\u3000", "包" + new string('邮', 900), new string('a', 999), new string('"', 999),
            string.Concat(Enumerable.Repeat("包邮 ", 32)), string.Concat(Enumerable.Repeat("-包 ", 32)),
            "%", "%25", "<script>alert(1)</script>", "' OR 1=1 --", "\t\n\r", "发货 -发货", "\"发货\" -\"发货\"",
        ];
        foreach (var q in hostile)
        {
            var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));
            Assert.True((int)response.StatusCode < 500, $"q={q} gave {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var huge = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(new string('邮', 10_000)));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        var tooMany = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("包 ", 40))));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    private static Task<JsonElement> SearchAsync(HttpClient client, string q) =>
        client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + q);

    private static IEnumerable<string> Ids(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("messageId").GetString()!).ToList();

    private static JsonElement Hit(JsonElement result, string id) =>
        result.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("messageId").GetString() == id);
}
