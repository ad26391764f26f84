using Archive.Ingestion.Parsing;
using Archive.Messages;

namespace Archive.Core.Tests.Ingestion;

/// <summary>Qianniu exports beyond single lines: multi-line text, headers, conversations, ids and encodings.</summary>
public class QianniuExportStructureTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static ParseResult Txt(string content, string name = "export.txt") =>
        InboxFileParser.Parse(Encodings.Utf8(content), name);

    private static ChatMessage Only(string content) => ParseAssert.Clean(Txt(content), 1).Messages[0];

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

    [Fact]
    public void DecorationInsideAnAutoReplyStaysPartOfItsText()
    {
        var result = ParseAssert.Clean(Txt("""
            2023-01-06 10:40:12 买家: 在吗
            2023-01-06 10:40:13 小米旗舰店:客服A: [自动回复]欢迎光临
            ━━━━━━━━
            1. 查询物流

            ========
            2. 退换货
            2023-01-06 10:41:00 买家: 1
            """), 3);
        Assert.Equal("[自动回复]欢迎光临\n━━━━━━━━\n1. 查询物流\n\n========\n2. 退换货", result.Messages[1].Text);
    }

    [Fact]
    public void DecorationBetweenMessagesIsSkipped()
    {
        var result = ParseAssert.Clean(Txt("2023-01-06 10:40:12 买家: 在吗\n------------------\n\n2023-01-06\n2023-01-06 10:41:00 买家: 好\n=========="), 2);
        Assert.Equal(["在吗", "好"], result.Messages.Select(m => m.Text));
    }

    [Fact]
    public void ContentLineThatMerelyMentionsAChatRecordIsKept()
    {
        Assert.Equal("看这个\n与客服的聊天记录我截图了", Only("2023-01-06 10:40:12 买家: 看这个\n与客服的聊天记录我截图了").Text);
    }

    [Fact]
    public void UnderATitleEveryOtherPlainSpeakerIsTheShopsMainAccount()
    {
        var result = ParseAssert.Clean(Txt("===== 与 tb_小王 的聊天记录 (2023-01-06 至 2023-01-07) =====\n2023-01-06 10:40:12 tb_小王: 在吗\n2023-01-06 10:40:20 小店: 在的"), 2);
        var m = result.Messages[1];
        Assert.Equal(("agent", "小店", "小店", "tb_小王"), (m.Sender, m.ShopId, m.AgentId, m.BuyerId));
        Assert.Equal("小店", result.Messages[0].ShopId);
    }

    [Fact]
    public void DocumentedExampleParsesAsDescribed()
    {
        var result = ParseAssert.Clean(Txt("""
            ===== 与 tb_小王 的聊天记录 =====
            聊天记录导出时间: 2023-01-07 09:00:00
            2023-01-06 10:40:12 tb_小王: 这款手机有货吗？订单号: 1234
            2023-01-06 10:40:13 小米旗舰店:客服A: [自动回复]您好，欢迎光临
            ━━━━━━━━
            1. 查询物流  2. 退换货
            2023-01-06 10:41:02 小米旗舰店:客服A：亲，有货的
            今天下单明天发货
            2023/01/06 10:45 系统消息: 买家已下单
            """), 4);
        Assert.Equal(
            [("buyer", null, "这款手机有货吗？订单号: 1234"), ("auto", "客服A", "[自动回复]您好，欢迎光临\n━━━━━━━━\n1. 查询物流  2. 退换货"),
             ("agent", "客服A", "亲，有货的\n今天下单明天发货"), ("system", null, "买家已下单")],
            result.Messages.Select(m => (m.Sender, m.AgentId, m.Text)));
        Assert.All(result.Messages, m => Assert.Equal(("tb_小王", "小米旗舰店"), (m.BuyerId, m.ShopId)));
        Assert.Single(result.Messages.Select(m => m.ConversationId).Distinct());
        Assert.Equal(new DateTimeOffset(2023, 1, 6, 10, 45, 0, Cst), result.Messages[3].SentAt);
    }
}
