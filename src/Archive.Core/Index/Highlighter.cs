using System.Text;
using Archive.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Index;

/// <summary>
/// Wraps every match of the query's terms in <c>&lt;em&gt;</c>, HTML-escaping the rest. Matches are found the
/// way the index finds them: the recall analyzer's tokens of the text, matched at consecutive positions, with
/// the analyzer's offsets marking what to wrap; so a highlight shows exactly why a message matched.
/// </summary>
internal sealed class Highlighter(ChineseAnalysis analysis)
{
    private readonly record struct Token(string Term, int Position, int Start, int End);

    /// <summary>The recall phrases of a query's terms, computed once per search rather than once per hit.</summary>
    public IReadOnlyList<IReadOnlyList<RecallTerm>> Phrases(IReadOnlyList<string> terms) =>
        terms.Select(analysis.RecallPhrase).Where(p => p.Count > 0).ToList();

    public string Highlight(string text, IReadOnlyList<IReadOnlyList<RecallTerm>> phrases)
    {
        if (phrases.Count == 0 || text.Length == 0) return Escape(text);
        var tokens = Tokens(text);
        var byPosition = tokens.ToLookup(t => t.Position);
        var spans = new List<(int Start, int End)>();
        foreach (var phrase in phrases)
        {
            foreach (var anchor in tokens.Where(t => t.Term == phrase[0].Term))
            {
                var start = anchor.Position - phrase[0].Position;
                var s = int.MaxValue;
                var e = int.MinValue;
                var matched = true;
                foreach (var part in phrase)
                {
                    var token = byPosition[start + part.Position].FirstOrDefault(t => t.Term == part.Term);
                    if (token.Term is null) { matched = false; break; }
                    s = Math.Min(s, token.Start);
                    e = Math.Max(e, token.End);
                }
                if (matched) spans.Add((s, e));
            }
        }
        return Render(text, Merge(spans));
    }

    private List<Token> Tokens(string text)
    {
        var tokens = new List<Token>(2 * text.Length + 4); // a unigram and a bigram per character, at most
        using var stream = analysis.RecallAnalyzer.GetTokenStream(AnalysisFields.Recall, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    // Only the five characters that matter in HTML text and attributes; Chinese and emoji stay as they are.
    private static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string Render(string text, List<(int Start, int End)> spans)
    {
        var sb = new StringBuilder(text.Length + spans.Count * 9);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            sb.Append(Escape(text[at..start]));
            sb.Append("<em>").Append(Escape(text[start..end])).Append("</em>");
            at = end;
        }
        sb.Append(Escape(text[at..]));
        return sb.ToString();
    }
}
