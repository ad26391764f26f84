using Archive.Analysis;
using Archive.Annotations;
using Archive.Index;
using Archive.Promises;

namespace Archive.Ingestion;

/// <summary>The index is open elsewhere (the service is running).</summary>
public sealed class IndexInUseException(string message, Exception inner) : Exception(message, inner);

/// <summary>What a rebuild did: batches and messages replayed, and how the result compares with the index it replaced.</summary>
public sealed record RebuildReport(int Batches, int Messages, long Checkpoint, bool HadPreviousIndex, int Differences, IReadOnlyList<string> FirstDifferences);

/// <summary>
/// Rebuilds the index from the raw archive (after an analyzer change or the loss of the index): every archived batch
/// and every journaled one, in sequence order, through the same sealing and indexing as live ingestion, into a new
/// folder that then replaces the old index. Needs the service stopped: the old index's write lock is taken first.
/// When an old index exists its messages are compared with the new one's, message for message.
/// </summary>
public static class IndexRebuilder
{
    public static RebuildReport Rebuild(string dataDir, IndexDirectoryKind kind = IndexDirectoryKind.RawMMap, IProgress<int>? progress = null)
    {
        var paths = new ArchivePaths(dataDir).EnsureCreated();
        using var analysis = new ChineseAnalysis(DomainLexicon.Load(paths.LexiconFile));
        var annotator = new MessageAnnotator(new PromiseDetector());
        var hadPrevious = Directory.EnumerateFiles(paths.Index).Any(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal));
        SortedDictionary<string, string> before;
        try
        {
            using var old = ArchiveIndex.Open(paths.Index, analysis, kind);
            before = IndexDigest.Read(old);
        }
        catch (Lucene.Net.Store.LockObtainFailedException e)
        {
            throw new IndexInUseException($"the index in {paths.Index} is in use: stop the service first", e);
        }

        var target = paths.Index + ".rebuild";
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        int batches = 0, messages = 0;
        long checkpoint = 0;
        SortedDictionary<string, string> after;
        using (var rebuilt = ArchiveIndex.Open(target, analysis, kind, annotator: annotator))
        {
            var chains = new ChainStateReader(rebuilt);
            var sealer = new MessageSealer(chains.Load, rebuilt.RefreshNow, chains.ConversationIds);
            var journal = new IngestJournal(paths, 0);
            foreach (var batch in IngestJournal.Archived(paths).Concat(journal.Pending(0)))
            {
                rebuilt.Upsert(sealer.Seal(batch));
                batches++;
                messages += batch.Messages.Count;
                checkpoint = Math.Max(checkpoint, batch.Sequence);
                progress?.Report(messages);
            }
            rebuilt.Commit(checkpoint);
            rebuilt.RefreshNow();
            after = IndexDigest.Read(rebuilt);
        }

        var differences = before.Keys.Union(after.Keys)
            .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b)
            .ToList();
        var previous = paths.Index + ".previous";
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        Directory.Move(paths.Index, previous);
        Directory.Move(target, paths.Index);
        Directory.Delete(previous, recursive: true);
        return new RebuildReport(batches, messages, checkpoint, hadPrevious,
            hadPrevious ? differences.Count : 0, hadPrevious ? differences.Take(10).ToList() : []);
    }
}
