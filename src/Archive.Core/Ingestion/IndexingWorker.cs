using Archive.Evidence;
using Archive.Index;

namespace Archive.Ingestion;

/// <summary>
/// The single consumer of the ingestion queue: upserts each batch into the index and commits per interval or
/// size, recording the last batch in the commit as the checkpoint, then retires the journaled batches it covers.
/// A message the index refuses is reported and the
/// worker keeps going.
/// </summary>
public sealed class IndexingWorker(ArchiveIndex index, MessageSealer sealer, IngestJournal journal, IngestionQueue queue, IngestionOptions options)
{
    private long _indexedSequence;
    private long _uncommitted;
    private DateTimeOffset _firstUncommittedAt;

    /// <summary>A message the index refused; it stays in the raw archive and is reported as rejected.</summary>
    public event Action<IngestBatch, Archive.Messages.ChatMessage, Exception>? MessageFailed;

    /// <summary>Why indexing stopped (the index could not be written), or null while it runs.</summary>
    public Exception? Fault { get; private set; }

    /// <summary>Highest batch number indexed (visible to searches after the next refresh).</summary>
    public long IndexedSequence => Interlocked.Read(ref _indexedSequence);

    /// <summary>
    /// Runs until the queue completes or <paramref name="stop"/>, on a thread of its own at a lower priority: a batch
    /// holds its thread for a tenth of a second or more, which pool threads serving requests should not wait behind.
    /// </summary>
    public Task RunAsync(CancellationToken stop) =>
        Archive.Threading.BackgroundPriority.RunOnOwnThread("Archive indexing worker", IndexingNice, () => Run(stop));

    /// <summary>Nice value of the indexing thread: searches get about three times its share of a busy core.</summary>
    private const int IndexingNice = 5;

    private void Run(CancellationToken stop)
    {
        _indexedSequence = index.CommittedCheckpoint;
        var reader = queue.Reader;
        try
        {
            while (true)
            {
                while (reader.TryRead(out var batch))
                {
                    Index(batch);
                    // The interval counts under a steady backlog too: otherwise a queue that never empties is never
                    // committed, and the journal (and the replay after a crash) grows without bound.
                    if (_uncommitted >= options.CommitEveryMessages || IntervalDue()) Commit();
                }
                if (IntervalDue()) Commit();
                if (reader.Completion.IsCompleted) break;
                var waitFor = _uncommitted > 0
                    ? options.CommitInterval - (DateTimeOffset.UtcNow - _firstUncommittedAt)
                    : Timeout.InfiniteTimeSpan;
                WaitForInput(reader, waitFor, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // stopping: what was indexed is committed below; the rest stays journaled for the next start
        }
        catch (IndexFaultedException e)
        {
            // Nothing more is committed: the batches since the last commit stay journaled and are replayed after a restart.
            Fault = e;
            return;
        }
        if (_uncommitted > 0) Commit();
    }

    private void Index(IngestBatch batch)
    {
        IReadOnlyList<SealedMessage> sealedMessages = [];
        try
        {
            sealedMessages = sealer.Seal(batch);
            index.Upsert(sealedMessages);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IndexFaultedException))
        {
            IndexOneByOne(batch, sealedMessages, e);
        }
        finally
        {
            queue.MarkIndexed(batch);
        }
        if (_uncommitted == 0) _firstUncommittedAt = DateTimeOffset.UtcNow;
        _uncommitted += Math.Max(1, batch.Messages.Count);
        Interlocked.Exchange(ref _indexedSequence, batch.Sequence);
    }

    // One message Lucene refuses must not cost its batch-mates their place in the index.
    private void IndexOneByOne(IngestBatch batch, IReadOnlyList<SealedMessage> sealedMessages, Exception batchError)
    {
        if (sealedMessages.Count == 0)
        {
            foreach (var message in batch.Messages) MessageFailed?.Invoke(batch, message, batchError);
            return;
        }
        foreach (var message in sealedMessages)
        {
            try
            {
                index.Upsert([message]);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or IndexFaultedException))
            {
                MessageFailed?.Invoke(batch, message.Message, e);
            }
        }
    }

    private bool IntervalDue() => _uncommitted > 0 && DateTimeOffset.UtcNow - _firstUncommittedAt >= options.CommitInterval;

    private void Commit()
    {
        var checkpoint = IndexedSequence;
        index.Commit(checkpoint);
        _uncommitted = 0;
        journal.Retire(checkpoint);
    }

    private static void WaitForInput(System.Threading.Channels.ChannelReader<IngestBatch> reader, TimeSpan wait, CancellationToken stop)
    {
        if (wait != Timeout.InfiniteTimeSpan && wait <= TimeSpan.Zero) return;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (wait != Timeout.InfiniteTimeSpan) timeout.CancelAfter(wait);
        try
        {
            // Blocking is this thread's job: it has nothing else to do until input or the commit interval.
            reader.WaitToReadAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // commit interval reached
        }
    }
}
