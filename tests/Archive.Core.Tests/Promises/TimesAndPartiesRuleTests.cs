using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Rules read off the held-out sets at stop 15 (docs/promise-labelling.md revision 2): a window or a flat time affirmed
/// for this order is a time, escalating to staff and contacting the site later are the shop's own follow-ups, and the
/// installer's call and a warranty period read out are not the shop's commitments. Sentences written for these tests.
/// </summary>
public class TimesAndPartiesRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Fact]
    public void EscalatingToAStaffMemberIsAFollowUp() => Assert.Equal(PromiseType.FollowUp, Main("恩，我会为您升级专员处理的"));

    [Theory]
    [InlineData("发票专员会联系您的", PromiseType.FollowUp)] // the staff still act: they are the subject
    [InlineData("退款部门已经在处理了", null)] // 退款 names whose job it is, not a refund
    public void AnActionBeforeStaffStillNamesTheirJob(string text, PromiseType? expected) => Assert.Equal(expected, Main(text));

    [Fact]
    public void ContactingTheSiteLaterIsAFollowUp() => Assert.Equal(PromiseType.FollowUp, Main("可以的哦 这边会联系站点 配送人员[数字x]点之后配送的哦"));

    [Fact]
    public void ContactingTheSiteWhileTheBuyerWaitsIsInChatWork() => Assert.Null(Main("我帮您联系站点，您稍等"));

    [Theory]
    [InlineData("[数字x]-[数字x]点可以送到您手中的")] // a window of hours is a time
    [InlineData("下午是可以送到您手中的哈")] // 是…的 affirming a time for this order is no description
    [InlineData("您的这个订单明天是可以收到的")]
    public void AFlatTimeOrWindowForThisOrderIsAShippingPromise(string text) => Assert.Equal(PromiseType.Shipping, Main(text));

    [Theory]
    [InlineData("预计[数字x]-[数字x]天送达")] // hedged
    [InlineData("电子发票是可以报销的")] // 是…的 with no time describes
    public void AHedgedWindowOrATimelessDescriptionIsNot(string text) => Assert.Null(Main(text));

    [Fact]
    public void TheInstallerCallingAheadIsTheirCourse() => Assert.Null(Main("亲亲，安装师傅会提前给您打电话与您进行预约的哦"));

    [Fact]
    public void TheShopSendingTheInstallerIsAPromise() => Assert.Equal(PromiseType.Other, Main("我们会安排安装师傅明天上门"));

    [Theory]
    [InlineData("我已通知配送员，明天上午给您送", PromiseType.Shipping)] // the guide's example: the agent arranged it
    [InlineData("明天给您送过去", PromiseType.Shipping)]
    [InlineData("下次给您送个小礼物", PromiseType.Gift)] // 送 with what is given is a present
    public void GivingSomethingToTheBuyerIsDeliveryOrAPresent(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Fact]
    public void AWindowWrittenWithWithinIsOneTimeNotATimetable() =>
        Assert.Equal(PromiseType.Invoice, Main("订单完成[数字x]-[数字x]个工作日之内帮您开具寄出的哦"));

    [Theory]
    [InlineData("亲爱的 会提前联系您的呢 您放心呢")]
    [InlineData("是的 师傅沿途配送 无法获知具体时间 会提前打电话")]
    public void CallingAheadIsHowDeliveryWorks(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("[数字x]号前会提前联系您")] // a date for this buyer's call
    [InlineData("我会提前联系您的")] // the shop's own word
    public void CallingAheadCommittedByTheShopOrByADateIsAFollowUp(string text) => Assert.Equal(PromiseType.FollowUp, Main(text));

    [Theory]
    [InlineData("是的，亲爱的 在质保期内")]
    [InlineData("超出[数字x]天质保内的可以申请维修的。")] // the period as the condition of a rule
    [InlineData("保修期外的维修需要收费")]
    public void TheWarrantyPeriodNamedAsAFactOrAConditionIsNotAGuarantee(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("这款商品一年质保的")]
    [InlineData("我们给您提供三年保修")]
    public void AWarrantyGivenIsStillAQualityPromise(string text) => Assert.Equal(PromiseType.Quality, Main(text));
}
