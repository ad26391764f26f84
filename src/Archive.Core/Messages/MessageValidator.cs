using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Messages;

/// <summary>Checks an incoming message against the contract and completes it (default shop, derived id).</summary>
public static class MessageValidator
{
    public const int MaxTextLength = 20_000;
    public const int MaxIdLength = 200;

    public static bool TryValidate(RawMessage raw, out ChatMessage? message, out string? error)
    {
        message = null;
        error = FirstProblem(raw, out var sentAt);
        if (error is not null) return false;

        var shopId = string.IsNullOrWhiteSpace(raw.ShopId) ? ChatMessageDefaults.ShopId : raw.ShopId.Trim();
        var sender = raw.Sender!.Trim().ToLowerInvariant();
        var partial = new ChatMessage
        {
            MessageId = "",
            ConversationId = raw.ConversationId!.Trim(),
            BuyerId = raw.BuyerId!.Trim(),
            Sender = sender,
            SentAt = sentAt,
            Text = raw.Text!,
            ShopId = shopId,
            AgentId = NullIfBlank(raw.AgentId),
            ItemId = NullIfBlank(raw.ItemId),
            OrderId = NullIfBlank(raw.OrderId),
        };
        var id = NullIfBlank(raw.MessageId) ?? DeriveMessageId(partial);
        message = partial with { MessageId = id };
        return true;
    }

    /// <summary>
    /// A deterministic id from the fields that identify a message, so that re-sending the same message without an
    /// id never duplicates it. The instant is taken in UTC so that the same moment written with another offset
    /// maps to the same id.
    /// </summary>
    public static string DeriveMessageId(ChatMessage m)
    {
        var canonical = string.Join('\u001f',
            m.ShopId, m.ConversationId, m.BuyerId, m.Sender, m.AgentId ?? "",
            m.SentAt.UtcTicks.ToString(CultureInfo.InvariantCulture), m.Text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return "m-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static string? FirstProblem(RawMessage raw, out DateTimeOffset sentAt)
    {
        sentAt = default;
        if (string.IsNullOrWhiteSpace(raw.ConversationId)) return "conversationId is required";
        if (string.IsNullOrWhiteSpace(raw.BuyerId)) return "buyerId is required";
        if (string.IsNullOrWhiteSpace(raw.Sender)) return "sender is required";
        if (!Senders.IsValid(raw.Sender.Trim().ToLowerInvariant()))
            return $"sender must be one of {string.Join(", ", Senders.All)} (got '{Truncate(raw.Sender)}')";
        if (string.IsNullOrWhiteSpace(raw.SentAt)) return "sentAt is required";
        if (!TryParseSentAt(raw.SentAt, out sentAt))
            return $"sentAt must be ISO-8601 with an offset, e.g. 2023-01-06T10:40:12+08:00 (got '{Truncate(raw.SentAt)}')";
        if (raw.Text is null) return "text is required";
        if (raw.Text.Length > MaxTextLength) return $"text is longer than {MaxTextLength} characters";
        foreach (var (name, value) in new[]
                 {
                     ("messageId", raw.MessageId), ("conversationId", raw.ConversationId), ("buyerId", raw.BuyerId),
                     ("shopId", raw.ShopId), ("agentId", raw.AgentId), ("itemId", raw.ItemId), ("orderId", raw.OrderId),
                 })
        {
            if (value is not null && value.Length > MaxIdLength) return $"{name} is longer than {MaxIdLength} characters";
            if (value is not null && value.Any(char.IsControl)) return $"{name} contains control characters";
        }
        return null;
    }

    /// <summary>ISO-8601 with an explicit offset (Z or ±hh:mm); a time without offset is ambiguous evidence and is refused.</summary>
    public static bool TryParseSentAt(string value, out DateTimeOffset sentAt)
    {
        var s = value.Trim();
        sentAt = default;
        if (!HasExplicitOffset(s)) return false;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out sentAt);
    }

    private static bool HasExplicitOffset(string s)
    {
        var t = s.IndexOf('T') >= 0 ? s.IndexOf('T') : s.IndexOf(' ');
        if (t < 0) return false;
        var time = s[(t + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+') || time.Contains('-');
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
