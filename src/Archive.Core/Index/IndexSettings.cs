using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>How the archive's IndexWriter and its near-real-time searchers are set up, and why.</summary>
internal static class IndexSettings
{
    public static IndexWriterConfig WriterConfig(Analyzer analyzer)
    {
        var config = new IndexWriterConfig(ArchiveIndex.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 128,
            Similarity = ArchiveIndex.Similarity,
            // A merged segment's sort columns are copied on the merge thread, not by the first search that meets it.
            MergedSegmentWarmer = new SortColumnWarmer(),
            MergeScheduler = new BackgroundMergeScheduler(),
        };
        // Compound files save file handles but copy every new segment once more; NRT makes many small segments.
        config.UseCompoundFile = false;
        config.MergePolicy.NoCFSRatio = 0;
        return config;
    }

    /// <summary>Searchers that score with the writer's similarity (BM25).</summary>
    public static SearcherFactory Searchers() => new BM25SearcherFactory();

    /// <summary>Merges run on Lucene's merge threads at the lowest priority: they are never what a search waits for.</summary>
    private sealed class BackgroundMergeScheduler : ConcurrentMergeScheduler
    {
        protected override void DoMerge(MergePolicy.OneMerge merge)
        {
            Archive.Threading.BackgroundPriority.LowerCurrentThread(19);
            base.DoMerge(merge);
        }
    }

    private sealed class SortColumnWarmer : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => CachedInt64Sort.Warm(reader, MessageDocument.SentAtMs, MessageDocument.Sequence);
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = ArchiveIndex.Similarity };
    }
}
