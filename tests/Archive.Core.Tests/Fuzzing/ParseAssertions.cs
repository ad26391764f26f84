using Archive.Ingestion.Parsing;
using Archive.Messages;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>What every parse result must be, whatever the input: an answer, never a crash in disguise.</summary>
internal static class ParseAssertions
{
    /// <summary>
    /// No internal error (the inbox parser turns a thrown exception into one), every record either a valid message
    /// or a rejection with a position, a reason and a short printable excerpt.
    /// </summary>
    public static void WellFormed(ParseResult result, bool zeroBased = false)
    {
        Assert.NotNull(result);
        if (result.FileError is not null)
        {
            Assert.DoesNotContain("internal parser error", result.FileError);
            Assert.Empty(result.Messages);
            Assert.Empty(result.Rejections);
            return;
        }
        Assert.NotNull(result.EncodingName);
        foreach (var rejection in result.Rejections)
        {
            Assert.True(rejection.Line >= (zeroBased ? 0 : 1), $"line {rejection.Line}");
            Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
            Assert.True(rejection.Excerpt.Length <= 201, $"excerpt of {rejection.Excerpt.Length} chars");
            Assert.True(IsPrintableUtf16(rejection.Excerpt), $"excerpt not printable: {rejection.Excerpt}");
        }
        foreach (var message in result.Messages) Valid(message);
    }

    /// <summary>The invariants <see cref="MessageValidator"/> promises of every message it lets through.</summary>
    public static void Valid(ChatMessage m)
    {
        Assert.Contains(m.Sender, Senders.All);
        Assert.True(m.Text.Length <= MessageValidator.MaxTextLength);
        foreach (var id in new[] { m.MessageId, m.ConversationId, m.BuyerId, m.ShopId })
        {
            Assert.False(string.IsNullOrWhiteSpace(id));
            Assert.Equal(id.Trim(), id);
        }
        foreach (var id in new[] { m.MessageId, m.ConversationId, m.BuyerId, m.ShopId, m.AgentId, m.ItemId, m.OrderId })
        {
            if (id is null) continue;
            Assert.True(id.Length <= MessageValidator.MaxIdLength, $"id of {id.Length} chars");
            Assert.False(id.Any(char.IsControl), $"control character in id '{id}'");
        }
    }

    public static bool IsPrintableUtf16(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsControl(s[i])) return false;
            if (char.IsHighSurrogate(s[i]) && (i + 1 == s.Length || !char.IsLowSurrogate(s[++i]))) return false;
            if (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1]))) return false;
        }
        return true;
    }
}
