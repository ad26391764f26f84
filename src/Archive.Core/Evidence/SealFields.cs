namespace Archive.Evidence;

/// <summary>
/// Everything a message's seal covers: what was said (the payload) and how it entered the archive (version, ingest
/// time, batch, source). Values are the exact strings the archive stores and an evidence bundle carries, so that a
/// verifier rebuilds the same bytes without re-parsing dates.
/// </summary>
public sealed record SealFields
{
    public required string MessageId { get; init; }
    public required int Version { get; init; }
    public required string ConversationId { get; init; }
    public required string ShopId { get; init; }
    public required string BuyerId { get; init; }
    public required string Sender { get; init; }
    public string? AgentId { get; init; }
    public string? ItemId { get; init; }
    public string? OrderId { get; init; }
    /// <summary>The original timestamp with its offset, in <see cref="Timestamps.Canonical"/> form.</summary>
    public required string SentAt { get; init; }
    public required string Text { get; init; }
    /// <summary>When the archive acknowledged the message (UTC, <see cref="Timestamps.Canonical"/> form).</summary>
    public required string IngestedAt { get; init; }
    public required long Batch { get; init; }
    public required string SourceKind { get; init; }
    public required string SourceName { get; init; }
    public required string SourceSha256 { get; init; }
}
