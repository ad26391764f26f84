using Archive.Analysis;
using Archive.Annotations;
using Archive.Evidence;
using Archive.Promises;
using Archive.Faq;
using Archive.Index;
using Archive.Lifecycle;

namespace Archive.Ingestion;

/// <summary>
/// The whole archive on one data dir, assembled in order and taken apart in reverse: analysis, index, journal,
/// queue, indexing worker and inbox watcher. The web host and the benchmark tool both run this, so the bench
/// measures the same pipeline the service runs.
/// </summary>
public sealed class ArchiveEngine : IDisposable
{
    private readonly CancellationTokenSource _stopInbox = new();
    private readonly CancellationTokenSource _stopWorker = new();
    private Task? _worker;
    private Task? _inbox;
    private volatile bool _disposed;

    private ArchiveEngine(ArchivePaths paths, IngestionOptions options, IndexDirectoryKind directoryKind, RetentionPolicy retention)
    {
        Paths = paths.EnsureCreated();
        Options = options;
        Analysis = new ChineseAnalysis(DomainLexicon.Load(paths.LexiconFile));
        Index = ArchiveIndex.Open(paths.Index, Analysis, directoryKind, options.RefreshInterval,
            options.DetectPromises ? new MessageAnnotator(new PromiseDetector()) : null);
        Journal = new IngestJournal(paths, Index.CommittedCheckpoint);
        Queue = new IngestionQueue(Journal, options);
        var chains = new ChainStateReader(Index);
        Sealer = new MessageSealer(chains.Load, Index.RefreshNow, chains.ConversationIds);
        Worker = new IndexingWorker(Index, Sealer, Journal, Queue, options);
        Index.WrittenMark = () => Worker.IndexedSequence;
        Inbox = new InboxWatcher(paths, Queue, Rejections, options);
        Searcher = new MessageSearcher(Index, Analysis);
        Conversations = new ConversationReader(Index);
        Promises = new BuyerPromiseLookup(new PromiseReader(Index), Conversations);
        Evidence = new EvidenceBuilder(Conversations, Promises, TimeProvider.System);
        Faq = new FaqService(new ConversationStream(Index), TimeProvider.System);
        Lifecycle = new ArchiveLifecycle(Paths, Index, Sealer, Conversations, retention, TimeProvider.System);
        Worker.MessageFailed += (batch, message, e) =>
            Rejections.Add(new Rejection(DateTimeOffset.UtcNow, $"{batch.Source.Kind}:{batch.Source.Name}", null,
                $"message {message.MessageId} could not be indexed: {e.GetBaseException().Message}"));
    }

    public static ArchiveEngine Open(string dataDir, IngestionOptions? options = null,
        IndexDirectoryKind directoryKind = IndexDirectoryKind.RawMMap, RetentionPolicy? retention = null) =>
        new(new ArchivePaths(dataDir), options ?? new IngestionOptions(), directoryKind, retention ?? new RetentionPolicy());

    public ArchivePaths Paths { get; }
    public IngestionOptions Options { get; }
    public ChineseAnalysis Analysis { get; }
    public ArchiveIndex Index { get; }
    public IngestJournal Journal { get; }
    public IngestionQueue Queue { get; }
    public MessageSealer Sealer { get; }
    public IndexingWorker Worker { get; }
    public InboxWatcher Inbox { get; }
    public MessageSearcher Searcher { get; }
    public ConversationReader Conversations { get; }
    public BuyerPromiseLookup Promises { get; }
    public EvidenceBuilder Evidence { get; }
    public ArchiveLifecycle Lifecycle { get; }
    public FaqService Faq { get; }
    public RejectionLog Rejections { get; } = new();

    public bool IsRunning => _worker is { IsCompleted: false };

    /// <summary>Starts the indexer, replays what the last run acknowledged but did not commit, then watches the inbox.</summary>
    public async Task StartAsync(bool watchInbox = true)
    {
        _worker = Worker.RunAsync(_stopWorker.Token); // starts the worker's own thread and returns
        await Queue.RecoverAsync(Index.CommittedCheckpoint, _stopWorker.Token);
        if (watchInbox) _inbox = Task.Run(() => Inbox.RunAsync(_stopInbox.Token));
    }

    /// <summary>Stops taking input, lets the indexer finish what is queued and commit it.</summary>
    public async Task StopAsync()
    {
        // A host may stop its services after its container has disposed them; then there is nothing left to stop.
        if (_disposed) return;
        _stopInbox.Cancel();
        if (_inbox is not null) await _inbox;
        Queue.Complete();
        if (_worker is not null) await _worker;
    }

    /// <summary>Waits until every batch submitted so far is indexed and visible to searches.</summary>
    public async Task WaitUntilSearchableAsync(long sequence, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Worker.IndexedSequence < sequence)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"batch {sequence} not indexed within {timeout}");
            await Task.Delay(10);
        }
        Index.RefreshNow();
    }

    /// <summary>
    /// Waits, without polling or forcing a refresh, until batch <paramref name="sequence"/> can be found by searches.
    /// False when that did not happen within <paramref name="timeout"/> or cannot happen (indexing faulted or stopped).
    /// </summary>
    public async Task<bool> WhenSearchableAsync(long sequence, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await Index.WhenVisibleAsync(sequence).WaitAsync(timeout, ct);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IndexFaultedException or ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stopInbox.Cancel();
        _stopWorker.Cancel();
        try { _inbox?.GetAwaiter().GetResult(); } catch (OperationCanceledException) { }
        try { _worker?.GetAwaiter().GetResult(); } catch (OperationCanceledException) { }
        Index.Dispose();
        Analysis.Dispose();
        _stopInbox.Dispose();
        _stopWorker.Dispose();
    }
}
