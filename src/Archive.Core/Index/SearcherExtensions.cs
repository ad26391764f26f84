using Lucene.Net.Search;

namespace Archive.Index;

internal static class SearcherExtensions
{
    /// <summary>
    /// Every hit of a query expected to be small (a conversation, a buyer's promises), in the given order, at most
    /// <paramref name="max"/>. Counting first matters: Lucene's collectors allocate their whole queue up front, and
    /// a 50,000-slot queue per lookup cost more than the lookup itself.
    /// </summary>
    public static ScoreDoc[] SearchAll(this IndexSearcher searcher, Query query, int max, Sort? sort = null)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        if (counter.TotalHits == 0) return [];
        var n = Math.Min(counter.TotalHits, max);
        return (sort is null ? searcher.Search(query, n) : searcher.Search(query, null, n, sort)).ScoreDocs;
    }
}
