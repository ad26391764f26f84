using System.Globalization;

namespace Archive.Tools.Generation;

/// <summary>A buyer account and what the generator remembers about it between that buyer's conversations.</summary>
internal sealed class BuyerProfile
{
    public required string Id { get; init; }
    public required ShopProfile Shop { get; init; }
    public required BuyerStyle Style { get; init; }
    public required long Serial { get; init; }
    public int ConversationsLeft { get; set; }
    public int ConversationsHad { get; set; }
    public DateTimeOffset LastEnd { get; set; }

    /// <summary>The last thing an agent promised this buyer, so a later chat can hold the shop to it.</summary>
    public string? PendingPromiseType { get; set; }
    public string? PendingAmount { get; set; }
    public string? PendingGift { get; set; }
}

/// <summary>
/// Creates buyers and keeps returning ones until they are due again. Only buyers with conversations still ahead are
/// held, and their return gap is bounded, so memory stays flat however long the corpus runs.
/// </summary>
internal sealed class BuyerPool(ShopProfile[] shops, Rng rng, int returningPercent)
{
    private static readonly int[] ConversationCounts = [2, 3, 4, 5, 6, 8, 12];
    private static readonly WeightedChoice ConversationCountChoice = new([45, 25, 13, 8, 5, 3, 1]);
    // Return after days, weeks or months.
    private static readonly (int MinDays, int MaxDays)[] Gaps = [(1, 7), (7, 30), (30, 90)];
    private static readonly WeightedChoice GapChoice = new([35, 45, 20]);

    private readonly PriorityQueue<BuyerProfile, (long DueTicks, long Serial)> _waiting = new();
    private readonly WeightedChoice _shopChoice = new(Array.ConvertAll(shops, s => s.Weight));
    // Mixing the serial through a multiplier coprime to 10^10 gives unique, random-looking ten-digit ids.
    private readonly ulong _idOffset = rng.NextUInt64() % 10_000_000_000UL;
    private long _serial;

    public int Waiting => _waiting.Count;

    /// <summary>The earliest returning buyer whose next visit is due by <paramref name="now"/>, if any.</summary>
    public BuyerProfile? TakeDue(DateTimeOffset now)
    {
        if (!_waiting.TryPeek(out var buyer, out var due) || due.DueTicks > now.UtcTicks) return null;
        _waiting.Dequeue();
        return buyer;
    }

    public BuyerProfile CreateBuyer()
    {
        var serial = ++_serial;
        var number = ((ulong)serial * 3_141_592_653UL + _idOffset) % 10_000_000_000UL;
        return new BuyerProfile
        {
            Id = "tb" + number.ToString("D10", CultureInfo.InvariantCulture),
            Shop = shops[_shopChoice.Next(rng)],
            Style = TextNoise.DrawStyle(rng),
            Serial = serial,
            ConversationsLeft = rng.Percent(returningPercent) ? ConversationCounts[ConversationCountChoice.Next(rng)] : 1,
        };
    }

    /// <summary>Called after a conversation: queue the buyer's next visit strictly after this one ended.</summary>
    public void Finished(BuyerProfile buyer, DateTimeOffset end)
    {
        buyer.ConversationsHad++;
        buyer.ConversationsLeft--;
        buyer.LastEnd = end;
        if (buyer.ConversationsLeft <= 0) return;
        var (min, max) = Gaps[GapChoice.Next(rng)];
        var gapSeconds = rng.Between(min * 86_400, max * 86_400);
        _waiting.Enqueue(buyer, (end.UtcTicks + gapSeconds * TimeSpan.TicksPerSecond, buyer.Serial));
    }
}
