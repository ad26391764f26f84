using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// 安排 and 预约 with nothing else named mean arranging the delivery, as chat agents use them; arranging with the buyer
/// is getting back to them, and a named visit or invoice is what is arranged instead. Sentences written for these tests.
/// </summary>
public class ArrangementTypingRuleTests
{
    private PromiseType? Main(string text) => MainPromise.Of(text);

    [Theory]
    [InlineData("这边会尽快安排哦", PromiseType.Shipping)]
    [InlineData("会尽快为您预约 请您耐心等待", PromiseType.Shipping)]
    [InlineData("会和您预约的哈", PromiseType.FollowUp)] // the shop will get back to the buyer to fix a time
    [InlineData("我们会安排安装师傅明天上门", PromiseType.Other)] // a visit is what is arranged
    public void WhatIsArrangedTypesThePromise(string text, PromiseType expected) => Assert.Equal(expected, Main(text));

    [Theory]
    [InlineData("我帮您安排明天送下", PromiseType.Shipping)]
    [InlineData("明天给您送一下哈", PromiseType.Shipping)]
    [InlineData("明天给您送个小礼物", PromiseType.Gift)]
    [InlineData("下次再送一个赠品给您", PromiseType.Gift)]
    public void SendingWithOnlyAFillerAfterItIsDeliveringNotAGift(string text, PromiseType expected) => Assert.Equal(expected, Main(text));
}
