using System.Text;
using System.Text.Json;
using Archive.Ingestion;
using Archive.Messages;

namespace Archive.Lifecycle;

/// <summary>What removing conversations from the raw archive touched.</summary>
public sealed record RawArchiveRemoval(int Messages, IReadOnlyList<string> RewrittenBatches, IReadOnlyList<string> DeletedOriginals);

/// <summary>
/// Removes conversations from the raw archive: each canonical batch file that holds some of their messages is
/// rewritten without them (atomically; the header line with the batch's source stays), and the original inbox file
/// such a batch came from is deleted, because its bytes still hold the removed messages. The other messages of that
/// file remain in canonical form and keep the source SHA-256 recorded at ingest.
/// </summary>
public static class RawArchive
{
    public static RawArchiveRemoval Remove(ArchivePaths paths, IReadOnlySet<string> conversationIds)
    {
        var removed = 0;
        var rewritten = new List<string>();
        var originals = new List<string>();
        if (conversationIds.Count == 0 || !Directory.Exists(paths.Batches)) return new(0, rewritten, originals);
        foreach (var path in Directory.EnumerateFiles(paths.Batches, "*.ndjson").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length == 0) continue;
            var kept = new List<string>(lines.Length) { lines[0] };
            var removedHere = 0;
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var m = JsonSerializer.Deserialize<ChatMessage>(line, MessageJson.Options)!;
                if (conversationIds.Contains(m.ConversationId)) removedHere++;
                else kept.Add(line);
            }
            if (removedHere == 0) continue;
            removed += removedHere;
            DurableFile.Replace(path, new UTF8Encoding(false).GetBytes(string.Join('\n', kept) + "\n"));
            rewritten.Add(Path.GetFileName(path));
            var source = JsonSerializer.Deserialize<BatchSource>(lines[0], MessageJson.Options);
            if (source?.Original is { } original && File.Exists(Path.Combine(paths.DataDir, original)))
            {
                File.Delete(Path.Combine(paths.DataDir, original));
                originals.Add(original);
            }
        }
        return new(removed, rewritten, originals);
    }
}
