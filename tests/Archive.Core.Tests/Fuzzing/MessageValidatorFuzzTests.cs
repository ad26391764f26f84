using Archive.Messages;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>Every field of a raw message is untrusted: the validator accepts with its invariants or says why not.</summary>
public class MessageValidatorFuzzTests
{
    private const int Tests = 500;

    private static readonly Gen<string?> Field = Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (1, Gen.Elements<string?>("", " ", "\t", "\u3000", "\u0000", "\uD800", "buyer", " AGENT ", "system\n", "auto")),
        (3, FuzzGen.HostileString.Select(s => (string?)s)),
        (2, FuzzGen.Id.Select(s => (string?)s)),
        (1, Gen.Choose(190, 210).Select(n => (string?)new string('店', n))),
        (1, Gen.Choose(19_990, 20_010).Select(n => (string?)new string('啊', n))));

    private static readonly Gen<string?> SentAt = Gen.OneOf(
        Field,
        FuzzGen.SentAt.Select(t => (string?)t.ToString("O")),
        Gen.Elements<string?>("2023-01-06T10:40:12", "2023-01-06 10:40:12+08:00", "0001-01-01T00:00:00+08:00",
            "9999-12-31T23:59:59-14:00", "2023-02-30T10:00:00Z", "2023-01-06T10:40:12+99:00", "T-", " Z", "2023-01-06T10:40:12z",
            "2023-01-06T10:40:12.1234567890123+08:00", "+08:00", "2023-01-06T24:00:00Z"));

    private static readonly Gen<RawMessage> Raw =
        from messageId in Field
        from conversationId in Gen.OneOf(Field, FuzzGen.Id.Select(s => (string?)s))
        from buyerId in Gen.OneOf(Field, FuzzGen.Id.Select(s => (string?)s))
        from sender in Gen.OneOf(Field, FuzzGen.Sender.Select(s => (string?)s))
        from sentAt in SentAt
        from text in Field
        from shopId in Field
        from agentId in Field
        from itemId in Field
        from orderId in Field
        select new RawMessage
        {
            MessageId = messageId, ConversationId = conversationId, BuyerId = buyerId, Sender = sender, SentAt = sentAt,
            Text = text, ShopId = shopId, AgentId = agentId, ItemId = itemId, OrderId = orderId,
        };

    [Property(MaxTest = Tests)]
    public Property ArbitraryFieldsAreAcceptedWithTheInvariantsOrRefusedWithAReason() => Prop.ForAll(Raw.ToArbitrary(), raw =>
    {
        if (MessageValidator.TryValidate(raw, out var message, out var error))
        {
            Assert.Null(error);
            ParseAssertions.Valid(message!);
            Assert.Equal(raw.Text, message!.Text);
        }
        else
        {
            Assert.Null(message);
            Assert.False(string.IsNullOrWhiteSpace(error));
        }
    });

    [Property(MaxTest = Tests)]
    public Property ValidationIsDeterministicSoDerivedIdsNeverDuplicate() => Prop.ForAll(Raw.ToArbitrary(), raw =>
    {
        var first = MessageValidator.TryValidate(raw, out var a, out _);
        var second = MessageValidator.TryValidate(raw with { }, out var b, out _);

        Assert.Equal(first, second);
        Assert.Equal(a, b);
    });

    [Property(MaxTest = Tests)]
    public Property AnAcceptedSentAtSurvivesARoundTripThroughIso8601() => Prop.ForAll(SentAt.ToArbitrary(), value =>
    {
        if (value is null || !MessageValidator.TryParseSentAt(value, out var at)) return;
        Assert.True(MessageValidator.TryParseSentAt(at.ToString("O"), out var again));
        Assert.Equal(at, again);
        Assert.Equal(at.Offset, again.Offset);
    });
}
