using System.Threading.Channels;
using Archive.Messages;

namespace Archive.Ingestion;

/// <summary>
/// The way in for every message: journals a batch (the acknowledgement) and hands it to the indexer through a
/// bounded channel, so that a flood of input slows submitters down instead of filling memory.
/// </summary>
public sealed class IngestionQueue
{
    private readonly IngestJournal _journal;
    private readonly Channel<IngestBatch> _channel;
    private readonly SemaphoreSlim _order = new(1, 1);
    private long _queuedMessages;

    public IngestionQueue(IngestJournal journal, IngestionOptions options)
    {
        _journal = journal;
        _channel = Channel.CreateBounded<IngestBatch>(new BoundedChannelOptions(options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    internal ChannelReader<IngestBatch> Reader => _channel.Reader;

    public int QueuedBatches => _channel.Reader.Count;

    public long QueuedMessages => Interlocked.Read(ref _queuedMessages);

    /// <summary>Durably accepts the messages; when this returns they are acknowledged and will be indexed.</summary>
    public async Task<IngestBatch> SubmitAsync(IReadOnlyList<ChatMessage> messages, BatchSource source, CancellationToken ct)
    {
        await _order.WaitAsync(ct);
        try
        {
            var batch = _journal.Append(messages, source);
            Interlocked.Add(ref _queuedMessages, messages.Count);
            // Once journaled the batch must reach the indexer even if this caller gives up waiting.
            await _channel.Writer.WriteAsync(batch, CancellationToken.None);
            return batch;
        }
        finally
        {
            _order.Release();
        }
    }

    /// <summary>Re-queues what was acknowledged before a stop but is not in the committed index.</summary>
    public async Task<int> RecoverAsync(long committedCheckpoint, CancellationToken ct)
    {
        await _order.WaitAsync(ct);
        try
        {
            var count = 0;
            foreach (var batch in _journal.Pending(committedCheckpoint))
            {
                Interlocked.Add(ref _queuedMessages, batch.Messages.Count);
                await _channel.Writer.WriteAsync(batch, ct);
                count++;
            }
            return count;
        }
        finally
        {
            _order.Release();
        }
    }

    internal void MarkIndexed(IngestBatch batch) => Interlocked.Add(ref _queuedMessages, -batch.Messages.Count);

    public void Complete() => _channel.Writer.TryComplete();
}
