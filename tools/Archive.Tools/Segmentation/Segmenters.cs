using Archive.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Archive.Tools.Segmentation;

/// <summary>A word segmenter segeval can score: word spans of a sentence, in order, by character offset.</summary>
public interface ISegmenter : IDisposable
{
    string Name { get; }

    IReadOnlyList<(int Start, int End)> Segment(string sentence);

    public static ISegmenter Create(string? name, DomainLexicon lexicon) => name?.ToLowerInvariant() switch
    {
        null or "archive" => new ArchiveSegmenter(lexicon),
        "smartcn" => new SmartCnSegmenter(null),
        "smartcn+lexicon" => new SmartCnSegmenter(lexicon),
        _ => throw new ToolArgumentException($"--segmenter must be archive, smartcn or smartcn+lexicon, not '{name}'"),
    };
}

/// <summary>The product's word field: ICU4N's dictionary break plus the domain lexicon.</summary>
public sealed class ArchiveSegmenter(DomainLexicon lexicon) : ISegmenter
{
    private readonly ChineseAnalysis _analysis = new(lexicon);

    public string Name => "archive (ICU4N + domain lexicon)";

    public IReadOnlyList<(int Start, int End)> Segment(string sentence) =>
        _analysis.SegmentWords(sentence).Select(t => (t.Start, t.End)).ToList();

    public void Dispose() => _analysis.Dispose();
}

/// <summary>
/// Lucene.Net.Analysis.SmartCn, the analyzer Lucene users expect for Chinese, with its default stop set, which
/// drops punctuation as our word field does (segeval scores dropped characters as single-character words). With a
/// lexicon, runs of its words that SmartCn split are joined again, longest first, as the product does after ICU.
/// </summary>
public sealed class SmartCnSegmenter(DomainLexicon? lexicon) : ISegmenter
{
    private readonly SmartChineseAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    public string Name => lexicon is null ? "Lucene.Net.Analysis.SmartCn" : "Lucene.Net.Analysis.SmartCn + domain lexicon";

    public IReadOnlyList<(int Start, int End)> Segment(string sentence)
    {
        var spans = new List<(int, int)>();
        using TokenStream stream = _analyzer.GetTokenStream("word", sentence);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) spans.Add((offsets.StartOffset, offsets.EndOffset));
        stream.End();
        return lexicon is null ? spans : JoinLexiconWords(sentence, spans, lexicon);
    }

    private static List<(int Start, int End)> JoinLexiconWords(string sentence, List<(int Start, int End)> spans, DomainLexicon lexicon)
    {
        var joined = new List<(int, int)>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var last = i;
            for (var j = i + 1; j < spans.Count && spans[j].Start == spans[j - 1].End; j++)
            {
                var length = spans[j].End - spans[i].Start;
                if (length > lexicon.MaxWordLength) break;
                if (lexicon.Contains(sentence.Substring(spans[i].Start, length))) last = j;
            }

            joined.Add((spans[i].Start, spans[last].End));
            i = last;
        }

        return joined;
    }

    public void Dispose() => _analyzer.Dispose();
}
