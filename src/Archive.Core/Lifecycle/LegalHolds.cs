using System.Text.Json;
using Archive.Messages;

namespace Archive.Lifecycle;

/// <summary>A legal hold on a buyer (all their conversations) or one conversation: while active, nothing it covers is removed.</summary>
public sealed record LegalHold(
    string Id, string? BuyerId, string? ConversationId, string Reason, string PlacedBy, DateTimeOffset PlacedAt,
    DateTimeOffset? ReleasedAt = null, string? ReleasedBy = null, string? ReleaseReason = null)
{
    public bool IsActive => ReleasedAt is null;

    public string Target => BuyerId is not null ? $"buyer:{BuyerId}" : $"conversation:{ConversationId}";
}

/// <summary>
/// The holds, active and released, kept in <c>lifecycle/holds.json</c> (rewritten atomically). Released holds stay
/// listed: a hold is history too.
/// </summary>
public sealed class LegalHolds
{
    private readonly string _path;
    private readonly Lock _lock = new();
    private List<LegalHold> _holds;

    public LegalHolds(string directory)
    {
        Directory.CreateDirectory(directory);
        _path = Path.Combine(directory, "holds.json");
        _holds = File.Exists(_path)
            ? JsonSerializer.Deserialize<List<LegalHold>>(File.ReadAllText(_path), MessageJson.Options) ?? []
            : [];
    }

    public IReadOnlyList<LegalHold> All()
    {
        lock (_lock) return _holds.ToList();
    }

    public LegalHold Place(string? buyerId, string? conversationId, string reason, string by, DateTimeOffset at)
    {
        if ((buyerId is null) == (conversationId is null))
            throw new ArgumentException("a hold names either a buyer or a conversation");
        var hold = new LegalHold("hold-" + Guid.NewGuid().ToString("N")[..12], buyerId, conversationId, reason, by, at);
        lock (_lock) Save([.. _holds, hold]);
        return hold;
    }

    /// <summary>The released hold, or null when there is no active hold with that id.</summary>
    public LegalHold? Release(string id, string reason, string by, DateTimeOffset at)
    {
        lock (_lock)
        {
            var index = _holds.FindIndex(h => h.Id == id && h.IsActive);
            if (index < 0) return null;
            var released = _holds[index] with { ReleasedAt = at, ReleasedBy = by, ReleaseReason = reason };
            var next = _holds.ToList();
            next[index] = released;
            Save(next);
            return released;
        }
    }

    /// <summary>The active hold that covers a conversation of a buyer, if any.</summary>
    public LegalHold? Covering(string buyerId, string conversationId)
    {
        lock (_lock)
            return _holds.FirstOrDefault(h => h.IsActive && (h.BuyerId == buyerId || h.ConversationId == conversationId));
    }

    private void Save(List<LegalHold> holds)
    {
        DurableFile.Replace(_path, JsonSerializer.SerializeToUtf8Bytes(holds, MessageJson.Options));
        _holds = holds;
    }
}
