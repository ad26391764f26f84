namespace Archive.Analysis;

/// <summary>Index field names whose analysis is owned by <see cref="ChineseAnalysis"/>.</summary>
public static class AnalysisFields
{
    /// <summary>Dictionary-segmented words, for relevance ranking.</summary>
    public const string Word = "word";

    /// <summary>CJK unigrams + bigrams, for exact-substring recall via phrase queries.</summary>
    public const string Recall = "recall";
}
