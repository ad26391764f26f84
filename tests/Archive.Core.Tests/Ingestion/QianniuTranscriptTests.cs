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

    [Fact]
    public void ContinuationLinesJoinTheMessageWithNewlines()
    {
        var m = Only("2023-01-06 10:40:12 买家: 第一行\n第二行\n\n  第四行有缩进\n2023-01-06 10:40\n\n\n");
        Assert.Equal("第一行\n第二行\n\n  第四行有缩进\n2023-01-06 10:40", m.Text);
    }

    [Fact]
    public void SpeakerLineEndingWithAColonTakesItsTextFromTheNextLines()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:12 买家: 在吗\r\n2023-01-06 10:41:02 小米旗舰店:客服A:\r\n亲，在的\r\n有什么可以帮您"), 2);
        Assert.Equal(("客服A", "亲，在的\n有什么可以帮您"), (result.Messages[1].AgentId, result.Messages[1].Text));
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

    [Theory]
    [InlineData("===== 与 tb_小王 的聊天记录 =====")]
    [InlineData("与tb_小王的聊天记录")]
    [InlineData("聊天记录导出时间: 2023-01-07 12:00:00")]
    [InlineData("导出时间：2023-01-07 12:00:00")]
    [InlineData("聊天对象：tb_小王")]
    [InlineData("----------------------------")]
    [InlineData("2023-01-06")]
    [InlineData("2023-01-06 星期五")]
    [InlineData("———— 以上是历史消息 ————")]
    public void ExportHeaderLinesAreSkippedNotRejected(string header)
    {
        ParseAssert.Clean(Txt($"{header}\n2023-01-06 10:40:12 tb_小王: 在吗\n{header}\n"), 1);
    }

    [Fact]
    public void UnknownLineBeforeTheFirstMessageIsRejected()
    {
        var result = Txt("这不是消息\n2023-01-06 10:40:12 买家: 在吗");
        Assert.Single(result.Messages);
        Assert.Equal(1, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void InvalidDateIsRejectedTogetherWithItsContinuationLines()
    {
        var result = Txt("2023-02-30 10:40:12 买家: 在吗\n还有一行\n2023-01-06 25:00:00 买家: x\n2023-01-06 10:40:12 买家: 好");
        Assert.Equal("好", Assert.Single(result.Messages).Text);
        Assert.Equal([1, 3], result.Rejections.Select(r => r.Line));
        Assert.Contains("not a valid date", result.Rejections[0].Reason);
    }

    [Fact]
    public void ConversationSplitsAfterTwoHoursOfSilenceAndAtMidnight()
    {
        var result = ParseAssert.Clean(Txt("""
            2023-01-06 10:00:00 买家: 一
            2023-01-06 12:00:00 小米旗舰店:客服A: 二
            2023-01-06 14:00:01 买家: 三
            2023-01-06 23:59:00 买家: 四
            2023-01-07 00:01:00 买家: 五
            """), 5);
        var ids = result.Messages.Select(m => m.ConversationId).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(4, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("qn-", id));
    }

    [Fact]
    public void SameExportUnderAnotherNameGivesTheSameIds()
    {
        const string export = "2023-01-06 10:40:12 买家: 在吗\n2023-01-06 10:41:02 小米旗舰店:客服A: 亲，在的";
        var a = Txt(export, "a.txt").Messages;
        var b = Txt("===== 与 买家 的聊天记录 =====\r\n" + export.Replace("\n", "\r\n"), "other.TXT").Messages;
        Assert.Equal(a.Select(m => (m.MessageId, m.ConversationId)), b.Select(m => (m.MessageId, m.ConversationId)));
    }

    [Fact]
    public void OverlappingExportsKeepMessageIdsEvenWhenTheConversationStartDiffers()
    {
        const string tail = "2023-01-06 10:41:02 小米旗舰店:客服A: 亲，在的";
        var full = Txt("2023-01-06 10:40:12 买家: 在吗\n" + tail).Messages[1];
        var partial = Txt("2023-01-06 10:40:50 买家: 有货吗\n" + tail).Messages[1];
        Assert.Equal(full.MessageId, partial.MessageId);
    }

    [Fact]
    public void IdenticalMessagesInTheSameSecondKeepDistinctIds()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:12 买家: 好\n2023-01-06 10:40:12 买家: 好"), 2);
        Assert.NotEqual(result.Messages[0].MessageId, result.Messages[1].MessageId);
    }

    [Fact]
    public void GbkEncodedQianniuExportIsDecodedIntact()
    {
        using var dir = new TempDir();
        const string export = "===== 与 买家小王 的聊天记录 =====\r\n2023-01-06 10:40:12 买家小王: 这款手机有货吗？\r\n2023-01-06 10:41:02 小米旗舰店:客服A：亲，有货的，今天下单明天发货\r\n";
        var result = ParseAssert.Clean(InboxFileParser.Parse(dir.Write("聊天记录.txt", Encodings.GbkBytes(export))), 2);
        Assert.Equal("gb18030", result.EncodingName);
        Assert.Equal(("买家小王", "这款手机有货吗？"), (result.Messages[0].BuyerId, result.Messages[0].Text));
        Assert.Equal(("小米旗舰店", "客服A", "亲，有货的，今天下单明天发货"),
            (result.Messages[1].ShopId, result.Messages[1].AgentId, result.Messages[1].Text));
    }

    [Fact]
    public void Utf8BomQianniuExportIsRead()
    {
        var result = ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8Bom("2023-01-06 10:40:12 买家: 在吗"), "x.txt"), 1);
        Assert.Equal(("utf-8-bom", "买家"), (result.EncodingName, result.Messages[0].BuyerId));
    }
}
