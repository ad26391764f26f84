using Lucene.Net.Index;

namespace Archive.Index;

/// <summary>
/// Lucene's concurrent merges, run at a lower scheduling priority (what Lucene's own merge-thread priority is for, a
/// setting that does nothing on Linux). A merge of large segments takes a core for seconds; at equal priority,
/// searches arriving meanwhile share the cores with it. Merging can wait a little; people searching cannot.
/// </summary>
internal sealed class BackgroundMergeScheduler : ConcurrentMergeScheduler
{
    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        LowPriorityThread.LowerCurrent(LowPriorityThread.Merge);
        base.DoMerge(merge);
    }
}
