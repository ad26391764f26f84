using Archive.Faq;

namespace Archive.Core.Tests.Faq;

public sealed class ReplyTrimmerTests
{
    [Fact]
    public void ReplyTrimmerCutsAtSentenceBoundaryWithin128Chars()
    {
        var first = "亲，我们家默认发中通快递，全国大部分地区都是包邮的，新疆西藏等偏远地区需要补一点运费哦。";
        var second = "如果您着急的话也可以补差价改发顺丰，一般下单后四十八小时内发出，发出后两到三天就能到，具体以物流信息为准。";
        var third = "另外现在店铺有满减活动，满两件打九折，领券后下单会自动抵扣的，有任何问题随时联系我们哦。";

        var trimmed = ReplyTrimmer.Trim(first + second + third);

        Assert.True(trimmed.Length <= ReplyTrimmer.MaxLength, $"{trimmed.Length} chars");
        Assert.Equal(first + second, trimmed);
    }

    [Fact]
    public void ReplyTrimmerKeepsAShortReplyWhole() =>
        Assert.Equal("亲，满99包邮的哦", ReplyTrimmer.Trim("亲，满99包邮的哦😊"));

    [Fact]
    public void ReplyTrimmerRemovesPhonesOrderNumbersAndNames()
    {
        var trimmed = ReplyTrimmer.Trim("亲爱的张小花，您的订单4823019948213已经发出，有问题打13812345678，[姓名x]为您服务");

        Assert.DoesNotContain("张小花", trimmed);
        Assert.DoesNotContain("4823019948213", trimmed);
        Assert.DoesNotContain("13812345678", trimmed);
        Assert.DoesNotContain("[", trimmed);
        Assert.StartsWith("亲爱的，", trimmed);
    }

    [Fact]
    public void ReplyTrimmerTurnsNumberMasksIntoSlots() =>
        Assert.Equal("预计【数字】-【数字】天送达", ReplyTrimmer.Trim("[订单x]预计[数字x]-[数字x]天送达"));
}
