using Archive.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Tests.Analysis;

internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, string Type);

/// <summary>By-hand version of Lucene's BaseTokenStreamTestCase checks (that class isn't available here).</summary>
internal static class TokenStreamAssert
{
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text, out int finalOffset)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type));
        }

        stream.End();
        finalOffset = offset.EndOffset;
        return tokens;
    }

    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text) => Analyze(analyzer, field, text, out _);

    public static string[] Terms(Analyzer analyzer, string field, string text) =>
        Analyze(analyzer, field, text).Select(t => t.Term).ToArray();

    /// <summary>
    /// The tokenizer contract: same tokens when the reused stream runs twice, offsets slicing the original
    /// text to the (normalized) term, sane positions, final offset == text length.
    /// </summary>
    public static List<AnalyzedToken> CheckContract(Analyzer analyzer, string field, string text)
    {
        var first = Analyze(analyzer, field, text, out var finalOffset);
        var second = Analyze(analyzer, field, text, out var secondFinal);
        Assert.Equal(first, second);
        Assert.Equal(text.Length, finalOffset);
        Assert.Equal(text.Length, secondFinal);

        var lastStart = 0;
        for (var i = 0; i < first.Count; i++)
        {
            var token = first[i];
            Assert.InRange(token.Start, 0, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            Assert.True(token.Start >= lastStart, $"start offsets must not go backwards at {token}");
            Assert.Equal(TextNormalizer.Normalize(text[token.Start..token.End]), token.Term);
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"token starts inside a surrogate pair: {token}");
            Assert.False(char.IsHighSurrogate(text[token.End - 1]), $"token ends inside a surrogate pair: {token}");
            Assert.True(token.PositionIncrement >= (i == 0 ? 1 : 0), $"bad position increment at {token}");
            lastStart = token.Start;
        }

        return first;
    }
}
