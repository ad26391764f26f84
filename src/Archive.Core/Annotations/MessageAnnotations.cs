using Archive.Messages;
using Archive.Promises;

namespace Archive.Annotations;

/// <summary>What the archive recognised in a message at ingest: promises the shop made, promises a buyer says were
/// made, and which kinds of promise a shop message reports as done.</summary>
public sealed record MessageAnnotations(
    IReadOnlyList<DetectedPromise> Promises,
    IReadOnlyList<DetectedPromise> Claims,
    IReadOnlyCollection<PromiseType> Fulfils)
{
    public static readonly MessageAnnotations None = new([], [], []);

    public bool IsEmpty => Promises.Count == 0 && Claims.Count == 0 && Fulfils.Count == 0;
}

/// <summary>Runs the promise detector the way the archive needs it: shop-side messages for promises and reports of
/// fulfilment, read with what came before them in the conversation, buyer messages for claims.</summary>
public sealed class MessageAnnotator(PromiseDetector detector)
{
    /// <param name="earlier">The texts before the message in its conversation, newest first (<c>SealedMessage.Earlier</c>).</param>
    public MessageAnnotations Annotate(ChatMessage message, IReadOnlyList<string> earlier)
    {
        if (Senders.IsShopSide(message.Sender))
        {
            var (promises, fulfils) = detector.DetectShopMessage(message.Text, message.SentAt, earlier);
            return promises.Count == 0 && fulfils.Count == 0 ? MessageAnnotations.None : new(promises, [], fulfils.ToList());
        }
        if (message.Sender == Senders.Buyer)
        {
            var claims = detector.DetectBuyerClaims(message.Text, message.SentAt);
            return claims.Count == 0 ? MessageAnnotations.None : new([], claims, []);
        }
        return MessageAnnotations.None;
    }
}
