using Archive.Analysis;

namespace Archive.Core.Tests.Analysis;

public class CjkRecallTokenizerTests : IDisposable
{
    private readonly ChineseAnalysis _analysis = new(DomainLexicon.BuiltIn);

    public void Dispose() => _analysis.Dispose();

    private List<AnalyzedToken> Recall(string text) => TokenStreamAssert.CheckContract(_analysis.RecallAnalyzer, AnalysisFields.Recall, text);

    private static string Describe(IEnumerable<AnalyzedToken> tokens) =>
        string.Join(" ", tokens.Select(t => $"{t.Term}+{t.PositionIncrement}"));

    [Fact]
    public void RecallTokenizerEmitsUnigramsAndBigramsAtTheSamePosition()
    {
        var tokens = Recall("发货了");
        Assert.Equal("发+1 发货+0 货+1 货了+0 了+1", Describe(tokens));
        Assert.Equal(
            [CjkRecallTokenizer.UnigramType, CjkRecallTokenizer.BigramType, CjkRecallTokenizer.UnigramType, CjkRecallTokenizer.BigramType, CjkRecallTokenizer.UnigramType],
            tokens.Select(t => t.Type));
    }

    [Fact]
    public void RecallTokenizerKeepsAlnumRunsWholeAndLowercased()
    {
        var tokens = Recall("iPhone15手机XL码");
        Assert.Equal("iphone15+1 手+1 手机+0 机+1 xl+1 码+1", Describe(tokens));
        Assert.Equal(CjkRecallTokenizer.AlnumType, tokens[0].Type);
    }

    [Fact]
    public void RecallTokenizerSeparatorRunIsOnePositionGap()
    {
        Assert.Equal("亲+1 发+2 发货+0 货+1", Describe(Recall("亲，，  😊！发货")));
        Assert.Equal("a+2 b+2", Describe(Recall("  a - b  ")));
    }

    [Fact]
    public void RecallTokenizerBigramsNeverSpanSeparators()
    {
        Assert.DoesNotContain(Recall("发。货"), t => t.Term.Length > 1);
    }

    [Fact]
    public void RecallTokenizerOffsetsPointIntoOriginalText()
    {
        const string text = "發貨 ＡＢＣ１２３😊退貨";
        var tokens = Recall(text);
        Assert.Contains(tokens, t => t.Term == "发货" && text[t.Start..t.End] == "發貨");
        Assert.Contains(tokens, t => t.Term == "abc123" && text[t.Start..t.End] == "ＡＢＣ１２３");
        Assert.Contains(tokens, t => t.Term == "退货" && text[t.Start..t.End] == "退貨");
    }

    [Fact]
    public void RecallTokenizerTreatsSupplementaryIdeographsAsOneCharacter()
    {
        var tokens = Recall("𠀋发😊");
        Assert.Equal("𠀋+1 𠀋发+0 发+1", Describe(tokens));
    }

    [Fact]
    public void RecallTokenizerCoversKanaAndHangul()
    {
        Assert.Equal("あり+0", Describe(Recall("ありがとう").Where(t => t.Term == "あり")));
        Assert.Contains(Recall("감사합니다"), t => t.Term == "감사");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😊👍🏻！")]
    [InlineData("\ud83d发")]
    [InlineData("发\udc00")]
    public void RecallTokenizerHandlesEmptyWhitespaceAndBrokenInput(string text)
    {
        Recall(text);
    }

    [Fact]
    public void RecallTokenizerIsBoundedOnHugeInput()
    {
        var text = new string('货', NormalizingTokenizer.MaxChars + 1000);
        var tokens = Recall(text);
        Assert.Equal(2 * NormalizingTokenizer.MaxChars - 1, tokens.Count);
    }
}
