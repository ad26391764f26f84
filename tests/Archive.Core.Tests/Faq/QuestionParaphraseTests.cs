using Archive.Faq;

namespace Archive.Core.Tests.Faq;

/// <summary>Paraphrases that share few words but ask one question, and look-alikes that ask different ones.</summary>
public sealed class QuestionParaphraseTests
{
    private static int[] Group(params string[] questions)
    {
        var normalizer = new QuestionNormalizer();
        var keys = questions.Select(q => normalizer.Normalize(q).Key).ToList();
        return new QuestionGrouper().Group(keys, keys.Select(_ => 1).ToList());
    }

    [Fact]
    public void AskingWhichCourierAndAskingToChooseTheCourierGroupTogether()
    {
        var groups = Group("用的哪个快递", "可以指定快递吗", "发什么快递", "快递是哪家的", "能发顺丰吗", "快递到哪了", "包邮吗", "什么时候发货");

        for (var i = 1; i < 5; i++) Assert.Equal(groups[0], groups[i]);
        for (var i = 5; i < 8; i++) Assert.NotEqual(groups[0], groups[i]);
    }

    [Fact]
    public void AskingToCheckTheParcelIsAQuestionOfWhereItIs()
    {
        Assert.True(QuestionDetector.IsQuestion("查一下我的快递"));
        Assert.True(QuestionDetector.IsQuestion("帮我查下物流"));
        Assert.False(QuestionDetector.IsQuestion("我查了一下"));

        var groups = Group("我的快递到哪了", "查一下我的快递", "帮我查下物流到哪了", "几天能到", "用的哪个快递");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.NotEqual(groups[0], groups[3]);
        Assert.NotEqual(groups[0], groups[4]);
    }

    [Fact]
    public void ChangingTheAddressIsNotAnExchangeWhateverTheVerb()
    {
        var groups = Group("能不能更换收货地址", "可以改地址吗", "能换货吗", "可以换一个吗");

        Assert.Equal(groups[0], groups[1]);
        Assert.NotEqual(groups[0], groups[2]);
        Assert.Equal(groups[2], groups[3]);
    }

    [Fact]
    public void AskingAboutAMemberDiscountIsNotAskingWhetherThereIsADiscount()
    {
        var groups = Group("有优惠吗", "有什么优惠", "有折扣吗", "老顾客有优惠吗", "会员有折扣吗", "老客户有没有优惠", "包邮吗");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.Equal(groups[3], groups[4]);
        Assert.Equal(groups[3], groups[5]);
        Assert.NotEqual(groups[0], groups[3]);
    }

    [Fact]
    public void WhenTheRefundArrivesIsNotWhenTheParcelArrives()
    {
        var groups = Group("几天能到", "多久能到", "大概几天到货", "退款多久到", "退款几天到账", "什么时候发货");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.NotEqual(groups[0], groups[3]);
        Assert.NotEqual(groups[0], groups[4]);
    }

    [Fact]
    public void HowToReturnAndWhetherReturnsAreAllowedStayApartEvenInTwoCharacters()
    {
        var groups = Group("退货", "能退吗", "可以退货吗", "怎么退", "退货怎么退", "什么时候补货", "有货吗", "啥时候有货");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[1], groups[2]);
        Assert.Equal(groups[3], groups[4]);
        Assert.NotEqual(groups[1], groups[3]);
        // When it is back in stock is not whether it is in stock.
        Assert.Equal(groups[5], groups[7]);
        Assert.NotEqual(groups[6], groups[7]);
    }

    [Fact]
    public void AskingUntilWhenAPromotionRunsIsAWhenQuestion()
    {
        var groups = Group("有优惠吗", "有什么活动", "活动到哪天", "优惠什么时候截止", "活动什么时候结束");

        Assert.Equal(groups[2], groups[3]);
        Assert.Equal(groups[2], groups[4]);
        Assert.NotEqual(groups[0], groups[2]);
        Assert.NotEqual(groups[1], groups[2]);
    }

    [Fact]
    public void AWordingThatNamesNoSubjectIsCountedForNoQuestion()
    {
        var groups = Group("可以改地址吗", "能改地址吗", "可以改吗", "能改一下吗", "改地址");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[4]);
        Assert.NotEqual(groups[0], groups[2]);
        Assert.NotEqual(groups[0], groups[3]);
    }

    [Fact]
    public void AKeyReachingAGroupOnlyThroughAVariantFarFromItsFirstWordingStartsItsOwnGroup()
    {
        // 付款什么时候退 matches the variant 付款什么时候发货 (shared 付款, 什么时候), but 什么时候退 shares only the asking
        // word with 什么时候发货, the group's first wording: it must not be chained in.
        var normalizer = new QuestionNormalizer();
        (string Question, int Weight)[] asked = [("什么时候发货", 9), ("付款后什么时候发货", 5), ("付款后什么时候退", 3), ("什么时候退", 2), ("包邮吗", 4)];
        var keys = asked.Select(a => normalizer.Normalize(a.Question).Key).ToList();
        var groups = new QuestionGrouper().Group(keys, asked.Select(a => a.Weight).ToList());

        Assert.Equal(groups[0], groups[1]);
        Assert.NotEqual(groups[0], groups[3]);
    }

    [Fact]
    public void APhoneNumberIsNotASize()
    {
        var normalizer = new QuestionNormalizer();

        Assert.DoesNotContain("尺码", normalizer.Normalize("电话号码能改吗").Key.Split(' '));
        Assert.Contains("电话", normalizer.Normalize("电话号码能改吗").Key.Split(' '));
    }

    [Fact]
    public void AskingWhereToChangeSomethingIsNotAskingWhereTheParcelIs()
    {
        var groups = Group("我的快递到哪了", "快递到哪里了", "在哪里改", "在哪里修改");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[2], groups[3]);
        Assert.NotEqual(groups[0], groups[2]);
    }

    [Fact]
    public void AskingWhereToCollectACouponIsAskingHowToCollectIt()
    {
        var groups = Group("店铺券在哪里领", "优惠券怎么领", "有优惠券吗", "有没有优惠券");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[2], groups[3]);
        Assert.NotEqual(groups[0], groups[2]);
    }

    [Fact]
    public void NotYetSentOutLeavesNoStrayCharacterInTheKey()
    {
        var normalizer = new QuestionNormalizer();

        Assert.Equal(normalizer.Normalize("怎么还没发货").Key, normalizer.Normalize("怎么还没发出").Key);
    }

    [Theory]
    [InlineData("是这样吗")]
    [InlineData("然后呢")]
    [InlineData("我看看呢")]
    [InlineData("可以改吗")]
    public void ARepliedQuestionThatNamesNothingOfTheShopIsVague(string text) =>
        Assert.True(FaqGroupStats.IsVagueKey(new QuestionNormalizer().Normalize(text).Key), text);
}
