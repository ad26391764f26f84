using Lucene.Net.Analysis;

namespace Archive.Analysis;

/// <summary>Analyzer of the "word" field; components are reused per thread by Lucene's reuse strategy.</summary>
public sealed class ChineseWordAnalyzer(DomainLexicon lexicon) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChineseWordTokenizer(reader, lexicon));
}

/// <summary>Analyzer of the "recall" field (CJK unigrams + bigrams, ALNUM runs).</summary>
public sealed class CjkRecallAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CjkRecallTokenizer(reader));
}
