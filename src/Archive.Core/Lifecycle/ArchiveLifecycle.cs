using Archive.Index;
using Archive.Ingestion;

namespace Archive.Lifecycle;

/// <summary>What a purge or an erasure removed, and what it kept because a hold covers it.</summary>
public sealed record RemovalResult(
    IReadOnlyList<string> RemovedConversations, int RemovedMessages, IReadOnlyList<string> DeletedOriginals,
    IReadOnlyList<HeldConversation> Kept);

public sealed record HeldConversation(string ConversationId, string HoldId);

/// <summary>
/// The data lifecycle: retention purges, legal holds and buyer erasure. Removal is always of whole conversations,
/// from the index and the raw archive, never of anything an active hold covers, and every action is written to the
/// audit trail before it is reported done.
/// </summary>
public sealed class ArchiveLifecycle(
    ArchivePaths paths, ArchiveIndex index, MessageSealer sealer, ConversationReader conversations,
    RetentionPolicy retention, TimeProvider clock)
{
    private readonly Lock _removing = new();

    public AuditLog Audit { get; } = new(paths.Lifecycle);

    public LegalHolds Holds { get; } = new(paths.Lifecycle);

    public RetentionPolicy Retention => retention;

    /// <summary>Removes every conversation whose last message is older than its shop's retention, unless held.</summary>
    public RemovalResult Purge(string actor, string reason)
    {
        lock (_removing)
        {
            index.RefreshNow(); // decide on everything indexed so far, not on the last background refresh
            var now = clock.GetUtcNow();
            var expired = new ConversationCatalog(index).All()
                .Where(c => retention.CutoffFor(c.ShopId, now) is { } cutoff && c.LastSentAt < cutoff)
                .Select(c => (c.ConversationId, c.BuyerId))
                .ToList();
            var result = Remove(expired);
            Audit.Append(new AuditRecord(now, actor, AuditActions.Purge, "retention", reason, Details(result,
                ("policy", $"default {retention.DefaultDays} days; " + string.Join(", ", retention.Shops.Select(s => $"{s.Key} {s.Value} days"))))));
            return result;
        }
    }

    /// <summary>Deletes a buyer's conversations (a personal-data erasure request); held conversations are kept and named.</summary>
    public RemovalResult EraseBuyer(string buyerId, string actor, string reason)
    {
        lock (_removing)
        {
            index.RefreshNow();
            var theirs = conversations.GetBuyerConversations(buyerId, int.MaxValue)
                .Select(c => (c.ConversationId, BuyerId: buyerId)).ToList();
            var result = Remove(theirs);
            Audit.Append(new AuditRecord(clock.GetUtcNow(), actor, AuditActions.Erasure, $"buyer:{buyerId}", reason, Details(result)));
            return result;
        }
    }

    public LegalHold PlaceHold(string? buyerId, string? conversationId, string actor, string reason)
    {
        var hold = Holds.Place(buyerId, conversationId, reason, actor, clock.GetUtcNow());
        Audit.Append(new AuditRecord(hold.PlacedAt, actor, AuditActions.Hold, hold.Target, reason,
            new Dictionary<string, string> { ["holdId"] = hold.Id }));
        return hold;
    }

    public LegalHold? ReleaseHold(string holdId, string actor, string reason)
    {
        var released = Holds.Release(holdId, reason, actor, clock.GetUtcNow());
        if (released is not null)
            Audit.Append(new AuditRecord(released.ReleasedAt!.Value, actor, AuditActions.Release, released.Target, reason,
                new Dictionary<string, string> { ["holdId"] = holdId }));
        return released;
    }

    private RemovalResult Remove(IReadOnlyList<(string ConversationId, string BuyerId)> candidates)
    {
        var kept = new List<HeldConversation>();
        var doomed = new List<string>();
        foreach (var (conversationId, buyerId) in candidates)
        {
            if (Holds.Covering(buyerId, conversationId) is { } hold) kept.Add(new HeldConversation(conversationId, hold.Id));
            else doomed.Add(conversationId);
        }
        if (doomed.Count == 0) return new RemovalResult([], 0, [], kept);
        // Index first and durably: a crash after this leaves raw lines that a re-index would bring back, never the reverse.
        index.DeleteConversations(doomed);
        index.CommitDeletes();
        index.RefreshNow();
        sealer.Forget(doomed);
        var raw = RawArchive.Remove(paths, doomed.ToHashSet(StringComparer.Ordinal));
        return new RemovalResult(doomed, raw.Messages, raw.DeletedOriginals, kept);
    }

    private static Dictionary<string, string> Details(RemovalResult r, params (string Key, string Value)[] extra)
    {
        var details = new Dictionary<string, string>
        {
            ["removedConversations"] = string.Join(",", r.RemovedConversations),
            ["removedMessages"] = r.RemovedMessages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["deletedOriginals"] = string.Join(",", r.DeletedOriginals),
            ["keptUnderHold"] = string.Join(",", r.Kept.Select(k => $"{k.ConversationId}({k.HoldId})")),
        };
        foreach (var (key, value) in extra) details[key] = value;
        return details;
    }
}
