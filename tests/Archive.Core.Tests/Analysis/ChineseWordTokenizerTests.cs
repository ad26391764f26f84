using System.Diagnostics;
using System.Text;
using Archive.Analysis;

namespace Archive.Core.Tests.Analysis;

public class ChineseWordTokenizerTests : IDisposable
{
    private readonly ChineseAnalysis _analysis = new(DomainLexicon.BuiltIn);

    public void Dispose() => _analysis.Dispose();

    private string[] Words(string text) => TokenStreamAssert.Terms(_analysis.WordAnalyzer, AnalysisFields.Word, text);

    [Fact]
    public void WordTokenizerKeepsDomainWordsWhole()
    {
        Assert.Equal(["亲", "这款", "包邮", "吗"], Words("亲这款包邮吗"));
        Assert.Contains("七天无理由", Words("七天无理由退货"));
        Assert.Contains("退货", Words("七天无理由退货"));
        var words = Words("卖家已经发货了，运费险和优惠券都有");
        foreach (var word in new[] { "卖家", "发货", "运费险", "优惠券" }) Assert.Contains(word, words);
    }

    [Theory]
    [InlineData("好的，马上给您发货", "好的")]
    [InlineData("嗯嗯 好的呢", "好的")]
    [InlineData("这个质量好的", "好")]
    public void OkOpeningWhatIsSaidIsOneWordButGoodPlusParticleIsTwo(string text, string expected)
    {
        var words = Words(text);
        Assert.Contains(expected, words);
        if (expected == "好") Assert.DoesNotContain("好的", words);
    }

    [Fact]
    public void WordTokenizerSegmentsOrdinaryChinese()
    {
        Assert.Equal(["这个", "衣服", "有", "色差", "吗"], Words("这个衣服有色差吗"));
        Assert.Contains("什么时候", Words("什么时候到货"));
    }

    [Fact]
    public void WordTokenizerDropsPunctuationSymbolsAndEmoji()
    {
        Assert.Equal(["谢谢", "亲"], Words("谢谢😊👍🏻！！亲～～ ★"));
    }

    [Fact]
    public void WordTokenizerKeepsNumbersAndDatesWhole()
    {
        Assert.Equal(["2023年", "12月", "31日", "下单"], Words("2023年12月31日下单"));
        Assert.Contains("12.5%", Words("便宜了12.5%"));
    }

    [Fact]
    public void WordTokenizerNormalizesTraditionalAndFullWidth()
    {
        Assert.Equal(Words("发货了吗"), Words("發貨了嗎"));
        Assert.Equal(["iphone15", "手机", "壳"], Words("ｉＰｈｏｎｅ１５手機殼"));
    }

    [Fact]
    public void WordTokenizerOffsetsPointIntoOriginalText()
    {
        const string text = "  發貨了嗎？ＡＢＣ包郵😊七天無理由退貨 ok";
        var tokens = TokenStreamAssert.CheckContract(_analysis.WordAnalyzer, AnalysisFields.Word, text);
        Assert.Contains(tokens, t => t.Term == "发货" && text[t.Start..t.End] == "發貨");
        Assert.Contains(tokens, t => t.Term == "abc" && text[t.Start..t.End] == "ＡＢＣ");
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("，。！？😊")]
    [InlineData("\ud83d")]
    [InlineData("a\udc00b")]
    public void WordTokenizerHandlesEmptyWhitespaceAndBrokenInput(string text)
    {
        TokenStreamAssert.CheckContract(_analysis.WordAnalyzer, AnalysisFields.Word, text);
    }

    [Fact]
    public void WordTokenizerIsReusableAcrossDocuments()
    {
        var first = TokenStreamAssert.Analyze(_analysis.WordAnalyzer, AnalysisFields.Word, "亲这款包邮吗");
        TokenStreamAssert.Analyze(_analysis.WordAnalyzer, AnalysisFields.Word, new string('长', 5000));
        TokenStreamAssert.Analyze(_analysis.WordAnalyzer, AnalysisFields.Word, "");
        Assert.Equal(first, TokenStreamAssert.Analyze(_analysis.WordAnalyzer, AnalysisFields.Word, "亲这款包邮吗"));
    }

    [Fact]
    public void WordTokenizerHandlesLongTextWithoutPunctuationInBoundedTime()
    {
        var random = new Random(11);
        const string pool = "亲这款衣服什么时候发货可以包邮吗我想退货尺码偏大还是偏小有没有现货快递到哪了已经付款谢谢";
        var text = new StringBuilder();
        while (text.Length < 100_000) text.Append(pool[random.Next(pool.Length)]);
        var clock = Stopwatch.StartNew();
        var tokens = TokenStreamAssert.CheckContract(_analysis.WordAnalyzer, AnalysisFields.Word, text.ToString());
        clock.Stop();

        // Beyond MaxChars nothing is indexed, but the offsets up to there must cover the text.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(NormalizingTokenizer.MaxChars, tokens[^1].End);
        Assert.Equal(NormalizingTokenizer.MaxChars, tokens.Sum(t => t.End - t.Start));
    }

    [Fact]
    public void SegmentWordsReturnsTermsWithOffsets()
    {
        const string text = "卖家發貨了";
        var words = _analysis.SegmentWords(text);
        Assert.Equal([new WordToken("卖家", 0, 2), new WordToken("发货", 2, 4), new WordToken("了", 4, 5)], words);
    }

    [Fact]
    public void WordAnalyzerIsThreadSafe()
    {
        var texts = new[] { "亲这款包邮吗", "七天无理由退货", "2023年12月31日下单", "卖家已经发货了，请注意查收快递" };
        var expected = texts.Select(t => string.Join("/", Words(t))).ToArray();
        Parallel.For(0, 400, i =>
        {
            var index = i % texts.Length;
            Assert.Equal(expected[index], string.Join("/", _analysis.SegmentWords(texts[index]).Select(w => w.Term)));
        });
    }
}
