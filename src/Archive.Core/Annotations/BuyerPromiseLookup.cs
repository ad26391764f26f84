using Archive.Index;
using Archive.Messages;
using Archive.Promises;
using Archive.Search;

namespace Archive.Annotations;

public sealed record PromiseQuery
{
    public required string BuyerId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public PromiseType? Type { get; init; }
    public PromiseStatus? Status { get; init; }
    public DateTimeOffset AsOf { get; init; } = DateTimeOffset.UtcNow;
    public int Limit { get; init; } = 100;
}

/// <summary>One promise, where and when it was made, whether it is still owed, and what was said around it.</summary>
public sealed record BuyerPromise(
    StoredMessage Message, DetectedPromise Promise, PromiseStatus Status, FulfilmentReport? FulfilledBy,
    IReadOnlyList<StoredMessage> Context);

public sealed record BuyerPromises(string BuyerId, IReadOnlyList<BuyerPromise> Promises, IReadOnlyList<BuyerPromise> Claims);

/// <summary>
/// "What did we promise this buyer?": every shop promise of the buyer's whole history, newest first, with its status
/// decided against the later messages of the same buyer, and the buyer's own claims kept apart.
/// </summary>
public sealed class BuyerPromiseLookup(PromiseReader promises, ConversationReader conversations)
{
    /// <summary>Messages shown after the promise, besides the buyer message it answered.</summary>
    public const int ContextAfter = 3;

    public BuyerPromises Find(PromiseQuery query)
    {
        var history = promises.ForBuyer(query.BuyerId);
        var reports = history
            .Where(a => a.Annotations.Fulfils.Count > 0)
            .Select(a => new FulfilmentReport(a.Message.MessageId, a.Message.SentAt, a.Annotations.Fulfils))
            .ToList();
        var transcripts = new Dictionary<string, IReadOnlyList<StoredMessage>>(StringComparer.Ordinal);

        var found = new List<BuyerPromise>();
        var claims = new List<BuyerPromise>();
        foreach (var annotated in history.AsEnumerable().Reverse())
        {
            var m = annotated.Message;
            if (query.From is not null && m.SentAt < query.From) continue;
            if (query.To is not null && m.SentAt > query.To) continue;
            foreach (var p in annotated.Annotations.Promises)
            {
                if (query.Type is not null && p.Type != query.Type) continue;
                var (status, by) = PromiseStatusRules.Decide(p.Type, m.SentAt, p.DueBy, reports, query.AsOf);
                if (query.Status is not null && status != query.Status) continue;
                if (found.Count < query.Limit) found.Add(new BuyerPromise(m, p, status, by, Context(m, transcripts)));
            }
            foreach (var c in annotated.Annotations.Claims)
            {
                if (query.Type is not null && c.Type != query.Type) continue;
                if (claims.Count < query.Limit) claims.Add(new BuyerPromise(m, c, PromiseStatus.Unknown, null, Context(m, transcripts)));
            }
        }
        return new BuyerPromises(query.BuyerId, found, claims);
    }

    private IReadOnlyList<StoredMessage> Context(StoredMessage m, Dictionary<string, IReadOnlyList<StoredMessage>> cache)
    {
        if (!cache.TryGetValue(m.ConversationId, out var messages))
            cache[m.ConversationId] = messages = conversations.GetTranscript(m.ConversationId)?.Messages ?? [];
        var at = -1;
        for (var i = 0; i < messages.Count; i++)
            if (messages[i].MessageId == m.MessageId) { at = i; break; }
        if (at < 0) return [];
        var context = new List<StoredMessage>(ContextAfter + 1);
        for (var i = at - 1; i >= 0; i--)
        {
            if (messages[i].Sender != Senders.Buyer) continue;
            context.Add(messages[i]);
            break;
        }
        context.AddRange(messages.Skip(at + 1).Take(ContextAfter));
        return context;
    }
}
