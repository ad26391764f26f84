using System.Globalization;
using Archive.Analysis;
using Archive.Annotations;
using Archive.Evidence;
using Archive.Messages;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Index;

/// <summary>
/// Which Lucene Directory implementation holds the index (README, benchmarks): <see cref="RawMMap"/> is
/// <see cref="Store.MappedDirectory"/>, <see cref="MMap"/> is Lucene.Net's MMapDirectory.
/// </summary>
public enum IndexDirectoryKind { NioFs, MMap, RawMMap }

/// <summary>
/// The one owner of the index lifetime: Directory, IndexWriter and SearcherManager, with a background loop that
/// refreshes the near-real-time searcher. Writes are upserts by message id; commits carry the ingestion checkpoint
/// in their commit data so that a restart knows which journal batches still have to be replayed.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private const string CheckpointKey = "checkpoint";
    private const string CommittedAtKey = "committedAt";
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal static readonly Similarity Similarity = new BM25Similarity();

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly MessageAnnotator? _annotator;
    private readonly CancellationTokenSource _stopRefresh = new();
    private readonly System.Threading.Lock _commitLock = new();
    private readonly Task _refreshLoop;
    private bool _disposed;

    private ArchiveIndex(LuceneDirectory directory, ChineseAnalysis analysis, TimeSpan refreshInterval, MessageAnnotator? annotator)
    {
        _directory = directory;
        _annotator = annotator;
        _writer = new IndexWriter(directory, IndexSettings.WriterConfig(analysis.IndexAnalyzer));
        var committed = _writer.CommitData;
        CommittedCheckpoint = committed.TryGetValue(CheckpointKey, out var c) ? long.Parse(c, CultureInfo.InvariantCulture) : 0;
        LastCommitAt = committed.TryGetValue(CommittedAtKey, out var t) ? DateTimeOffset.Parse(t, CultureInfo.InvariantCulture) : null;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, IndexSettings.Searchers());
        _searchers.AddListener(new MarkListener(this));
        _refreshLoop = Task.Run(() => RefreshLoopAsync(refreshInterval, _stopRefresh.Token));
    }

    public static ArchiveIndex Open(string path, ChineseAnalysis analysis,
        IndexDirectoryKind kind = IndexDirectoryKind.RawMMap, TimeSpan? refreshInterval = null, MessageAnnotator? annotator = null)
    {
        System.IO.Directory.CreateDirectory(path);
        var dir = new DirectoryInfo(path);
        LuceneDirectory directory = kind switch
        {
            IndexDirectoryKind.RawMMap => new Store.MappedDirectory(dir),
            IndexDirectoryKind.MMap => new MMapDirectory(dir),
            _ => new NIOFSDirectory(dir),
        };
        return new ArchiveIndex(directory, analysis, refreshInterval ?? TimeSpan.FromSeconds(1), annotator);
    }

    /// <summary>
    /// How far writes have got (the worker's indexed batch), read just before each refresh; <see cref="VisibleMark"/>
    /// is that value once the refresh is done, so everything up to it is visible to searches.
    /// </summary>
    public Func<long>? WrittenMark { get; set; }

    public long VisibleMark => Interlocked.Read(ref _visibleMark);

    private long _visibleMark;

    private readonly VisibilityWaiters _visibilityWaiters = new();

    /// <summary>
    /// Completes once everything up to <paramref name="mark"/> is visible to searches (released by the background
    /// refresh, never forced); fails when the index faults or closes first.
    /// </summary>
    public Task WhenVisibleAsync(long mark) => _visibilityWaiters.WhenVisible(mark, () => VisibleMark);

    private sealed class MarkListener(ArchiveIndex index) : ReferenceManager.IRefreshListener
    {
        private long _pending;

        public void BeforeRefresh() => _pending = index.WrittenMark?.Invoke() ?? 0;

        public void AfterRefresh(bool didRefresh)
        {
            Interlocked.Exchange(ref index._visibleMark, Math.Max(Interlocked.Read(ref index._visibleMark), _pending));
            index._visibilityWaiters.Release(index.VisibleMark);
        }
    }

    /// <summary>The highest journal sequence whose batch is durably in the index.</summary>
    public long CommittedCheckpoint { get; private set; }

    public DateTimeOffset? LastCommitAt { get; private set; }

    /// <summary>Messages in the index, including those not yet visible to searches.</summary>
    public int MessageCount => _writer.NumDocs;

    /// <summary>
    /// The bytes of the files the last commit references: the index a restart opens. Merges still running and segments
    /// merged away that an open searcher still holds come and go; counting them made one million messages read anywhere
    /// from 173 to 287 MB.
    /// </summary>
    public long CommittedSizeBytes
    {
        get
        {
            var commit = new SegmentInfos();
            commit.Read(_directory);
            return commit.GetFiles(_directory, includeSegmentsFile: true).Sum(_directory.FileLength);
        }
    }

    /// <summary>
    /// Writes sealed messages, spread over the cores (IndexWriter is thread-safe). The unit of upsert is the message id
    /// with its version: re-sending a version (a crash replay) replaces it with itself; a new version is a new document.
    /// </summary>
    public void Upsert(IReadOnlyList<SealedMessage> messages) => Guarded(() =>
    {
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, messages.Count, Math.Max(256, messages.Count / (Environment.ProcessorCount * 4) + 1)),
            new ParallelOptions { MaxDegreeOfParallelism = WriteParallelism },
            range =>
            {
                for (var k = range.Item1; k < range.Item2; k++)
                    if (messages[k].Fields.Version == 1) Write(messages[k]);
            });
        // Later versions after every first version: a first version's upsert by id must never run after them.
        foreach (var m in messages)
            if (m.Fields.Version > 1) Write(m);
    });

    /// <summary>
    /// Why the index stopped taking writes, or null. A failed write to disk (a full disk, an I/O error) can make Lucene
    /// drop documents it was still holding in memory, including ones whose writes had returned; from then on nothing
    /// is committed, so that no checkpoint ever claims them, and a restart replays the journal from the last commit.
    /// </summary>
    public Exception? Fault => Volatile.Read(ref _fault);

    private Exception? _fault;

    private void Guarded(Action write)
    {
        if (Fault is { } fault) throw new IndexFaultedException(fault);
        try
        {
            write();
        }
        catch (Exception e) when (IsEnvironmental(e))
        {
            Interlocked.CompareExchange(ref _fault, e is AggregateException a ? a.Flatten().InnerExceptions.First(IsEnvironmental) : e, null);
            throw new IndexFaultedException(Fault!);
        }
    }

    private static bool IsEnvironmental(Exception e) => e switch
    {
        AggregateException a => a.Flatten().InnerExceptions.Any(IsEnvironmental),
        IOException or UnauthorizedAccessException or OutOfMemoryException => true,
        _ => false,
    };

    // A first version is upserted by its id (the sealer guarantees no later version exists yet), later ones by
    // id and version: a replay after a crash rewrites each document in place instead of adding it twice.
    private void Write(SealedMessage m) =>
        _writer.UpdateDocument(
            m.Fields.Version == 1 ? MessageDocument.IdTerm(m.Message.MessageId) : MessageDocument.KeyTerm(m.Message.MessageId, m.Fields.Version),
            MessageDocument.Build(m, _annotator?.Annotate(m.Message, m.Earlier) ?? MessageAnnotations.None));

    /// <summary>Removes whole conversations (purge, erasure); visible to searches after the next refresh.</summary>
    public void DeleteConversations(IEnumerable<string> conversationIds)
    {
        var terms = conversationIds.Select(id => new Term(MessageDocument.Conversation, id)).ToArray();
        if (terms.Length > 0) _writer.DeleteDocuments(terms);
    }

    /// <summary>Durably commits everything written so far, recording that journal batches up to <paramref name="checkpoint"/> are in.</summary>
    public void Commit(long checkpoint) => Guarded(() =>
    {
        lock (_commitLock)
        {
            var now = DateTimeOffset.UtcNow;
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture),
                [CommittedAtKey] = now.ToString("O", CultureInfo.InvariantCulture),
            });
            _writer.Commit();
            CommittedCheckpoint = checkpoint;
            LastCommitAt = now;
        }
    });

    /// <summary>
    /// Durably commits deletions made outside the indexing worker (purge, erasure), keeping the worker's checkpoint:
    /// batches it indexed but has not committed are replayed after a crash, harmlessly.
    /// </summary>
    public void CommitDeletes()
    {
        lock (_commitLock) Commit(CommittedCheckpoint);
    }

    /// <summary>Makes every write so far visible to searches now, instead of at the next background refresh.</summary>
    public void RefreshNow() => Guarded(() => _searchers.MaybeRefreshBlocking());

    /// <summary>Runs a read against the current searcher, acquired and released around the call.</summary>
    internal T Read<T>(Func<IndexSearcher, T> read)
    {
        Interlocked.Increment(ref _activeReads);
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
            Interlocked.Decrement(ref _activeReads);
        }
    }

    private int _activeReads;

    /// <summary>
    /// Writes use every core while nobody reads, and one while anyone does: a batch written on all cores makes every
    /// search that arrives meanwhile wait for it, and searches are what people wait on.
    /// </summary>
    private int WriteParallelism => Volatile.Read(ref _activeReads) > 0 ? 1 : Environment.ProcessorCount;

    /// <summary>Removes every message of the index (kept for tools that rebuild it).</summary>
    public void DeleteAll() => _writer.DeleteAll();

    private async Task RefreshLoopAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    Guarded(() => _searchers.MaybeRefresh());
                }
                catch (ObjectDisposedException e)
                {
                    _visibilityWaiters.Abandon(e);
                    return;
                }
                catch (IndexFaultedException e)
                {
                    // a refresh flushes segments: its failure is the index's fault, seen by every later write
                    _visibilityWaiters.Abandon(e);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stopRefresh.Cancel();
        _refreshLoop.GetAwaiter().GetResult();
        _stopRefresh.Dispose();
        _visibilityWaiters.Abandon(new ObjectDisposedException(nameof(ArchiveIndex), "The index closed before the batch became searchable."));
        _searchers.Dispose();
        // A faulted writer must not commit on close what it still holds: the journal replays it after the restart.
        if (Fault is null) _writer.Dispose();
        else
        {
            try { _writer.Rollback(); } catch (Exception e) when (IsEnvironmental(e)) { }
        }
        _directory.Dispose();
    }
}
