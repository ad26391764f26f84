using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>A word-field token: normalized term and [Start, End) offsets into the analyzed text.</summary>
public readonly record struct WordToken(string Term, int Start, int End);

/// <summary>A recall-field phrase term and its position relative to the first term (first = 0).</summary>
public readonly record struct RecallTerm(string Term, int Position, bool IsBigram = false);

/// <summary>
/// The one place where the analyzer choice lives: "word" gets dictionary segmentation for ranking,
/// "recall" gets CJK unigrams+bigrams for exact-substring recall, every other field is a keyword.
/// Thread-safe: analyzers hand each thread its own tokenizer instances.
/// </summary>
public sealed class ChineseAnalysis : IDisposable
{
    private readonly Analyzer _keywordAnalyzer = new KeywordAnalyzer();

    public ChineseAnalysis(DomainLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        WordAnalyzer = new ChineseWordAnalyzer(lexicon);
        RecallAnalyzer = new CjkRecallAnalyzer();
        IndexAnalyzer = new PerFieldAnalyzerWrapper(_keywordAnalyzer, new Dictionary<string, Analyzer>
        {
            [AnalysisFields.Word] = WordAnalyzer,
            [AnalysisFields.Recall] = RecallAnalyzer,
        });
    }

    public DomainLexicon Lexicon { get; }

    public Analyzer WordAnalyzer { get; }

    public Analyzer RecallAnalyzer { get; }

    public Analyzer IndexAnalyzer { get; }

    public IReadOnlyList<WordToken> SegmentWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        using var stream = WordAnalyzer.GetTokenStream(AnalysisFields.Word, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new WordToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Terms for a PhraseQuery on "recall" that matches exactly the documents whose normalized text
    /// contains the normalized <paramref name="queryTerm"/>: a one-character CJK run contributes its
    /// unigram, a longer run only its bigrams (consecutive positions), ALNUM runs match whole tokens,
    /// separators keep the same one-position gap as at index time. Empty when nothing is searchable.
    /// </summary>
    public IReadOnlyList<RecallTerm> RecallPhrase(string queryTerm)
    {
        ArgumentNullException.ThrowIfNull(queryTerm);
        var terms = new List<RecallTerm>();
        using var stream = RecallAnalyzer.GetTokenStream(AnalysisFields.Recall, queryTerm);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();

        var position = -1;
        var first = -1;
        string? unigram = null;     // unigram waiting to learn whether its run continues
        var unigramPosition = 0;
        var previousHadBigram = false;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (first < 0) first = position;

            if (ReferenceEquals(type.Type, CjkRecallTokenizer.BigramType))
            {
                unigram = null;     // the run continues: its bigrams replace the unigrams
                previousHadBigram = true;
                terms.Add(new RecallTerm(term.ToString(), position - first, IsBigram: true));
                continue;
            }

            FlushUnigram();
            if (ReferenceEquals(type.Type, CjkRecallTokenizer.UnigramType))
            {
                // The last character of a longer run is already covered by the preceding bigram.
                if (!previousHadBigram)
                {
                    unigram = term.ToString();
                    unigramPosition = position - first;
                }
            }
            else
            {
                terms.Add(new RecallTerm(term.ToString(), position - first));
            }

            previousHadBigram = false;
        }

        FlushUnigram();
        stream.End();
        return terms;

        void FlushUnigram()
        {
            if (unigram is null) return;
            terms.Add(new RecallTerm(unigram, unigramPosition));
            unigram = null;
        }
    }

    public void Dispose()
    {
        IndexAnalyzer.Dispose();
        WordAnalyzer.Dispose();
        RecallAnalyzer.Dispose();
        _keywordAnalyzer.Dispose();
    }
}
