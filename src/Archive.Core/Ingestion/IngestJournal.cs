using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Messages;

namespace Archive.Ingestion;

/// <summary>
/// The write-ahead journal that makes acknowledgement durable: a batch is written to its own file and flushed to
/// disk before the client hears 202 (or before an inbox file leaves the inbox). After a crash, batches newer than
/// the index's committed checkpoint are replayed; upserts by id make the replay harmless. Once committed, every
/// batch moves to the raw archive (<c>archive/batches/</c>), kept for re-indexing and evidence; an inbox file's
/// original bytes are archived beside it (<c>archive/inbox/</c>).
/// </summary>
public sealed class IngestJournal
{
    private const string Extension = ".ndjson";
    private readonly ArchivePaths _paths;
    private long _lastSequence;

    public IngestJournal(ArchivePaths paths, long committedCheckpoint)
    {
        _paths = paths;
        foreach (var stale in Directory.EnumerateFiles(paths.Journal, "*.tmp")) File.Delete(stale);
        Directory.CreateDirectory(paths.Batches);
        // The archive counts too: after an index loss the checkpoint is 0, and numbers must never be reused.
        _lastSequence = Files().Concat(SequencedFiles(paths.Batches)).Select(f => f.Sequence)
            .Append(committedCheckpoint).Max();
    }

    /// <summary>Writes a batch durably and returns it numbered. Callers serialize calls to keep numbers in order.</summary>
    public IngestBatch Append(IReadOnlyList<ChatMessage> messages, BatchSource source)
    {
        var batch = new IngestBatch(_lastSequence + 1, messages, source);
        var path = PathFor(batch.Sequence);
        var temp = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    writer.WriteLine(JsonSerializer.Serialize(source, MessageJson.Options));
                    foreach (var m in messages) writer.WriteLine(MessageJson.Serialize(m));
                }
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path);
        }
        catch
        {
            // A failed write (a full disk) must not leave its temp file behind: the next batch gets the same number,
            // and CreateNew would refuse every later append until a restart cleaned it up.
            try { File.Delete(temp); } catch (IOException) { }
            throw;
        }
        _lastSequence = batch.Sequence;
        return batch;
    }

    /// <summary>Batches written but not yet covered by the index's checkpoint, oldest first.</summary>
    public IEnumerable<IngestBatch> Pending(long checkpoint) =>
        Files().Where(f => f.Sequence > checkpoint).OrderBy(f => f.Sequence).Select(f => Read(f.Sequence, f.Path));

    /// <summary>
    /// Retires every batch up to the checkpoint now that the index holds them durably: each journal file moves to
    /// <c>archive/batches/</c>, the canonical raw archive that re-indexing replays in sequence order.
    /// </summary>
    public void Retire(long checkpoint)
    {
        Directory.CreateDirectory(_paths.Batches);
        foreach (var (sequence, path) in Files().Where(f => f.Sequence <= checkpoint).ToList())
            File.Move(path, Path.Combine(_paths.Batches, FileName(sequence)), overwrite: true);
    }

    /// <summary>Every archived batch, oldest first: the raw archive in the order it was acknowledged.</summary>
    public static IEnumerable<IngestBatch> Archived(ArchivePaths paths) =>
        Directory.Exists(paths.Batches)
            ? SequencedFiles(paths.Batches).OrderBy(f => f.Sequence).Select(f => Read(f.Sequence, f.Path))
            : [];

    public static string FileName(long sequence) => $"{sequence:D12}{Extension}";

    public int PendingFileCount => Files().Count();

    private string PathFor(long sequence) => Path.Combine(_paths.Journal, FileName(sequence));

    private IEnumerable<(long Sequence, string Path)> Files() => SequencedFiles(_paths.Journal);

    private static IEnumerable<(long Sequence, string Path)> SequencedFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*" + Extension)
            .Select(p => (Ok: long.TryParse(Path.GetFileNameWithoutExtension(p), NumberStyles.None, CultureInfo.InvariantCulture, out var s), Sequence: s, Path: p))
            .Where(f => f.Ok)
            .Select(f => (f.Sequence, f.Path));

    internal static IngestBatch Read(long sequence, string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var source = JsonSerializer.Deserialize<BatchSource>(reader.ReadLine() ?? "{}", MessageJson.Options)!;
        var messages = new List<ChatMessage>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) messages.Add(JsonSerializer.Deserialize<ChatMessage>(line, MessageJson.Options)!);
        }
        return new IngestBatch(sequence, messages, source);
    }
}
