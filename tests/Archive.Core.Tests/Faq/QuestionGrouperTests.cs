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

    [Fact]
    public void GroupsOfOneQuestionWordedApartAreMergedInASecondPass()
    {
        // 快递一般几天到 is below the threshold of 几天能到北京, the first wording of its group (the others, closer still
        // to it, are not exemplars), so the first pass starts a group for it; the second pass compares the groups'
        // mean vectors (average linkage), which weigh in 一般几天到货 too, and re-joins them.
        var normalizer = new QuestionNormalizer();
        (string Question, int Weight)[] asked =
        [
            ("几天能到北京", 50), ("一般几天到货", 45), ("寄到上海要几天", 10), ("快递一般几天到", 10),
            ("什么时候发货", 40), ("包邮吗", 40), ("有优惠吗", 30), ("质量怎么样", 20),
        ];
        var keys = asked.Select(a => normalizer.Normalize(a.Question).Key).ToList();
        var similarity = QuestionGrouper.SimilarityOver(keys);
        var groups = new QuestionGrouper().Group(keys, asked.Select(a => a.Weight).ToList());

        Assert.True(similarity(keys[0], keys[3]) < QuestionGrouper.DefaultThreshold);
        Assert.Equal(0, groups[0]);
        for (var i = 1; i < 4; i++) Assert.Equal(groups[0], groups[i]);
        for (var i = 4; i < keys.Count; i++) Assert.NotEqual(groups[0], groups[i]);
    }
}
