namespace Archive.Messages;

/// <summary>
/// A message as it arrives from outside (API body, JSONL/CSV line, transcript line): every field optional and
/// untrusted. <see cref="MessageValidator"/> turns it into a <see cref="ChatMessage"/> or says why not.
/// </summary>
public sealed record RawMessage
{
    public string? MessageId { get; init; }
    public string? ConversationId { get; init; }
    public string? BuyerId { get; init; }
    public string? Sender { get; init; }
    public string? SentAt { get; init; }
    public string? Text { get; init; }
    public string? ShopId { get; init; }
    public string? AgentId { get; init; }
    public string? ItemId { get; init; }
    public string? OrderId { get; init; }
}
