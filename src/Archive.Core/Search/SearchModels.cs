namespace Archive.Search;

public enum SearchSort { Relevance, Newest, Oldest }

/// <summary>A validated search: the API layer checks ranges and formats before building one.</summary>
public sealed record SearchRequest
{
    public required SearchQuery Query { get; init; }
    public string? ShopId { get; init; }
    /// <summary>The shops the caller may see (an API key bound to shops); null for all.</summary>
    public IReadOnlyCollection<string>? ShopScope { get; init; }
    public string? BuyerId { get; init; }
    public string? AgentId { get; init; }
    public string? Sender { get; init; }
    public string? ConversationId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Limit { get; init; } = 20;
    public SearchCursor? After { get; init; }
}

public sealed record MessageHit(StoredMessage Message, string Highlight, float Score, Archive.Annotations.MessageAnnotations Annotations);

public sealed record SearchResults(int Total, IReadOnlyList<MessageHit> Hits, SearchCursor? Next);

/// <summary>A message as kept in the index, with what the archive added to it.</summary>
public sealed record StoredMessage
{
    public required string MessageId { get; init; }
    public required string ConversationId { get; init; }
    public required string BuyerId { get; init; }
    public required string ShopId { get; init; }
    public required string Sender { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public required string Text { get; init; }
    public string? AgentId { get; init; }
    public string? ItemId { get; init; }
    public string? OrderId { get; init; }
    public DateTimeOffset IngestedAt { get; init; }
    /// <summary>
    /// Version, chain position and source, read for transcripts and evidence; null in search hits and promise contexts
    /// (which do not read it) and for documents indexed before seals existed.
    /// </summary>
    public Archive.Evidence.Provenance? Provenance { get; init; }
}

public sealed record ConversationTranscript(
    string ConversationId, string ShopId, string BuyerId, IReadOnlyList<string> AgentIds,
    DateTimeOffset StartedAt, DateTimeOffset EndedAt, IReadOnlyList<StoredMessage> Messages);

public sealed record ConversationSummary(
    string ConversationId, string ShopId, DateTimeOffset StartedAt, DateTimeOffset EndedAt,
    int Messages, int BuyerMessages, int ShopMessages, IReadOnlyList<string> AgentIds);
