using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Contacting a third party so that they act for the buyer after the chat is chasing (follow_up); a contact to check
/// something is in-chat work. A list of refund times by way of payment is the platform's timetable, not a promise.
/// Sentences written for these tests.
/// </summary>
public class ContactAndTimetableRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("我这边联系厂家处理呢")]
    [InlineData("我联系站点终止配送")]
    [InlineData("这边帮您联系仓库预约送货时间")]
    [InlineData("小妹联系配送站点催一下")]
    [InlineData("我们也为您跟踪下配送的情况")] // tracking the delivery for the buyer is chasing it
    [InlineData("我们这面给您催下")] // 这面: how many agents write 这边
    [InlineData("帮您通知配送处理下")] // telling the delivery desk to act
    public void ContactingSomeoneToActIsAFollowUp(string text) => Assert.Equal(PromiseType.FollowUp, Main(text));

    [Theory]
    [InlineData("我这边联系站点查询")]
    [InlineData("我联系站点问下")]
    [InlineData("这边帮您联系仓库核实一下情况")]
    [InlineData("小妹帮您联系一下站点")] // a bare contact: labellers split on it, the detector leaves it
    [InlineData("这边给您联系站点核实")] // 给您 is for the buyer, not 给您联系 (getting back to them)
    [InlineData("妹子给您联系下快递 您稍等")]
    public void ContactingSomeoneToCheckIsInChatWork(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("给您联系站点处理")]
    [InlineData("稍后给您联系")]
    public void ForTheBuyerContactingToGetSomethingDoneOrGettingBackToThemStaysAFollowUp(string text) =>
        Assert.Equal(PromiseType.FollowUp, Main(text));

    [Fact]
    public void TheTrackingPageIsNotTheShopTracking() => Assert.Null(Main("在全程跟踪内会显示配送员的联系方式"));

    [Theory]
    [InlineData("取消成功后退款会原路返回，储蓄卡、信用卡是[数字x]-[数字x]个工作日退款到账，烦请耐心等待下哦")]
    [InlineData("已经价保成功[数字x]元 系统价保成功后 差价直接原返:储蓄卡是[数字x]-[数字x]个工作日到账的，信用卡是[数字x]-[数字x]个工作日哦")]
    [InlineData("商品退回后会开始办理退款，退款周期:储蓄卡[数字x]-[数字x]工作日，信用卡[数字x]-[数字x]工作日")]
    public void RefundTimesOfSeveralWaysToPayAreTheTimetable(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("白条支付[数字x]-[数字x]个工作日到账~")] // one way to pay: the buyer's own
    [InlineData("还请您将新订单取消 咱们退款哦 白条是[数字x]-[数字x]工作日到账;储蓄卡[数字x]-[数字x]个工作日")] // the shop refunds
    [InlineData("这边给您退款，储蓄卡[数字x]-[数字x]个工作日，信用卡[数字x]-[数字x]个工作日到账")]
    public void ARefundTheShopMakesOrTheBuyersOwnWayToPayStaysAPromise(string text) => Assert.Equal(PromiseType.Refund, Main(text));

    [Theory]
    [InlineData("订单完成之后联系我们换开即可")]
    [InlineData("邮寄之后保留运单联系我们申请报销运费")]
    public void WhatFollowsTheBuyerContactingTheShopIsTheBuyersStep(string text) => Assert.Null(Main(text));

    [Fact]
    public void TheShopContactingItsOwnWarehouseForTheBuyerIsAFollowUp() =>
        Assert.Equal(PromiseType.FollowUp, Main("这边联系我们仓库主动与您联系哈"));
}
