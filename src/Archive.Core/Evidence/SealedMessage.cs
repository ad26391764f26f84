using Archive.Messages;

namespace Archive.Evidence;

/// <summary>A message ready for the index: the message, what its seal covers, and its place in its conversation's chain.</summary>
public sealed record SealedMessage(ChatMessage Message, SealFields Fields, long ChainIndex, byte[] ChainHash, long Sequence);

/// <summary>How a message entered the archive and where it sits in its conversation's hash chain, as stored.</summary>
public sealed record Provenance(
    int Version, long ChainIndex, string ChainHash, long Batch, string SourceKind, string SourceName, string SourceSha256);

/// <summary>Where a conversation's chain stands: the next index, the last chain hash, and the payloads seen per message id.</summary>
public sealed class ChainState
{
    public long Next { get; set; }
    public byte[] Head { get; set; } = MessageSeal.Genesis.ToArray();
    public Dictionary<string, List<UInt128>> Payloads { get; } = new(StringComparer.Ordinal);
}
