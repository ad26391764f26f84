using Archive.Ingestion.Parsing;
using Archive.Messages;

namespace Archive.Core.Tests.Ingestion;

public class QianniuTranscriptTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static ParseResult Txt(string content, string name = "export.txt") =>
        InboxFileParser.Parse(Encodings.Utf8(content), name);

    private static ChatMessage Only(string content) => ParseAssert.Clean(Txt(content), 1).Messages[0];

    [Fact]
    public void QianniuBuyerLineBecomesBuyerMessageAtChinaStandardTime()
    {
        var m = Only("2023-01-06 10:40:12 买家昵称: 这个有货吗");
        Assert.Equal(("buyer", "买家昵称", "这个有货吗", null), (m.Sender, m.BuyerId, m.Text, m.AgentId));
        Assert.Equal(new DateTimeOffset(2023, 1, 6, 10, 40, 12, Cst), m.SentAt);
        Assert.Equal(Cst, m.SentAt.Offset);
    }

    [Fact]
    public void QianniuShopSpeakerBecomesAgentWithShopAndAgentIds()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:12 tb_buyer: 在吗\n2023-01-06 10:41:02 小米旗舰店:客服A: 亲，在的"), 2);
        var m = result.Messages[1];
        Assert.Equal(("agent", "小米旗舰店", "客服A", "tb_buyer", "亲，在的"), (m.Sender, m.ShopId, m.AgentId, m.BuyerId, m.Text));
    }

    [Theory]
    [InlineData("2023-01-06 10:40:12 买家昵称：这个有货吗", "买家昵称", "这个有货吗")]
    [InlineData("2023-01-06 10:40:12 买家昵称 ： 这个有货吗", "买家昵称", "这个有货吗")]
    [InlineData("2023-01-06 10:40:12 tb 小 王: 这个有货吗", "tb 小 王", "这个有货吗")]
    [InlineData("2023-01-06 10:40:12 买家: 订单号: 123：456", "买家", "订单号: 123：456")]
    [InlineData("2023-01-06 10:40:12 买家：请问:10:30前能发货吗", "买家", "请问:10:30前能发货吗")]
    [InlineData("2023-01-06 10:40:12 买家:你好", "买家", "你好")]
    [InlineData("2023-01-06 10:40:12\t买家:\t你好 ", "买家", "你好 ")]
    public void BuyerSpeakerEndsAtTheFirstSeparatorColon(string line, string buyer, string text)
    {
        var m = Only(line);
        Assert.Equal(("buyer", buyer, text), (m.Sender, m.BuyerId, m.Text));
    }

    [Theory]
    [InlineData("2023-01-06 10:41:02 小米旗舰店:客服A：亲，在的", "客服A", "亲，在的")]
    [InlineData("2023-01-06 10:41:02 小米旗舰店:客服 A: 亲: 在的", "客服 A", "亲: 在的")]
    [InlineData("2023-01-06 10:41:02 小米旗舰店:客服A:亲，在的", "客服A", "亲，在的")] // shop known from the first line
    public void ShopAgentSpeakerAcceptsEveryColonStyle(string line, string agent, string text)
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:00 买家: 在吗\n2023-01-06 10:40:01 小米旗舰店:客服B: 欢迎\n" + line), 3);
        var m = result.Messages[2];
        Assert.Equal(("agent", "小米旗舰店", agent, text), (m.Sender, m.ShopId, m.AgentId, m.Text));
    }

    [Fact]
    public void TwoBareColonsWithAnUnknownShopAreRejectedAsAmbiguous()
    {
        var result = Txt("2023-01-06 10:40:12 买家: 在吗\n2023-01-06 10:40:13 买家:订单号:123");
        Assert.Single(result.Messages);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith("ambiguous speaker", rejection.Reason);
    }

    [Fact]
    public void MainAccountOfAKnownShopSpeaksAsAgent()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:12 买家: 在吗\n2023-01-06 10:40:20 小米旗舰店: [自动回复]欢迎光临\n2023-01-06 10:41:00 小米旗舰店: 亲，在的"), 3);
        Assert.Equal(["buyer", "auto", "agent"], result.Messages.Select(m => m.Sender));
        Assert.All(result.Messages.Skip(1), m => Assert.Equal(("小米旗舰店", "买家"), (m.ShopId, m.BuyerId)));
    }

    [Theory]
    [InlineData("[自动回复]您好，欢迎光临")]
    [InlineData("【自动回复】您好")]
    [InlineData("（自动回复）您好")]
    [InlineData(" [机器人自动回复] 您好")]
    [InlineData("[Auto-Reply] hello")]
    public void AutoReplyMarkersMakeTheMessageAuto(string content)
    {
        var result = ParseAssert.Clean(Txt($"2023-01-06 10:40:12 买家: 在吗\n2023-01-06 10:40:13 小米旗舰店:客服A: {content}"), 2);
        var m = result.Messages[1];
        Assert.Equal(("auto", "客服A", content.TrimStart()), (m.Sender, m.AgentId, m.Text));
    }

    [Theory]
    [InlineData("系统")]
    [InlineData("系统消息")]
    [InlineData("系统提示")]
    public void SystemSpeakerBecomesSystemForTheCurrentBuyer(string speaker)
    {
        var result = ParseAssert.Clean(Txt($"2023-01-06 10:40:12 买家: 在吗\n2023-01-06 10:40:13 {speaker}: 买家已下单"), 2);
        Assert.Equal(("system", "买家"), (result.Messages[1].Sender, result.Messages[1].BuyerId));
    }

    [Theory]
    [InlineData("2023/01/06 10:40:12 买家: 你好", 12)]
    [InlineData("2023-01-06 10:40 买家: 你好", 0)]
    [InlineData("2023/1/6 10:40 买家: 你好", 0)]
    public void SlashDatesAndTimesWithoutSecondsAreAccepted(string line, int seconds)
    {
        Assert.Equal(new DateTimeOffset(2023, 1, 6, 10, 40, seconds, Cst), Only(line).SentAt);
    }

    [Fact]
    public void ShopLinesBeforeAnyBuyerBelongToTheFilesFirstBuyer()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:00 小米旗舰店:客服A: 欢迎\n2023-01-06 10:40:12 买家甲: 在吗"), 2);
        Assert.Equal("买家甲", result.Messages[0].BuyerId);
    }

    [Fact]
    public void ShopLinesInAFileWithoutBuyersAreRejected()
    {
        var result = Txt("2023-01-06 10:40:00 小米旗舰店:客服A: 欢迎");
        Assert.Empty(result.Messages);
        Assert.StartsWith("no buyer in the file", Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void ShopLinesBelongToTheMostRecentBuyerInMultiBuyerFiles()
    {
        var result = ParseAssert.Clean(Txt("""
            2023-01-06 10:40:00 买家甲: 在吗
            2023-01-06 10:40:10 小米旗舰店:客服A: 在的
            2023-01-06 10:41:00 买家乙: 有货吗
            2023-01-06 10:41:10 小米旗舰店:客服B: 有的
            """), 4);
        Assert.Equal(["买家甲", "买家甲", "买家乙", "买家乙"], result.Messages.Select(m => m.BuyerId));
        Assert.NotEqual(result.Messages[0].ConversationId, result.Messages[2].ConversationId);
        Assert.Equal(result.Messages[2].ConversationId, result.Messages[3].ConversationId);
        Assert.All(result.Messages, m => Assert.Equal("小米旗舰店", m.ShopId)); // buyers take their conversation's shop
    }

    [Fact]
    public void ChatTitleLineNamesTheBuyerOfFollowingShopLines()
    {
        var result = ParseAssert.Clean(Txt("===== 与 tb_小王 的聊天记录 =====\n2023-01-06 10:40:00 小米旗舰店:客服A: 欢迎\n2023-01-06 10:40:12 tb_小王: 在吗"), 2);
        Assert.All(result.Messages, m => Assert.Equal("tb_小王", m.BuyerId));
        Assert.Equal(result.Messages[0].ConversationId, result.Messages[1].ConversationId);
    }
}
