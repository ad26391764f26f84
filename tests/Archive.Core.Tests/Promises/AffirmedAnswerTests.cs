using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// An unhedged yes to the buyer's question about when this order arrives (明天能到吗? → 是的呢) is a flat time for this
/// buyer (docs/promise-labelling.md, revision 2); the question gives the type and the deadline. Sentences written for these tests.
/// </summary>
public class AffirmedAnswerTests
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly PromiseDetector _detector = new();

    [Fact]
    public void YesToATimeOfArrivalIsAShippingPromiseDueThen()
    {
        var found = _detector.DetectShopPromises("是的嗯", SentAt, ["明天可以到货的是么"]);

        var promise = Assert.Single(found);
        Assert.Equal(PromiseType.Shipping, promise.Type);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.FromHours(8)).Date, promise.DueBy?.Date);
    }

    [Fact]
    public void YesToATimeOfLeavingTheWarehouseIsAShippingPromise() =>
        Assert.Equal(PromiseType.Shipping, Assert.Single(_detector.DetectShopPromises("恩，是的", SentAt, ["好的 就是明天可以出?"])).Type);

    [Fact]
    public void YesToARefundTimeIsARefundPromise() =>
        Assert.Equal(PromiseType.Refund, Assert.Single(_detector.DetectShopPromises("是的哦", SentAt, ["退款三个工作日到账是吗"])).Type);

    [Theory]
    [InlineData("是的", "是这个地址吗")] // no time asked about
    [InlineData("好的", "明天能到吗")] // an acknowledgement, not an assent
    [InlineData("是的，不过要看物流", "明天能到吗")] // more than a yes: the rules read it as written
    [InlineData("可以的", "发票可以开吗")] // no time
    public void OtherAnswersAreNotAffirmedTimes(string answer, string question) =>
        Assert.Empty(_detector.DetectShopPromises(answer, SentAt, [question]));

    [Theory]
    [InlineData("那款项什么时候能退回", "3个工作日内", PromiseType.Refund, 6)]
    [InlineData("什么时候发货", "明天哦", PromiseType.Shipping, 2)]
    [InlineData("那明天什么时候送到", "下午", PromiseType.Shipping, 2)] // a time of day within the day the buyer named
    public void ABareTimeAnsweringTheBuyersWhenIsAPromiseDueThen(string question, string answer, PromiseType type, int dueDay)
    {
        var promise = Assert.Single(_detector.DetectShopPromises(answer, SentAt, [question]));

        Assert.Equal(type, promise.Type);
        Assert.Equal(new DateTime(2024, 3, dueDay), promise.DueBy?.Date);
    }

    [Theory]
    [InlineData("你们什么时候上班", "明天")] // nothing of this buyer's order asked about
    [InlineData("什么时候到账", "最快是明天")] // hedged
    [InlineData("退款到账了吗", "明天")] // not a "when": the rules read the answer as written
    public void OtherTimesAreNotAnsweredPromises(string question, string answer) =>
        Assert.Empty(_detector.DetectShopPromises(answer, SentAt, [question]));

    [Fact]
    public void ABareYesWithoutTheConversationIsNothing() => Assert.Empty(_detector.DetectShopPromises("是的呢", SentAt));
}
