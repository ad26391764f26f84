using System.Text;
using System.Text.Json;
using Archive.Messages;

namespace Archive.Lifecycle;

/// <summary>One thing done to the archive's data: who, when, what, why, and what it touched.</summary>
public sealed record AuditRecord(
    DateTimeOffset At, string Actor, string Action, string Target, string Reason, IReadOnlyDictionary<string, string> Details);

public static class AuditActions
{
    public const string Purge = "purge";
    public const string Hold = "hold";
    public const string Release = "release";
    public const string Erasure = "erasure";
}

/// <summary>
/// The audit trail: append-only JSON Lines under <c>lifecycle/</c>, flushed to disk before the action it records is
/// reported done. It lives apart from the index and the raw archive, so it outlives the data it describes.
/// </summary>
public sealed class AuditLog(string directory)
{
    private readonly string _path = Path.Combine(directory, "audit.jsonl");
    private readonly Lock _lock = new();

    public void Append(AuditRecord record)
    {
        var line = JsonSerializer.Serialize(record, MessageJson.Options) + "\n";
        lock (_lock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            stream.Write(Encoding.UTF8.GetBytes(line));
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Records oldest first, optionally of one action or target, from a time on.</summary>
    public IReadOnlyList<AuditRecord> Read(string? action = null, string? target = null, DateTimeOffset? from = null)
    {
        lock (_lock)
        {
            if (!File.Exists(_path)) return [];
            return File.ReadLines(_path, Encoding.UTF8)
                .Where(l => l.Length > 0)
                .Select(l => JsonSerializer.Deserialize<AuditRecord>(l, MessageJson.Options)!)
                .Where(r => (action is null || r.Action == action) && (target is null || r.Target == target) && (from is null || r.At >= from))
                .ToList();
        }
    }
}
