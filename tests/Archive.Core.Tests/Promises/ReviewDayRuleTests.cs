using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// A named day for reviewing this buyer's application is a promise of whatever the application is for; a duration is the
/// platform's timetable. Sentences written for these tests.
/// </summary>
public class ReviewDayRuleTests
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly PromiseDetector _detector = new();

    [Fact]
    public void ADayForTheReviewIsAPromiseOfTheApplicationsTopicDueThatDay()
    {
        var promise = Assert.Single(_detector.DetectShopPromises("嗯，您保持手机畅通 明天审核", SentAt, ["我要退货，申请已经提交了"]));

        Assert.Equal(PromiseType.ReturnExchange, promise.Type);
        Assert.Equal(new DateTime(2024, 3, 2), promise.DueBy?.Date);
    }

    [Fact]
    public void WithoutATopicTheReviewIsOther() =>
        Assert.Equal(PromiseType.Other, Assert.Single(_detector.DetectShopPromises("已经申请了哈 咱们会在今天为您审核的哈", SentAt)).Type);

    [Theory]
    [InlineData("会在[数字x]个工作日审核")] // a duration: the timetable
    [InlineData("商家会在[数字x]小时内给您审核的呢")]
    [InlineData("目前等待审核 预计明天到账")] // hedged
    [InlineData("明天能审核吗")] // asked
    public void DurationsHedgesAndQuestionsAreNot(string text) => Assert.Empty(_detector.DetectShopPromises(text, SentAt));
}
