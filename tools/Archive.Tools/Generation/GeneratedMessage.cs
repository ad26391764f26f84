using Archive.Messages;

namespace Archive.Tools.Generation;

/// <summary>
/// A generated message with its ground truth: the buyer question's topic (<see cref="Intent"/>, e.g. shipping_fee),
/// the question itself (<see cref="QuestionIntent"/>, the family key, e.g. free_shipping or courier_choice: messages
/// with one key ask the same thing in different words), the agent promise's type.
/// </summary>
public sealed record GeneratedMessage(ChatMessage Message, string? Intent, string? PromiseType, string? QuestionIntent = null);

public sealed record GeneratorOptions
{
    public int Shops { get; init; } = 3;

    public DateTimeOffset Start { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Roughly how many days the corpus covers; the daily chat volume is derived from the message count.</summary>
    public int SpanDays { get; init; } = 120;

    /// <summary>Share of new buyers who come back for several conversations.</summary>
    public int ReturningBuyerPercent { get; init; } = 40;
}

/// <summary>What the last <see cref="ShopCorpusGenerator.Generate"/> run produced so far.</summary>
public sealed class GeneratorStats
{
    public long Messages { get; internal set; }
    public int Conversations { get; internal set; }
    public int Buyers { get; internal set; }
    public int ReturningBuyers { get; internal set; }
    public int TraditionalBuyers { get; internal set; }
    public long Questions { get; internal set; }
    public long Promises { get; internal set; }
    public DateTimeOffset? First { get; internal set; }
    public DateTimeOffset? Last { get; internal set; }
}
