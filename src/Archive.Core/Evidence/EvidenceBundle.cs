namespace Archive.Evidence;

/// <summary>
/// A self-contained evidence bundle (docs/evidence.md): complete conversations, every message with who, when (and in
/// which time zone), when and from what it was ingested, its seal and chain position, and the promises found in it;
/// plus a manifest hash over all of it. Times are strings in <see cref="Timestamps.Canonical"/> form, exactly as sealed.
/// </summary>
public sealed record EvidenceBundle
{
    public const string CurrentFormat = "archive-evidence/1";

    public string Format { get; init; } = CurrentFormat;
    public required string GeneratedAt { get; init; }
    public required EvidenceScope Scope { get; init; }
    public required IReadOnlyList<EvidenceConversation> Conversations { get; init; }
    public required EvidenceManifest Manifest { get; init; }
}

/// <summary>What was asked for: one conversation, or a buyer over a period, optionally narrowed to an order.</summary>
public sealed record EvidenceScope(string? ConversationId, string? BuyerId, string? From, string? To, string? OrderId);

public sealed record EvidenceConversation
{
    public required string ConversationId { get; init; }
    public required string ShopId { get; init; }
    public required string BuyerId { get; init; }
    public required IReadOnlyList<string> AgentIds { get; init; }
    public required string StartedAt { get; init; }
    public required string EndedAt { get; init; }
    /// <summary>The chain hash of the conversation's last message in ingest order.</summary>
    public required string ChainHead { get; init; }
    /// <summary>In the order they were sent (sentAt, then chain index).</summary>
    public required IReadOnlyList<EvidenceMessage> Messages { get; init; }
}

public sealed record EvidenceMessage
{
    public required long ChainIndex { get; init; }
    public required string MessageId { get; init; }
    /// <summary>1 for the message as first received; 2, 3 … for changed re-deliveries under the same id.</summary>
    public required int Version { get; init; }
    public required string ConversationId { get; init; }
    public required string ShopId { get; init; }
    public required string BuyerId { get; init; }
    public required string Sender { get; init; }
    public string? AgentId { get; init; }
    public string? ItemId { get; init; }
    public string? OrderId { get; init; }
    public required string SentAt { get; init; }
    /// <summary>The offset the sender's clock gave (+08:00), repeated from sentAt for readers.</summary>
    public required string TimeZone { get; init; }
    public required string Text { get; init; }
    public required string IngestedAt { get; init; }
    public required EvidenceSource Source { get; init; }
    public required IReadOnlyList<EvidencePromise> Promises { get; init; }
    public required string ContentHash { get; init; }
    public required string ChainHash { get; init; }
}

/// <summary>The batch that brought the message in: API request or inbox file, with the SHA-256 of its raw bytes.</summary>
public sealed record EvidenceSource(long Batch, string Kind, string Name, string Sha256);

/// <summary>A promise the archive found in the message: <c>shop</c> promise or buyer <c>claim</c>, with its status when the bundle was made.</summary>
public sealed record EvidencePromise(string Kind, string Type, string? Amount, string? DueBy, string Status);

public sealed record EvidenceManifest(int Conversations, int Messages, string Algorithm, string Hash);
