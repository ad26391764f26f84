using Archive.Faq;

namespace Archive.Core.Tests.Faq;

public sealed class QuestionDetectorTests
{
    [Theory]
    [InlineData("在吗")]
    [InlineData("亲在吗？")]
    [InlineData("你好")]
    [InlineData("好的谢谢")]
    [InlineData("嗯嗯")]
    [InlineData("OK")]
    [InlineData("[订单x]")]
    [InlineData("4823019948213")]
    [InlineData("订单号：4823019948213")]
    [InlineData("你是机器人吗")]
    [InlineData("哈哈哈😂")]
    [InlineData("好了吗")]
    public void QuestionDetectorRejectsGreetingsAndBareOrderNumbers(string text) =>
        Assert.False(QuestionDetector.IsQuestion(text), text);

    [Theory]
    [InlineData("包邮吗")]
    [InlineData("这件外套有没有黑色的")]
    [InlineData("什么时候发货")]
    [InlineData("运费多少")]
    [InlineData("能不能便宜点")]
    [InlineData("可以开发票吗")]
    [InlineData("發貨了嗎")]
    [InlineData("尺码偏大还是偏小呢")]
    [InlineData("帮我改下地址")]
    [InlineData("我要退款")]
    [InlineData("快递到哪了？")]
    public void QuestionDetectorAcceptsParticlesInterrogativesAndRequests(string text) =>
        Assert.True(QuestionDetector.IsQuestion(text), text);

    [Fact]
    public void QuestionDetectorTakesTheAskingSentencesOfALongMessage()
    {
        var found = QuestionDetector.FindQuestions("你好 我昨天买了一台电视 请问价保多少天？还有能开发票吗", new QuestionNormalizer());

        Assert.Equal(["价保多少天?", "还有能开发票吗"], found.Select(q => q.Display));
    }
}
