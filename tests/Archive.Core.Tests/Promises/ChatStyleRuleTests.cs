using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Rules for the way real customer-service agents type (JDDC style): subject and verb apart, third parties contacted
/// for the buyer, topics in a clause of their own, process descriptions. Sentences written for these tests.
/// </summary>
public class ChatStyleRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("好的~这边小妹就帮您反馈了哦~")] // 就…了 is right away, not done
    [InlineData("小妹正在催促站点尽快给您处理")] // chasing already under way
    [InlineData("我这边帮您催催，尽快给您发货哦")] // the chase is the shop's; the shipping is the chased party's
    public void FollowUpsInChatStyle(string text) => Assert.Equal(PromiseType.FollowUp, Main(text));

    // docs/promise-labelling.md, step 1: contacting or asking someone while the buyer waits is in-chat work.
    [Theory]
    [InlineData("好的 小妹帮您联系一下商家哦")]
    [InlineData("这边帮您咨询站点哦")]
    [InlineData("好的，这边帮您备注，预计两个工作日换开成功")] // a note, then a hedged estimate
    [InlineData("会帮您备注的")]
    public void WorkWhileTheBuyerWaitsIsNoPromise(string text) => Assert.Null(Main(text));

    // Asking the buyer to hold on says the application or the contact happens now, in the chat.
    [Theory]
    [InlineData("好的亲亲 那么妹子这边为您申请 请您稍等哦")]
    [InlineData("我帮您 联系下仓库 您稍等")]
    [InlineData("这边帮您反馈一下。请稍等")]
    public void WorkFollowedByHoldOnIsInChat(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("给您补发一个，您稍等", PromiseType.Compensation)] // a parcel still has to leave
    [InlineData("我帮您反馈，24小时内回复您，请您稍等", PromiseType.FollowUp)] // a deadline of its own: after the chat
    public void HoldOnLeavesWhatHappensAfterTheChat(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    // docs/promise-labelling.md, steps 1-3: the delivery desk's routine call, a hedged range of days, a report.
    [Theory]
    [InlineData("您的订单已进入调度系统，预约客服会在收货日期的前一天与您联系确认送货")]
    [InlineData("差价原返，预计[数字x]-[数字x]个工作日内到账哈")]
    [InlineData("退款一般1~3个工作日到账")]
    [InlineData("小妹这边帮您申请成功了[金额x]元差价哦")] // reported done, the amount between
    public void RoutineAndTimingAndReportsAreNoPromise(string text) => Assert.Null(Main(text));

    // Revision 2: a window given flatly for this buyer's money is a time the buyer will hold the shop to.
    [Theory]
    [InlineData("差价原返，[数字x]-[数字x]个工作日内到账哈")]
    [InlineData("退款1~3个工作日到账")]
    public void AFlatWindowForThisBuyersMoneyIsARefundPromise(string text) => Assert.Equal(PromiseType.Refund, Main(text));

    // docs/promise-labelling.md, step 4: 可以 + what the shop does for this buyer, as a statement. (Filing now, 这边可以为您
    // 申请换货, is in-chat work since revision 3: FilingRuleTests.)
    [Theory]
    [InlineData("您付款后可以给您申请价保的哦", PromiseType.Refund)]
    [InlineData("我也可以帮您拦截", PromiseType.Other)]
    [InlineData("明天可以给您送到的", PromiseType.Shipping)]
    public void WhatTheShopSaysItCanDoForThisBuyerIsAPromise(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("您可以申请退货")] // the buyer's option
    [InlineData("本店支持七天无理由退换货，可以退的")] // a rule
    [InlineData("可以给您申请一下，但是要看主管批不批")] // someone else decides
    public void WhatIsMerelyPossibleIsNoPromise(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("您的发票开具，我会短信通知您的", PromiseType.FollowUp)] // a notice is the shop contacting the buyer (the labellers' reading since stop 14)
    [InlineData("在您的发票开具后，帮您修改抬头", PromiseType.Invoice)] // a vague act about what it waits for
    [InlineData("退款申请已经提交成功这边会发您邮箱的", PromiseType.Other)] // 会 after 已经…: a new, future predicate
    public void TypeAndScopeAcrossClauses(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("订单取消之后，财务[数字x]小时内审核退款哦")] // a deadline timing a process step after a trigger
    [InlineData("需要售后先审核后才会下发取件单")] // 才: what must happen first
    [InlineData("订单完成[数字x]天内降价可以申请差价")] // 降价 is the price dropping
    [InlineData("亲，我们家的发货速度很快的")] // a possessor, not the one acting
    [InlineData("这边商品退回到仓库后再处理")] // a noun between the speaker and the verb
    [InlineData("亲亲，您是想取消自动续费，还是小妹这边帮您申请退费呢")] // either-or question
    public void NotPromises(string text) => Assert.Null(Main(text));

    [Fact]
    public void TheBuyersOwnStepIsNoTopicForANotice() =>
        Assert.NotEqual(PromiseType.ReturnExchange, Main("建议您申请售后，这边会有同事处理之后短信告知您"));

    [Fact]
    public void ShopPriceCutIsStillADiscount() => Assert.Equal(PromiseType.Discount, Main("这单我给您降价[金额x]元"));

    [Theory]
    [InlineData("这边给您申请处理的 申请原返[数字x]-[数字x]个工作日到账", PromiseType.Refund)] // in the next sentence
    [InlineData("好的，帮您备注不要放发票", PromiseType.Other)] // a negated thing is no topic
    public void PaperworkTakesTheTypeOfWhatItIsFor(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Fact]
    public void VoidingACouponPromisesNoDiscount() => Assert.Equal(PromiseType.Refund, Main("这边会作废优惠券哦，然后帮您申请差价哦"));

    [Fact]
    public void AConsentTagRightAfterARequestAsksAboutTheRequest() =>
        Assert.Equal(PromiseType.FollowUp, Main("我马上为您升级专员，会在24小时之内电话联系您，请您给小妹留一个电话号码，好吗?"));

    [Fact]
    public void AConsentTagAfterThePlanPutsThePlanToTheBuyer() =>
        Assert.Null(Main("我为您反馈到专员处理，请您提供一下联系方式，我们会在24小时内给您回电，您看可以吗?"));

    // Revision 2: cancelling or unlocking is done while the buyer waits; what follows it may still be promised.
    [Theory]
    [InlineData("好的在这面帮您取消订单哈")]
    [InlineData("这就为您取消")]
    [InlineData("小妹这边可以帮您取消订单")]
    [InlineData("好的 为您解锁")]
    public void CancellingInTheChatIsInChatWork(string text) => Assert.Null(Main(text));

    [Fact]
    public void ARefundPromisedWithTheCancelStillCounts() => Assert.Equal(PromiseType.Refund, Main("这边帮您取消订单，明天给您退款"));

    [Fact]
    public void WhatACourierDoesOnTheWayIsTheCouriers() => Assert.Null(Main("师傅上门取件会联系您的呢"));
}
