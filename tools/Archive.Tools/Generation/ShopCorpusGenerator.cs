using System.Globalization;

namespace Archive.Tools.Generation;

/// <summary>
/// A synthetic corpus of Taobao shop customer-service chats, deterministic by seed. Conversations are scheduled day
/// by day over the shops' busy hours; each conversation is written out whole before the next, so memory stays flat.
/// </summary>
public sealed class ShopCorpusGenerator
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private const int AverageConversationLength = 9;

    /// <summary>Chats per hour of day: quiet at night, peaks late morning, afternoon and after dinner.</summary>
    private static readonly WeightedChoice HourChoice =
        new([2, 1, 1, 0, 0, 0, 1, 3, 6, 10, 14, 14, 10, 11, 13, 13, 12, 10, 9, 11, 14, 16, 14, 8]);

    private readonly int _seed;
    private readonly GeneratorOptions _options;

    public ShopCorpusGenerator(int seed, GeneratorOptions? options = null)
    {
        _seed = seed;
        _options = options ?? new GeneratorOptions();
        if (_options.Shops < 1) throw new ArgumentOutOfRangeException(nameof(options), "at least one shop is needed");
        if (_options.SpanDays < 1) throw new ArgumentOutOfRangeException(nameof(options), "SpanDays must be positive");
    }

    /// <summary>Counts for the run in progress (or the last one), for summaries.</summary>
    public GeneratorStats Stats { get; private set; } = new();

    /// <summary>Exactly <paramref name="count"/> messages, lazily; enumerating twice yields the same sequence.</summary>
    public IEnumerable<GeneratedMessage> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Run(count);
    }

    private IEnumerable<GeneratedMessage> Run(int count)
    {
        var stats = Stats = new GeneratorStats();
        var master = new Rng(unchecked((ulong)_seed));
        // Separate streams, so that e.g. a change in the chat wording does not reshuffle the buyers.
        var shops = ShopProfile.CreateAll(_options.Shops, master.Fork(1));
        var schedule = master.Fork(2);
        var pool = new BuyerPool(shops, master.Fork(3), _options.ReturningBuyerPercent);
        var builder = new ConversationBuilder(_seed, master.Fork(4));

        var perDay = Math.Max(1, (count / AverageConversationLength + _options.SpanDays - 1) / _options.SpanDays);
        var start = _options.Start.ToOffset(ChinaOffset);
        var firstDay = new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, ChinaOffset);
        long emitted = 0;
        var slots = new List<int>();
        for (var day = 0; emitted < count; day++)
        {
            var midnight = firstDay.AddDays(day);
            FillSlots(slots, perDay * DayFactorPercent(midnight) / 100, schedule);
            foreach (var second in slots)
            {
                var at = midnight.AddSeconds(second);
                if (at < start) continue;
                var buyer = pool.TakeDue(at);
                if (buyer is null)
                {
                    buyer = pool.CreateBuyer();
                    stats.Buyers++;
                    if ((buyer.Style & BuyerStyle.Traditional) != 0) stats.TraditionalBuyers++;
                }
                else if (buyer.ConversationsHad == 1) stats.ReturningBuyers++;

                var conversationId = string.Create(CultureInfo.InvariantCulture, $"g-{_seed}-c{stats.Conversations + 1:D7}");
                var messages = builder.Build(buyer, conversationId, at, emitted);
                stats.Conversations++;
                pool.Finished(buyer, messages[^1].Message.SentAt);
                foreach (var generated in messages)
                {
                    if (emitted >= count) yield break;
                    emitted++;
                    Count(stats, generated);
                    yield return generated;
                }
                if (emitted >= count) yield break;
            }
        }
    }

    private static void FillSlots(List<int> slots, int conversations, Rng rng)
    {
        slots.Clear();
        // ±20% from day to day.
        var n = Math.Max(1, conversations + rng.Between(-conversations / 5, conversations / 5));
        for (var i = 0; i < n; i++) slots.Add(HourChoice.Next(rng) * 3600 + rng.Next(3600));
        slots.Sort();
    }

    /// <summary>Weekends are busier, and the shopping festivals (618, 双11, 双12) much busier.</summary>
    private static int DayFactorPercent(DateTimeOffset day) => (day.Month, day.Day) switch
    {
        (11, 11) => 300,
        (6, 18) or (12, 12) => 200,
        (11, 10) or (11, 12) or (6, 17) => 150,
        _ when day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday => 115,
        _ => 100,
    };

    private static void Count(GeneratorStats stats, GeneratedMessage generated)
    {
        stats.Messages++;
        if (generated.Intent is not null) stats.Questions++;
        if (generated.PromiseType is not null) stats.Promises++;
        var sentAt = generated.Message.SentAt;
        // Conversations overlap, so the last message written is not necessarily the latest.
        if (stats.First is null || sentAt < stats.First) stats.First = sentAt;
        if (stats.Last is null || sentAt > stats.Last) stats.Last = sentAt;
    }
}
