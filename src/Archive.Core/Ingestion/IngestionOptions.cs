namespace Archive.Ingestion;

public sealed class IngestionOptions
{
    /// <summary>Batches waiting for the indexer before submitters are made to wait (backpressure).</summary>
    public int QueueCapacity { get; set; } = 64;

    /// <summary>Longest time an indexed message waits for its commit.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Commit early when this many messages are uncommitted.</summary>
    public int CommitEveryMessages { get; set; } = 200_000;

    /// <summary>
    /// How often new messages become visible to searches. Each refresh flushes small segments; refreshing much more
    /// often than once a second costs most of the indexing throughput (see README, benchmarks).
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Run the promise detector on every message at ingest (off only to measure what it costs).</summary>
    public bool DetectPromises { get; set; } = true;

    /// <summary>How often the inbox folder is looked at.</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A file changed more recently than this may still be being written, and waits.</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromMilliseconds(500);
}
