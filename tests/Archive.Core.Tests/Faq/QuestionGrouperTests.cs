using Archive.Faq;

namespace Archive.Core.Tests.Faq;

public sealed class QuestionGrouperTests
{
    private static int[] Group(params string[] questions)
    {
        var normalizer = new QuestionNormalizer();
        var keys = questions.Select(q => normalizer.Normalize(q).Key).ToList();
        return new QuestionGrouper().Group(keys, keys.Select(_ => 1).ToList());
    }

    [Fact]
    public void GrouperPutsBaoyouAndMianYunfeiTogether()
    {
        var groups = Group("包邮吗", "免运费吗", "能包邮吗", "发票怎么开", "质量怎么样");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.NotEqual(groups[0], groups[3]);
        Assert.NotEqual(groups[0], groups[4]);
    }

    [Fact]
    public void GrouperPutsRewordedShippingTimeQuestionsTogether()
    {
        var groups = Group("什么时候发货", "啥时候发货啊", "几时能寄出", "什么时候退款", "包邮吗", "发票怎么开", "有优惠券吗", "质量怎么样");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.NotEqual(groups[0], groups[3]);
    }

    [Fact]
    public void GrouperIsDeterministicWhateverTheInputOrder()
    {
        string[] questions = ["包邮吗", "免运费吗", "退货运费谁出", "运费怎么算", "什么时候发货", "几天能到"];
        var forward = Group(questions);
        var backward = Group(questions.Reverse().ToArray()).Reverse().ToArray();

        for (var i = 0; i < questions.Length; i++)
            for (var j = 0; j < questions.Length; j++)
                Assert.Equal(forward[i] == forward[j], backward[i] == backward[j]);
    }

    [Fact]
    public void GrouperReadsANotAQuestionsAndInputSlipsAsTheirPlainForm()
    {
        var groups = Group("包邮吗", "包不包邮", "包邮不包邮啊", "能便宜点吗", "能不能便易些", "有货吗");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[0], groups[2]);
        Assert.Equal(groups[3], groups[4]);
        Assert.NotEqual(groups[0], groups[5]);
    }

    [Fact]
    public void GrouperKeepsHowQuestionsApartFromYesNoQuestionsOnTheSameSubject()
    {
        var groups = Group("能退货吗", "可以退货吗", "退货怎么操作", "怎么申请退货");

        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(groups[2], groups[3]);
        Assert.NotEqual(groups[0], groups[2]);
    }
}
