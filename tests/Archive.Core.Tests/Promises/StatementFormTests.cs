using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Words of an action used in a statement about the process rather than as a commitment: modifiers, durations,
/// reports, the buyer's own steps. Sentences written for these tests.
/// </summary>
public class StatementFormTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("您申请退款的时间是[日期x]")] // an attribute of the process
    [InlineData("财务审核退款的时效是两个工作日")]
    [InlineData("这边看到发货进度明天更新")]
    public void AnActionModifyingANounIsNotAPromise(string text) => Assert.Null(Main(text));

    [Fact]
    public void ChasingTheProgressIsStillAFollowUp() => Assert.Equal(PromiseType.FollowUp, Main("我这边帮您催促一下退款进度"));

    [Theory]
    [InlineData("换开需要[数字x]个工作日")]
    [InlineData("补寄一般要三天，到时候留意物流")]
    public void HowLongAStepTakesIsNotADeadline(string text) => Assert.Null(Main(text));

    [Fact]
    public void ADeadlineTheShopSetsItselfIsAPromise() => Assert.Equal(PromiseType.Invoice, Main("[数字x]个工作日内给您换开"));

    [Fact]
    public void AnActionNamingWhoseJobItIsTakesTheTypeOfWhatTheyDo() =>
        Assert.Equal(PromiseType.FollowUp, Main("明天上午发票专员会联系您的"));

    [Theory]
    [InlineData("帮您提交了售后呢")] // 了 between the verb and the action it names
    [InlineData("这边给您登记了退款申请")]
    public void AVerbWithLeBeforeTheActionReportsItDone(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("给您申请了会员价，便宜了二十元", PromiseType.Discount)] // a price granted still binds
    [InlineData("发票开错了给您换开", PromiseType.Invoice)] // 给您 starts a new predicate
    public void ALeThatDoesNotReportTheAction(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("此单请终止取件")]
    [InlineData("麻烦您和配送小哥协调一下时间")] // the courier is who the buyer deals with
    [InlineData("建议顾客到站点以后优先联系下配送")]
    [InlineData("在订单页面下载发票，可以享受售后联保服务")]
    [InlineData("我们通过层层抽检来保证品质")] // 通过 as "by means of" approves nothing
    public void NotTheShopsCommitment(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("商品已经出库了，我们会尽量拦截", PromiseType.Other)]
    [InlineData("这边尝试帮您修改地址", PromiseType.Other)]
    [InlineData("我这边尽量帮您催一下站点", PromiseType.FollowUp)]
    public void BestEffortAtANamedActionOwesTheAttempt(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("尽量今天给您发出")] // a time
    [InlineData("尽量早点给您送到")] // an arrival
    [InlineData("这边尽量给您争取")] // an outcome, no action named
    public void BestEffortAtATimeOrAnOutcomeIsAHedge(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("差价已申请，[数字x]-[数字x]个工作日到账", PromiseType.Refund)]
    [InlineData("小妹这边帮您申请成功了[金额x]元差价哦 差价原返，[数字x]-[数字x]个工作日到账", PromiseType.Refund)]
    [InlineData("[数字x]-[数字x]个工作日开具邮寄的哦", PromiseType.Invoice)]
    public void AWindowIsATimeItsUpperEndTheDeadline(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("预计[数字x]-[数字x]天送达")] // hedged
    [InlineData("小妹这边已经操作取消啦 储蓄卡[数字x]-[数字x]个工作日，信用卡[数字x]-[数字x]个工作日到账")] // the platform's timetable
    [InlineData("款项原返 储蓄卡[数字x]-[数字x]个工作日退款 信用卡[数字x]-[数字x]个")] // two windows, one unit written
    public void AHedgedWindowOrATimetableIsAnEstimate(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("订单刚刚送达站点的 会及时给您配送的")]
    [InlineData("这边到站就会帮您配送的哈")]
    [InlineData("是的 哦 送达站点后尽快给您安排配送的")]
    public void TheLastMileWithNoTimeIsTheCarriersPace(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("[数字x]号给您送达的 可以的")]
    [InlineData("[数字x]号跟您预约，[数字x]号送达呢，亲")] // a day of the month, with nothing else committing
    [InlineData("会在明天给您配送的呢")]
    [InlineData("到达后给您优先配送一下哦")]
    public void TheLastMileWithATimeOrPriorityIsAShippingPromise(string text) => Assert.Equal(PromiseType.Shipping, Main(text));

    [Fact]
    public void TheDeliveryDeskCallingIsTheCarriersCourse() => Assert.Null(Main("辛苦耐心等待一下哈 配送的时候会联系您的"));
}
