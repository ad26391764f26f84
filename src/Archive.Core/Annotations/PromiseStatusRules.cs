using Archive.Promises;

namespace Archive.Annotations;

public enum PromiseStatus { Open, DueSoon, Overdue, Fulfilled, Unknown }

public static class PromiseStatuses
{
    public static string ToWire(PromiseStatus s) => s switch
    {
        PromiseStatus.Open => "open",
        PromiseStatus.DueSoon => "due_soon",
        PromiseStatus.Overdue => "overdue",
        PromiseStatus.Fulfilled => "fulfilled",
        _ => "unknown",
    };

    public static bool TryParse(string wire, out PromiseStatus status)
    {
        foreach (var s in Enum.GetValues<PromiseStatus>())
        {
            if (ToWire(s) != wire) continue;
            status = s;
            return true;
        }
        status = default;
        return false;
    }
}

/// <summary>A shop message of the buyer's history that reports kinds of promise as done.</summary>
public sealed record FulfilmentReport(string MessageId, DateTimeOffset SentAt, IReadOnlyCollection<PromiseType> Types);

/// <summary>
/// How a promise's status is decided (the README repeats this): <c>fulfilled</c> when a later shop message in the
/// same buyer's history reports that kind of promise done (已发货 for shipping, 已退款 for a refund …);
/// otherwise, with a deadline, <c>overdue</c> once it has passed, <c>due_soon</c> within the last
/// <see cref="DueSoonWindow"/> before it, <c>open</c> before that; without a deadline <c>unknown</c>: the archive
/// cannot tell whether it is still owed.
/// </summary>
public static class PromiseStatusRules
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(24);

    public static (PromiseStatus Status, FulfilmentReport? FulfilledBy) Decide(
        PromiseType type, DateTimeOffset madeAt, DateTimeOffset? dueBy, IReadOnlyList<FulfilmentReport> laterReports,
        DateTimeOffset asOf)
    {
        var report = laterReports.FirstOrDefault(r => r.SentAt > madeAt && r.SentAt <= asOf && r.Types.Contains(type));
        if (report is not null) return (PromiseStatus.Fulfilled, report);
        if (dueBy is null) return (PromiseStatus.Unknown, null);
        if (asOf > dueBy) return (PromiseStatus.Overdue, null);
        return (dueBy - asOf <= DueSoonWindow ? PromiseStatus.DueSoon : PromiseStatus.Open, null);
    }
}
