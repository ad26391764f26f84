using Archive.Index;
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
    /// <summary>Only messages of these shops count, promises and reports alike (an API key bound to shops); null for all.</summary>
    public IReadOnlyCollection<string>? Shops { get; init; }
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
        var history = promises.ForBuyer(query.BuyerId)
            .Where(a => query.Shops is null || query.Shops.Contains(a.Message.ShopId))
            .ToList();
        var reports = history
            .Where(a => a.Annotations.Fulfils.Count > 0)
            .Select(a => new FulfilmentReport(a.Message.MessageId, a.Message.SentAt, a.Annotations.Fulfils))
            .ToList();
        var found = new List<(AnnotatedMessage Source, DetectedPromise Promise, PromiseStatus Status, FulfilmentReport? By)>();
        var claims = new List<(AnnotatedMessage Source, DetectedPromise Promise)>();
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
                if (found.Count < query.Limit) found.Add((annotated, p, status, by));
            }
            foreach (var c in annotated.Annotations.Claims)
            {
                if (query.Type is not null && c.Type != query.Type) continue;
                if (claims.Count < query.Limit) claims.Add((annotated, c));
            }
        }
        var contexts = conversations.GetContexts(
            found.Select(f => f.Source).Concat(claims.Select(c => c.Source))
                .Select(s => (s.Message.ConversationId, s.Message.MessageId)).Distinct().ToList(),
            ContextAfter);
        IReadOnlyList<StoredMessage> ContextOf(StoredMessage m) => contexts.TryGetValue(m.MessageId, out var c) ? c : [];
        return new BuyerPromises(query.BuyerId,
            found.Select(f => new BuyerPromise(f.Source.Message, f.Promise, f.Status, f.By, ContextOf(f.Source.Message))).ToList(),
            claims.Select(c => new BuyerPromise(c.Source.Message, c.Promise, PromiseStatus.Unknown, null, ContextOf(c.Source.Message))).ToList());
    }
}
