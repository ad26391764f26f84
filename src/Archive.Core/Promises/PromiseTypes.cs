namespace Archive.Promises;

/// <summary>What a shop committed to. The wire names (<see cref="PromiseTypes.ToWire"/>) are part of the API.</summary>
public enum PromiseType
{
    Shipping,
    FreeShipping,
    Gift,
    Discount,
    Refund,
    ReturnExchange,
    Compensation,
    FollowUp,
    Invoice,
    Quality,
    Other,
}

public static class PromiseTypes
{
    private static readonly string[] Wire =
        ["shipping", "free_shipping", "gift", "discount", "refund", "return_exchange", "compensation", "follow_up", "invoice", "quality", "other"];

    public static IReadOnlyList<PromiseType> All { get; } = Enum.GetValues<PromiseType>();

    public static string ToWire(PromiseType t) =>
        (uint)t < (uint)Wire.Length ? Wire[(int)t] : throw new ArgumentOutOfRangeException(nameof(t), t, null);

    public static bool TryParse(string wire, out PromiseType t)
    {
        var index = wire is null ? -1 : Array.IndexOf(Wire, wire.Trim().ToLowerInvariant());
        t = index < 0 ? default : (PromiseType)index;
        return index >= 0;
    }
}

/// <summary>
/// One commitment found in a message.
/// </summary>
/// <param name="Type">What was promised.</param>
/// <param name="DueBy">The deadline resolved against the message time; null when none was stated, when it was
/// masked (<c>[日期x]</c>) or when it cannot be resolved without guessing.</param>
/// <param name="Amount">Money in yuan (¥20, 20元, 二十块, 返现20) for discount, refund and compensation promises.
/// A discount given as 折 is returned as the price multiplier instead: 九折 → 0.9, 8.5折/八五折 → 0.85 (always
/// below 1, so it cannot be confused with a yuan amount of 1 or more). Null when none was stated or it was
/// masked (<c>[金额x]</c>).</param>
/// <param name="Condition">For conditional promises (如果…就给您…, …的话给您…) the condition text, else null.</param>
/// <param name="Evidence">The clause of the original text that made it a promise, for explaining the decision.</param>
public sealed record DetectedPromise(PromiseType Type, DateTimeOffset? DueBy, decimal? Amount, string? Condition, string Evidence);
