using Archive.Annotations;
using Archive.Promises;

namespace Archive.Core.Tests.Engine;

public class PromiseStatusRulesTests
{
    private static readonly DateTimeOffset Made = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Due = Made.AddDays(2);

    [Fact]
    public void PromiseWithAFarDeadlineIsOpen() =>
        Assert.Equal(PromiseStatus.Open, PromiseStatusRules.Decide(PromiseType.Shipping, Made, Due, [], Made.AddHours(1)).Status);

    [Fact]
    public void PromiseWithinADayOfItsDeadlineIsDueSoon() =>
        Assert.Equal(PromiseStatus.DueSoon, PromiseStatusRules.Decide(PromiseType.Shipping, Made, Due, [], Due.AddHours(-5)).Status);

    [Fact]
    public void PromisePastItsDeadlineWithoutAReportIsOverdue() =>
        Assert.Equal(PromiseStatus.Overdue, PromiseStatusRules.Decide(PromiseType.Shipping, Made, Due, [], Due.AddSeconds(1)).Status);

    [Fact]
    public void PromiseWithoutDeadlineOrReportIsUnknown() =>
        Assert.Equal(PromiseStatus.Unknown, PromiseStatusRules.Decide(PromiseType.Gift, Made, null, [], Made.AddDays(30)).Status);

    [Fact]
    public void LaterReportOfTheSameKindFulfilsEvenAfterTheDeadline()
    {
        var report = new FulfilmentReport("r1", Due.AddDays(1), [PromiseType.Shipping]);

        var (status, by) = PromiseStatusRules.Decide(PromiseType.Shipping, Made, Due, [report], Due.AddDays(2));

        Assert.Equal(PromiseStatus.Fulfilled, status);
        Assert.Equal("r1", by?.MessageId);
    }

    [Fact]
    public void ReportsOfAnotherKindEarlierOrAfterAsOfDoNotFulfil()
    {
        FulfilmentReport[] reports =
        [
            new("other-kind", Made.AddHours(1), [PromiseType.Refund]),
            new("before", Made.AddHours(-1), [PromiseType.Shipping]),
            new("after-as-of", Due.AddDays(5), [PromiseType.Shipping]),
        ];

        Assert.Equal(PromiseStatus.Overdue, PromiseStatusRules.Decide(PromiseType.Shipping, Made, Due, reports, Due.AddDays(1)).Status);
    }
}
