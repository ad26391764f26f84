namespace Archive.Messages;

/// <summary>
/// One message of a buyer–agent chat, in the canonical shape of the contract (camelCase in JSON).
/// </summary>
public sealed record ChatMessage
{
    public required string MessageId { get; init; }
    public required string ConversationId { get; init; }
    public required string BuyerId { get; init; }
    public required string Sender { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public required string Text { get; init; }
    public string ShopId { get; init; } = ChatMessageDefaults.ShopId;
    public string? AgentId { get; init; }
    public string? ItemId { get; init; }
    public string? OrderId { get; init; }
}

public static class ChatMessageDefaults
{
    public const string ShopId = "default";
}

/// <summary>Who wrote a message.</summary>
public static class Senders
{
    public const string Buyer = "buyer";
    public const string Agent = "agent";
    public const string Auto = "auto";
    public const string System = "system";

    public static readonly IReadOnlyList<string> All = [Buyer, Agent, Auto, System];

    public static bool IsValid(string? sender) => sender is Buyer or Agent or Auto or System;

    /// <summary>Shop-side messages are the ones an agent or the shop's auto-reply wrote.</summary>
    public static bool IsShopSide(string sender) => sender is Agent or Auto;
}
