using System.Buffers;

namespace Archive.Promises;

/// <summary>
/// What a conversation is about just before a shop line: 帮您申请/修改/备注 name the paperwork, and what it is for is
/// often said only by the buyer before it (我需要退货的那个是您帮我申请还是我自己来? → 妹子申请的哈: a return). The
/// topic is the most telling money, goods or paper word of the nearest earlier message that has one.
/// </summary>
internal static class ConversationTopic
{
    /// <summary>How many earlier messages are read: the question answered and the exchange around it.</summary>
    public const int Depth = 3;

    private const int StackChars = 256;

    /// <summary>Shipping (weight 2) and up: 什么时候送 is about the delivery; 售后 (1) alone says too little.</summary>
    private const int MinWeight = 2;

    /// <param name="earlier">The conversation's messages before the line, newest first.</param>
    public static PromiseType? Of(IReadOnlyList<string> earlier)
    {
        for (var i = 0; i < earlier.Count && i < Depth; i++)
            if (Strongest(earlier[i]) is { } topic) return topic;
        return null;
    }

    /// <summary>抬头 and 税号 only ever mean an invoice, though nobody commits to them (改抬头, 您把抬头和税号给我…给您修改).</summary>
    public static PromiseType? InvoiceOnlyWords(ReadOnlySpan<char> text) =>
        text.Contains("抬头", StringComparison.Ordinal) || text.Contains("税号", StringComparison.Ordinal) ? PromiseType.Invoice : null;

    private static PromiseType? Strongest(string text)
    {
        if (text.Length == 0) return null;
        char[]? rentedText = null;
        CueToken[]? rentedTokens = null;
        var small = text.Length <= StackChars;
        try
        {
            var normalized = PromiseText.Normalize(text, small ? stackalloc char[text.Length] : (rentedText = ArrayPool<char>.Shared.Rent(text.Length)));
            var buffer = small ? stackalloc CueToken[text.Length + 1] : (rentedTokens = ArrayPool<CueToken>.Shared.Rent(text.Length + 1));
            if (InvoiceOnlyWords(normalized) is { } invoice) return invoice;
            var tokens = buffer[..CueScanner.Scan(normalized, buffer)];
            PromiseType? best = null;
            var bestWeight = 0;
            // Asked, negated or the buyer's own step, it still names the topic: 能退货吗 is about a return.
            foreach (ref readonly var t in tokens)
            {
                if (t.Cue != Cue.Action || t.Type is PromiseType.FollowUp or PromiseType.Other || t.Weight < MinWeight) continue;
                if (t.Weight > bestWeight) (best, bestWeight) = (t.Type, t.Weight);
            }

            return best;
        }
        finally
        {
            if (rentedText is not null) ArrayPool<char>.Shared.Return(rentedText);
            if (rentedTokens is not null) ArrayPool<CueToken>.Shared.Return(rentedTokens);
        }
    }
}
