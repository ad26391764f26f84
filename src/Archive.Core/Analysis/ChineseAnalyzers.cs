using Lucene.Net.Analysis;

namespace Archive.Analysis;

/// <summary>
/// Analyzer of the "word" field; components are reused per thread by Lucene's reuse strategy, and all of them share
/// one cache of segmented short texts.
/// </summary>
public sealed class ChineseWordAnalyzer(DomainLexicon lexicon) : Analyzer
{
    private readonly SegmentationCache _cache = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChineseWordTokenizer(reader, lexicon, _cache));
}

/// <summary>Analyzer of the "recall" field (CJK unigrams + bigrams, ALNUM runs).</summary>
public sealed class CjkRecallAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CjkRecallTokenizer(reader));
}
