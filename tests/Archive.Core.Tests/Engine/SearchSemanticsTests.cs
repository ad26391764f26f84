using Archive.Messages;
using Archive.Search;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

public class SearchSemanticsTests : IAsyncLifetime
{
    private readonly TempDataDir _dir = new();
    private Archive.Ingestion.ArchiveEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = Archive.Ingestion.ArchiveEngine.Open(_dir.Path);
        await _engine.StartAsync(watchInbox: false);
        await IngestAsync(_engine,
            Message("a", "亲，这款包邮吗？", minute: 1),
            Message("b", "满99元包邮，48小时内发货", sender: Senders.Agent, minute: 2),
            Message("c", "發貨太慢了，我要退貨", buyer: "b2", conversation: "c2", minute: 3),
            Message("d", "ＡＢＣ牌子的是正品吗😊", buyer: "b2", conversation: "c2", minute: 4),
            Message("e", "货，快点发", minute: 5),
            Message("f", "包 邮", minute: 6));
    }

    public Task DisposeAsync()
    {
        _engine.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("包邮", new[] { "a", "b" })]
    [InlineData("邮", new[] { "a", "b", "f" })]
    [InlineData("发货", new[] { "b", "c" })]
    [InlineData("發貨", new[] { "b", "c" })]
    [InlineData("退货", new[] { "c" })]
    [InlineData("abc", new[] { "d" })]
    [InlineData("ＡＢＣ", new[] { "d" })]
    [InlineData("小时内发", new[] { "b" })]
    [InlineData("货快", new string[0])]
    [InlineData("包邮 发货", new[] { "b" })]
    [InlineData("包邮 -发货", new[] { "a" })]
    [InlineData("\"48小时内\"", new[] { "b" })]
    [InlineData("-包邮 -货", new[] { "d", "f" })]
    [InlineData("？！", new string[0])]
    [InlineData("😊", new string[0])]
    public void ChineseTermsMatchAsExactSubstringsOfNormalizedText(string q, string[] expected)
    {
        Assert.Equal(expected, Ids(Find(_engine, q)));
    }

    [Theory]
    [InlineData("邮", null, 3)]
    [InlineData("货", "b2", 1)]
    [InlineData("包邮 -发货", null, 1)]
    [InlineData("？！", null, 0)]
    public void CountIsTheTotalASearchReportsWithoutRankingAnyHit(string q, string? buyer, int expected)
    {
        var request = new SearchRequest { Query = SearchQuery.Parse(q), BuyerId = buyer, Limit = 1 };

        Assert.Equal(expected, _engine.Searcher.Count(request));
        Assert.Equal(_engine.Searcher.Search(request).Total, _engine.Searcher.Count(request));
    }

    [Fact]
    public void FiltersApplyOnTopOfTheQuery()
    {
        var byBuyer = _engine.Searcher.Search(new SearchRequest { Query = SearchQuery.Parse("货"), BuyerId = "b2" });
        var bySender = _engine.Searcher.Search(new SearchRequest { Query = SearchQuery.Parse("包邮"), Sender = Senders.Agent });

        Assert.Equal(["c"], Ids(byBuyer));
        Assert.Equal(["b"], Ids(bySender));
    }

    [Fact]
    public void EveryHitCarriesAHighlightOfItsMatch()
    {
        var results = Find(_engine, "发货");

        Assert.Equal(2, results.Total);
        Assert.Contains(results.Hits, h => h.Highlight == "满99元包邮，48小时内<em>发货</em>");
        Assert.Contains(results.Hits, h => h.Highlight == "<em>發貨</em>太慢了，我要退貨");
    }
}
