using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// Who a 会 speaks for, and statements of how things work rather than commitments: couriers, stations and the
/// system acting, consequences of a process step, practices stated as 保证. Sentences written for these tests.
/// </summary>
public class AgencyRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("到了站点以后会有配送师傅联系您的")]
    [InlineData("配送员明天会电话联系您的哈")]
    [InlineData("快递就会送到您家楼下的")]
    [InlineData("站点这边会安排配送的")]
    public void WhatAThirdPartyWillDoIsNotAPromise(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("小妹这边会联系您的", PromiseType.FollowUp)] // the speaker as subject
    [InlineData("我帮您联系快递会尽快给您送过去", PromiseType.Shipping)] // contacting is in-chat work; the delivery is promised
    [InlineData("付款了我们就会给您发货", PromiseType.Shipping)] // the speaker as subject of 就会
    [InlineData("如果审核通过就会给您退款", PromiseType.Refund)] // the agent's own conditional
    public void TheShopAsSubjectOfHuiStillCommits(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("资料审核通过了就会发货了")]
    [InlineData("签收以后就会自动确认收货的")]
    public void ProcessDescriptionWithJiuHuiIsNotAPromise(string text) => Assert.Null(Main(text));

    [Theory]
    [InlineData("我们都是厂家直供，从源头保证商品质量")]
    [InlineData("仓库通过层层抽检来保证品质")]
    public void QualityEnsuredByAMeansIsAPracticeNotAGuarantee(string text) => Assert.Null(Main(text));

    [Fact]
    public void AGuaranteeWithoutAMeansIsStillAQualityPromise() => Assert.Equal(PromiseType.Quality, Main("保证正品，假一赔十"));

    [Theory]
    [InlineData("周三咱们的师傅联系您安装", PromiseType.Other)] // the call only arranges the visit
    [InlineData("这边让库房和您联系确认地址", PromiseType.FollowUp)] // a call to confirm is the follow-up itself
    public void AContactTakesTheTypeOfTheVisitItArranges(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Fact]
    public void ReimbursingACostIsCompensation() => Assert.Equal(PromiseType.Compensation, Main("上门的费用我们会报销的"));

    [Theory]
    [InlineData("售后审核后会有换货和上门换新两种方式")] // something that exists, not something done
    [InlineData("出库以后会有短信提醒的")]
    public void WhatThereWillBeIsNotAPromise(string text) => Assert.Null(Main(text));

    [Fact]
    public void TheShopsOwnStaffStillCommit() => Assert.Equal(PromiseType.FollowUp, Main("稍后会有专人联系您的"));

    [Theory]
    [InlineData("快递小哥为了送得更快会提前帮您确认地址的")] // an action in a purpose phrase does not replace the subject
    [InlineData("包裹到了站点过后会尽快安排的")] // times and 后 between the subject and 会
    public void TheSubjectOfHuiIsFoundPastAdverbsAndPurposes(string text) => Assert.Null(Main(text));

    [Fact]
    public void AProcessConsequenceForThisBuyerIsAPromise() => Assert.Equal(PromiseType.FollowUp, Main("等审核出来了就会给您联系的"));
}
