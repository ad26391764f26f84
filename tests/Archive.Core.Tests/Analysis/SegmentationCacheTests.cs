using Archive.Analysis;

namespace Archive.Core.Tests.Analysis;

/// <summary>Repeated chat lines are segmented once, and the cache neither changes words nor grows without bound.</summary>
public class SegmentationCacheTests
{
    [Fact]
    public void ARepeatedTextGetsTheSameWordsAsTheFirstTime()
    {
        using var analysis = new ChineseAnalysis(DomainLexicon.BuiltIn);
        const string text = "亲，今天下单明天发货，包邮的哦";

        var first = analysis.SegmentWords(text);
        var again = analysis.SegmentWords(text);

        Assert.Contains(first, t => t.Term == "发货");
        Assert.Equal(first, again);
    }

    [Fact]
    public void ACachedTextReplaysItsSpans()
    {
        var cache = new SegmentationCache();
        cache.Add("发货了吗", Spans((0, 2), (2, 3), (3, 4)));

        var words = new SpanList();
        Assert.True(cache.TryGet("发货了吗", words));
        Assert.Equal([(0, 2), (2, 3), (3, 4)], Pairs(words));
        Assert.False(cache.TryGet("发货了", new SpanList()));
    }

    [Fact]
    public void TextsLongerThanTheLimitAreNotKept()
    {
        var cache = new SegmentationCache();
        var longText = new string('货', SegmentationCache.MaxTextLength + 1);
        cache.Add(longText, Spans((0, 1)));
        Assert.False(cache.TryGet(longText, new SpanList()));
    }

    [Fact]
    public void AFullGenerationMakesRoomButKeepsTextsStillInUse()
    {
        var cache = new SegmentationCache(capacity: 2);
        cache.Add("在吗", Spans((0, 2)));
        cache.Add("好的", Spans((0, 2)));     // full: both move to the previous generation
        Assert.True(cache.TryGet("在吗", new SpanList())); // used again: back into the current one
        cache.Add("谢谢", Spans((0, 2)));     // full again: 在吗 and 谢谢 are kept, 好的 is dropped

        Assert.True(cache.TryGet("在吗", new SpanList()));
        Assert.True(cache.TryGet("谢谢", new SpanList()));
        Assert.False(cache.TryGet("好的", new SpanList()));
    }

    private static SpanList Spans(params (int Start, int End)[] spans)
    {
        var list = new SpanList();
        foreach (var (start, end) in spans) list.Add(start, end);
        return list;
    }

    private static (int, int)[] Pairs(SpanList words) =>
        Enumerable.Range(0, words.Count).Select(i => (words.Start(i), words.End(i))).ToArray();
}
