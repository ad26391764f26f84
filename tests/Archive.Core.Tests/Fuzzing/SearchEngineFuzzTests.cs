using System.Net;
using System.Text.RegularExpressions;
using Archive.Core.Tests.Engine;
using Archive.Ingestion;
using Archive.Messages;
using Archive.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>One engine with hostile messages, shared by the search properties (they only read it).</summary>
public sealed class FuzzIndexFixture : IAsyncLifetime
{
    private readonly TempDataDir _dir = new();

    public ArchiveEngine Engine { get; private set; } = null!;

    public IReadOnlyList<ChatMessage> Messages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Engine = ArchiveEngine.Open(_dir.Path);
        await Engine.StartAsync(watchInbox: false);
        var texts = new List<string>
        {
            "亲，这款包邮吗？", "满99元包邮，48小时内发货", "發貨太慢了，我要退貨", "ＡＢＣ牌子的是正品吗😊", "<b>&amp;\"'</b> 包邮",
            "a AND b OR c NOT d +e -f \"g\" (h) [i TO j] {k} ~l ^m *n ?o \\p /q/ field:r", "\u0001\u001b[31m控制字符\u007f",
            "𠀀𠀁 supplementary 😊👍🏽 emoji", "\uFEFF零宽\u200B字符\u202E反转", "", new string('啊', 20_000),
            string.Concat(Enumerable.Repeat("的了是我你", 400)), "ﬁ ﬂ Ⅻ ① ㈱ ｶﾀｶﾅ カタカナ",
        };
        var random = new Random(5);
        const string pool = "包邮发货退款亲在吗的了好快递顺丰發貨退貨abcXYZ0123 ，。？！😊𠀀<>&\"'-:";
        for (var i = 0; i < 60; i++)
            texts.Add(new string(Enumerable.Range(0, random.Next(1, 80)).Select(_ => pool[random.Next(pool.Length)]).ToArray()));
        Messages = texts.Select((t, i) => EngineTestData.Message($"fz{i}", FixSurrogates(t), buyer: $"b{i % 5}",
            sender: i % 2 == 0 ? Senders.Buyer : Senders.Agent, conversation: $"c{i % 7}", minute: i)).ToArray();
        await EngineTestData.IngestAsync(Engine, [.. Messages]);
    }

    public Task DisposeAsync()
    {
        Engine.Dispose();
        _dir.Dispose();
        return Task.CompletedTask;
    }

    // The random pool may cut an emoji in half; messages from the parsers never hold lone surrogates.
    private static string FixSurrogates(string s) => new(s.Where(c => !char.IsSurrogate(c)).ToArray());
}

/// <summary>
/// Any q the API lets through (non-blank, at most 1000 characters and 32 terms; it answers 400 to anything else)
/// goes through the whole search path, Lucene included, and comes back as results: never as an exception.
/// </summary>
public class SearchEngineFuzzTests(FuzzIndexFixture index) : IClassFixture<FuzzIndexFixture>
{
    // Each search highlights every hit, some of them 20,000 characters long: fewer cases keep the suite fast.
    private const int Tests = 100;

    private static readonly Gen<string> LongChineseTerms =
        from terms in Gen.Choose(1, SearchQuery.MaxTerms).SelectMany(n => Gen.ArrayOf(FuzzGen.ChatText, n))
        from quoted in Gen.Elements(true, false)
        select quoted ? "\"" + string.Join(" ", terms) + "\"" : string.Join(" ", terms);

    /// <summary>Queries the API accepts: the ones its validation would answer with 400 are left out.</summary>
    private static readonly Gen<string> AcceptedQuery = Gen.OneOf(
            SearchQueryFuzzTests.Query,
            LongChineseTerms,
            Gen.Choose(1, 1000).Select(n => new string('的', n)),
            Gen.Choose(1, 500).Select(n => "\"" + string.Concat(Enumerable.Repeat("包 ", n)) + "\""),
            Gen.Choose(1, 32).Select(n => string.Join(" ", Enumerable.Repeat("-包邮", n))))
        .Select(q => q.Length > SearchQuery.MaxLength ? q[..SearchQuery.MaxLength] : q)
        .Where(q => !string.IsNullOrWhiteSpace(q))
        .Where(q => SearchQuery.Parse(q) is var p && p.Required.Count + p.Excluded.Count <= SearchQuery.MaxTerms);

    private static readonly Gen<SearchRequest> Request =
        from q in AcceptedQuery
        from sort in Gen.Elements(SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest)
        from limit in Gen.Choose(1, 30)
        from buyer in Gen.Elements<string?>(null, "b1", "b3", "不存在", "")
        from sender in Gen.Elements<string?>(null, Senders.Buyer, Senders.Agent)
        from since in Gen.Elements<DateTimeOffset?>(null, DateTimeOffset.MinValue, new DateTimeOffset(2024, 3, 1, 10, 30, 0, TimeSpan.FromHours(8)))
        from after in Gen.OneOf(Gen.Constant<SearchCursor?>(null),
            from score in Gen.Choose(-100, 100)
            from ms in Gen.Elements(long.MinValue, -1L, 0L, 1_709_258_400_000L, long.MaxValue)
            from sequence in Gen.Elements(0L, 1L, 40L, long.MaxValue)
            select (SearchCursor?)new SearchCursor(sort, score / 7f, ms, sequence))
        select new SearchRequest
        {
            Query = SearchQuery.Parse(q), Sort = sort, Limit = limit, BuyerId = buyer, Sender = sender, From = since, After = after,
        };

    [Property(MaxTest = Tests)]
    public Property AnyAcceptedQueryReturnsResultsNeverAnException() => Prop.ForAll(Request.ToArbitrary(), request =>
    {
        var results = index.Engine.Searcher.Search(request);

        Assert.True(results.Total >= results.Hits.Count);
        Assert.True(results.Hits.Count <= request.Limit);
        Assert.All(results.Hits, hit => Assert.Equal(hit.Message.Text, Unhighlight(hit.Highlight)));
    });

    /// <summary>The contract: a Chinese term matches every message that has it as a substring.</summary>
    [Property(MaxTest = Tests)]
    public Property AChineseSubstringOfAnIndexedTextFindsThatText() => Prop.ForAll(
        (from message in Gen.Elements(index.Messages.ToArray())
         from start in Gen.Choose(0, 10_000)
         from length in Gen.Choose(1, 6)
         select (message, start, length)).ToArbitrary(),
        c =>
        {
            var runs = Regex.Matches(c.message.Text, "[\u4E00-\u9FA5]+");
            if (runs.Count == 0) return;
            var run = runs[c.start % runs.Count].Value;
            var offset = c.start % run.Length;
            var piece = run.Substring(offset, Math.Min(c.length, run.Length - offset));

            var results = index.Engine.Searcher.MatchingIds(new SearchRequest { Query = SearchQuery.Parse(piece) });

            Assert.Contains(c.message.MessageId, results);
        });

    private static string Unhighlight(string highlight) =>
        WebUtility.HtmlDecode(highlight.Replace("<em>", "").Replace("</em>", ""));
}
