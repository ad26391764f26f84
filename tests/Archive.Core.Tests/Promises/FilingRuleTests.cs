using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Filing an application for this buyer now, in the chat, is in-chat work; a later filing, or a time or an outcome
/// committed beyond the filing, is a promise (docs/promise-labelling.md, revision 3). Sentences written for these tests.
/// </summary>
public class FilingRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("亲亲 新订单取消掉 这边帮您申请价保")]
    [InlineData("麻烦提供下，我们帮您申请下售后哈")]
    [InlineData("这边帮您提交一个售后服务单")]
    [InlineData("已经取消了 马上为您申请 稍等")]
    [InlineData("这边帮您申请退款")]
    [InlineData("这边可以为您申请换货")] // offered now, with nothing to wait for
    [InlineData("质量问题可以帮您提交售后的呢")]
    public void FilingNowIsInChatWork(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("订单完成后帮您申请", PromiseType.Other)] // a later filing
    [InlineData("我会为您申请补偿的", PromiseType.Compensation)]
    [InlineData("明天给您提交申请", PromiseType.Other)]
    [InlineData("这边会作废优惠券哦，然后帮您申请差价哦", PromiseType.Refund)]
    [InlineData("降价的话可以为您申请价保的", PromiseType.Refund)] // what the shop can file once something happens
    [InlineData("等您原始订单取消申请撤销后，给您申请哈", PromiseType.Other)] // after a step named in the clause before
    public void ALaterFilingIsAPromise(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("给您申请了退款，[数字x]个工作日到账", PromiseType.Refund)] // a time for this buyer's case after the filing
    [InlineData("差价已经为您申请成功，差价[数字x]-[数字x]个工作日原路退回的哈", PromiseType.Refund)] // 已经…成功 reports, it sets no condition
    [InlineData("申请成功了哈 还请耐心等待[数字x]到[数字x]天到账哈", PromiseType.Refund)] // so does …成功了
    [InlineData("申请后会有专员联系您", PromiseType.FollowUp)]
    [InlineData("帮您申请补发，明天发出", PromiseType.Compensation)] // the parcel is the re-sent item
    [InlineData("审核通过后给您补发", PromiseType.Compensation)]
    [InlineData("您后期注意查收您的支付卡，这边帮您申请退费哦", PromiseType.Refund)] // the money is promised with the filing
    public void WhatIsCommittedBeyondTheFilingIsAPromise(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Fact]
    public void ATimeAfterAStepStillToSucceedTimesTheProcess() => Assert.Null(Main("审核成功，[数字x]个工作日到账"));
}
