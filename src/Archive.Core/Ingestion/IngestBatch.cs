using Archive.Messages;

namespace Archive.Ingestion;

/// <summary>A journaled unit of ingestion: one API request or one inbox file, numbered in arrival order.</summary>
public sealed record IngestBatch(long Sequence, IReadOnlyList<ChatMessage> Messages, BatchSource Source);

/// <summary>
/// Where a batch came from: <c>api</c> or <c>inbox</c>, the file name, the SHA-256 of the raw input, when it was
/// acknowledged, and for an inbox file where its original bytes are archived (relative to the data dir).
/// </summary>
public sealed record BatchSource(string Kind, string Name, string Sha256, DateTimeOffset ReceivedAt, string? Original = null)
{
    public const string Api = "api";
    public const string Inbox = "inbox";
}
