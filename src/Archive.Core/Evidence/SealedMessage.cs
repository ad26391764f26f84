using Archive.Messages;

namespace Archive.Evidence;

/// <summary>A message ready for the index: the message, what its seal covers, and its place in its conversation's chain.</summary>
public sealed record SealedMessage(ChatMessage Message, SealFields Fields, long ChainIndex, byte[] ChainHash, long Sequence)
{
    /// <summary>The texts of the messages before it in its conversation's chain, newest first (a few: what the promise detector reads).</summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];
}

/// <summary>How a message entered the archive and where it sits in its conversation's hash chain, as stored.</summary>
public sealed record Provenance(
    int Version, long ChainIndex, string ChainHash, long Batch, string SourceKind, string SourceName, string SourceSha256);

/// <summary>
/// Where a conversation's chain stands: the next index, the last chain hash, the payloads seen per message id, and the
/// texts of its last few links, newest first.
/// </summary>
public sealed class ChainState
{
    public long Next { get; set; }
    public byte[] Head { get; set; } = MessageSeal.Genesis.ToArray();
    public Dictionary<string, List<UInt128>> Payloads { get; } = new(StringComparer.Ordinal);
    public string[] Recent { get; set; } = [];

    /// <summary>Adds a text as the newest of <see cref="Recent"/>, keeping at most <paramref name="depth"/>; returns the texts before it.</summary>
    public string[] Append(string text, int depth)
    {
        var before = Recent;
        var next = new string[Math.Min(depth, before.Length + 1)];
        if (next.Length == 0) return before;
        next[0] = text;
        Array.Copy(before, 0, next, 1, next.Length - 1);
        Recent = next;
        return before;
    }
}
