using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>
/// A promise of paperwork only (会帮您申请, 小妹帮您修改) is typed by what the conversation was about just before it, as
/// docs/promise-labelling.md types it (a filing done now, in the chat, is no promise at all: revision 3). Sentences
/// written for these tests.
/// </summary>
public class ConversationContextTests
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly PromiseDetector _detector = new();

    private PromiseType? Main(string text, params string[] earlier) =>
        _detector.DetectShopPromises(text, SentAt, earlier) is { Count: > 0 } found ? found[0].Type : null;

    [Theory]
    [InlineData("妹子会帮您申请的哈", "那我需要退货的那个是您帮我申请还是我自己来?", PromiseType.ReturnExchange)]
    [InlineData("订单完成后 小妹帮您修改", "我不是下载发票，是要将个人更改成公司的", PromiseType.Invoice)]
    [InlineData("小妹帮您修改一下哦", "麻烦把抬头改成公司", PromiseType.Invoice)]
    [InlineData("好的，这边会给您申请，请耐心等待", "這單降價了，能退差價嗎", PromiseType.Refund)]
    public void PaperworkPromiseTakesTheTopicTheBuyerRaised(string text, string buyerBefore, PromiseType expected)
    {
        Assert.Equal(PromiseType.Other, Main(text));
        Assert.Equal(expected, Main(text, buyerBefore));
    }

    [Fact]
    public void NearestEarlierMessageWithATopicDecides() =>
        Assert.Equal(PromiseType.Invoice, Main("小妹会帮您申请", "好的谢谢", "发票还没开呢", "我要退货"));

    [Fact]
    public void TopicNamedInTheMessageItselfWinsOverTheConversation() =>
        Assert.Equal(PromiseType.Refund, Main("这边会给您申请退款，请耐心等待", "发票还没开呢"));

    [Fact]
    public void ContextNeverTurnsANonPromiseIntoOne() => Assert.Null(Main("您可以自己申请哦", "我要退货"));

    [Fact]
    public void ContextDoesNotRetypeAnActionWithATypeOfItsOwn() =>
        Assert.Equal(PromiseType.Shipping, Main("明天给您发货", "我要退款"));

    [Fact]
    public void TopicsBeyondTheDepthReadAreIgnored()
    {
        var filler = Enumerable.Repeat("好的", PromiseDetector.ContextDepth).ToArray();
        Assert.Equal(PromiseType.Other, Main("小妹会帮您申请", [.. filler, "我要退货"]));
    }
}
