namespace Archive.Lifecycle;

/// <summary>
/// How long conversations are kept after their last message, in days: a default and per-shop overrides. Zero or
/// less means keep forever (the default: purging evidence is a decision a shop makes, not one we make for it).
/// </summary>
public sealed class RetentionPolicy
{
    public int DefaultDays { get; set; }

    public Dictionary<string, int> Shops { get; set; } = new(StringComparer.Ordinal);

    public int DaysFor(string shopId) => Shops.TryGetValue(shopId, out var days) ? days : DefaultDays;

    /// <summary>Conversations of the shop whose last message is before this are expired; null when kept forever.</summary>
    public DateTimeOffset? CutoffFor(string shopId, DateTimeOffset now) =>
        DaysFor(shopId) is var days and > 0 ? now.AddDays(-days) : null;
}
