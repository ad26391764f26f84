using Archive.Promises;

namespace Archive.Core.Tests.Promises;

public class PromiseDetectorTests
{
    // Friday 1 March 2024, 10:00 in China.
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly PromiseDetector _detector = new();

    private DetectedPromise Single(string text)
    {
        var found = _detector.DetectShopPromises(text, SentAt);
        Assert.True(found.Count == 1, $"expected one promise in '{text}', got {found.Count}: {string.Join(", ", found)}");
        return found[0];
    }

    private void None(string text) => Assert.Empty(_detector.DetectShopPromises(text, SentAt));

    [Theory]
    [InlineData("明天给您发货", PromiseType.Shipping)]
    [InlineData("这单给您包邮了，您直接拍就行", PromiseType.FreeShipping)]
    [InlineData("拍下后我给您加送一个收纳袋", PromiseType.Gift)]
    [InlineData("给您一张20元无门槛优惠券，下单就能用", PromiseType.Discount)]
    [InlineData("差价12元给您退回去，1-3个工作日到账", PromiseType.Refund)]
    [InlineData("退回来我们给您换一件白色的", PromiseType.ReturnExchange)]
    [InlineData("实在抱歉，给您补偿10元红包", PromiseType.Compensation)]
    [InlineData("我帮您联系快递，明天给您回电话", PromiseType.FollowUp)]
    [InlineData("纸质发票会随货一起寄出", PromiseType.Invoice)]
    [InlineData("保证正品，假一赔十", PromiseType.Quality)]
    [InlineData("好的，帮您把地址改成公司地址", PromiseType.Other)]
    public void EachTypeIsRecognised(string text, PromiseType type) => Assert.Equal(type, Single(text).Type);

    [Theory]
    [InlineData("要帮您退款吗？")]
    [InlineData("明天帮您补发可以吗？")]
    [InlineData("需要给您开发票吗？")]
    [InlineData("您看明天给您发货，行不行？")]
    [InlineData("给您补寄一个，您看可以么")]
    [InlineData("为您转接售后处理 可以吗")]
    [InlineData("您的发票开具，我会通知您的。您看可以吗 请您留个联系电话")] // the tag opens the next sentence
    public void QuestionOfferIsNotAPromise(string text) => None(text);

    [Fact]
    public void QuestionOfAnotherKindInTheNextSentenceLeavesTheCommitment() =>
        Assert.Equal(PromiseType.Shipping, Single("明天给您发货。您还有其他问题吗").Type);

    [Fact]
    public void ConsentQuestionAboutADetailLeavesTheEarlierCommitment() =>
        Assert.Equal(PromiseType.Compensation, Single("给您先操作补发的 原地址寄出可以吗").Type);

    [Fact]
    public void ConditionalGiftIsAPromiseWithItsCondition()
    {
        var promise = Single("如果您给好评，我们再送您一个手机支架");
        Assert.Equal(PromiseType.Gift, promise.Type);
        Assert.Equal("您给好评", promise.Condition);
    }

    [Fact]
    public void ConditionWrittenWithDeHuaIsKept()
    {
        var promise = Single("两件一起拍的话就给您包邮哦");
        Assert.Equal(PromiseType.FreeShipping, promise.Type);
        Assert.Equal("两件一起拍", promise.Condition);
    }

    [Fact]
    public void NegationInsideTheConditionDoesNotNegateThePromise()
    {
        var promise = Single("如果三天内还没到，就给您退款");
        Assert.Equal(PromiseType.Refund, promise.Type);
        Assert.Equal("三天内还没到", promise.Condition);
    }

    [Theory]
    [InlineData("不能包邮哦")]
    [InlineData("亲，偏远地区不包邮的呢")]
    [InlineData("这款不参加包邮活动哦")]
    public void NegatedFreeShippingIsNotAPromise(string text) => None(text);

    [Theory]
    [InlineData("抱歉没能及时回复您哈")] // an apology for what was not done
    [InlineData("很抱歉未能按时给您发货")]
    public void WhatTheShopCouldNotDoIsNotAPromise(string text) => None(text);

    [Theory]
    [InlineData("这个无法补发的亲")]
    [InlineData("专票我们开不了哦")]
    [InlineData("不好意思，这个没法给您退差价")]
    [InlineData("超过七天就不支持无理由退货了哦")]
    [InlineData("不能保证明天一定到哦")]
    public void RefusalIsNotAPromise(string text) => None(text);

    [Theory]
    [InlineData("预计3天到")]
    [InlineData("一般两三天左右能到哦，具体以物流为准")]
    [InlineData("正常情况下48小时内发货")]
    [InlineData("可能明天能发出，我不太确定")]
    [InlineData("尽量今天给您发出，但不能保证哦")]
    [InlineData("亲爱的 您这个书属于缺货状态呢 预计 [数字x]-[数字x]周会发货呢")]
    public void HedgedEstimateIsNotAPromise(string text) => None(text);

    [Theory]
    [InlineData("请稍等，我帮您查一下物流")]
    [InlineData("亲，稍等哦，正在为您查询")]
    [InlineData("我帮您看一下什么时候能发货")]
    [InlineData("您稍等一会，马上回复您")]
    public void StallingIsNotAPromise(string text) => None(text);

    [Theory]
    [InlineData("全场满99包邮哦")]
    [InlineData("本店付款后48小时内发货，节假日顺延")]
    [InlineData("所有商品都是48小时内发货的")]
    [InlineData("包邮的，亲")]
    [InlineData("电子发票是订单确认收货完成之后24小时为您开具的")]
    public void PolicyTextIsNotAPromise(string text) => None(text);

    [Fact]
    public void PromotionConditionCommittedToThisBuyerIsAPromise() =>
        Assert.Equal(PromiseType.FreeShipping, Single("凑满两件的话，我给您包邮").Type);

    [Theory]
    [InlineData("已经给您发货了，单号是SF1234567")]
    [InlineData("退款已经处理了，您查收一下")]
    [InlineData("我刚给您催过快递了")]
    [InlineData("您的订单拦截成功，财务正在进行退款审核，请耐心等待。")]
    public void PastReportIsNotAPromise(string text) => None(text);

    [Fact]
    public void ReportFollowedByACommitmentIsAPromise()
    {
        var promise = Single("已经给您备注加急了，周五之前一定发出");
        Assert.Equal(PromiseType.Shipping, promise.Type);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 23, 59, 59, TimeSpan.FromHours(8)), promise.DueBy);
    }

    [Theory]
    [InlineData("您可以申请退款，系统会自动处理的")]
    [InlineData("如果是质量问题，您可以申请退货")]
    [InlineData("可以给您申请一下，但是要看主管批不批")]
    public void BuyerInstructionOrMereCapabilityIsNotAPromise(string text) => None(text);

    [Fact]
    public void TraditionalScriptPromiseIsDetected()
    {
        Assert.Equal(PromiseType.FreeShipping, Single("這單給您包郵，直接拍就可以了").Type);
        var shipping = Single("明天給您發貨，請放心");
        Assert.Equal(PromiseType.Shipping, shipping.Type);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 23, 59, 59, TimeSpan.FromHours(8)), shipping.DueBy);
    }

    [Fact]
    public void FullWidthDigitsAreRead() =>
        Assert.Equal(SentAt.AddHours(48), Single("４８小时内给您发货").DueBy);

    [Theory]
    [InlineData("亲，今天之内给您发或，您留意一下物流哈", PromiseType.Shipping)]
    [InlineData("给您包油了亲，放心拍", PromiseType.FreeShipping)]
    public void CommonTypoIsTolerated(string text, PromiseType type) => Assert.Equal(type, Single(text).Type);

    [Fact]
    public void MaskedDeadlineStaysUnresolved()
    {
        var promise = Single("[日期x]前一定给您发出");
        Assert.Equal(PromiseType.Shipping, promise.Type);
        Assert.Null(promise.DueBy);
        Assert.Null(Single("好的，这个问题我登记了，[数字x]个工作日内给您答复").DueBy);
    }

    [Fact]
    public void MaskedAmountHasNoValue()
    {
        var promise = Single("给您退[金额x]元，请注意查收");
        Assert.Equal(PromiseType.Refund, promise.Type);
        Assert.Null(promise.Amount);
    }

    [Theory]
    [InlineData("确认收货后给您返现10元", 10)]
    [InlineData("拍下后我给您改价便宜15块", 15)]
    [InlineData("如果您今天拍，就给您再便宜二十元", 20)]
    [InlineData("价保期内，退您差价¥20", 20)]
    [InlineData("快递压坏了我们负责，给您赔50块", 50)]
    [InlineData("老顾客给您打九折，拍下先别付款", 0.9)]
    [InlineData("下次购买报我名字，给您打八五折", 0.85)]
    [InlineData("给您8.5折", 0.85)]
    public void AmountIsExtracted(string text, double amount) => Assert.Equal((decimal)amount, Single(text).Amount);

    [Fact]
    public void ReplacementShippingIsFoldedIntoTheReplacement()
    {
        var promise = Single("少发的配件给您补发，明天寄出");
        Assert.Equal(PromiseType.Compensation, promise.Type);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 23, 59, 59, TimeSpan.FromHours(8)), promise.DueBy);
    }

    [Fact]
    public void NotificationAfterARefundIsAFollowUp() => // docs/promise-labelling.md: 改好我会短信告知您 is a follow_up
        Assert.Equal(PromiseType.FollowUp, Single("退款成功后会短信通知您").Type);

    [Fact]
    public void SeparateCommitmentsAreListedMainOneFirst()
    {
        var found = _detector.DetectShopPromises("这单给您包邮，明天一早给您发货", SentAt);
        Assert.Equal([PromiseType.FreeShipping, PromiseType.Shipping], found.Select(p => p.Type));
    }

    [Fact]
    public void EvidenceIsTheCommittingClause() =>
        Assert.Equal("今天下午五点前一定给您发出", Single("好的亲，今天下午五点前一定给您发出，放心哈").Evidence);

    [Theory]
    [InlineData("")]
    [InlineData("亲，在的，请问有什么可以帮您？")]
    [InlineData("感谢您对京东的支持，祝您生活愉快，再见!")]
    [InlineData("🙂👍")]
    public void GreetingsAndEmptyTextHaveNoPromises(string text) => None(text);

    [Fact]
    public void LongTextIsHandled()
    {
        var text = string.Concat(Enumerable.Repeat("亲，请问还有其他可以帮到您的吗？", 100)) + "明天给您补发";
        Assert.Equal(PromiseType.Compensation, Single(text).Type);
    }
}
