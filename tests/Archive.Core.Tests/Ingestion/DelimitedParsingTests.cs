using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

public class DelimitedParsingTests
{
    private const string Header = "conversationId,buyerId,sender,sentAt,text,shopId,agentId";

    private static ParseResult Csv(string content) => InboxFileParser.Parse(Encodings.Utf8(content), "chats.csv");

    [Fact]
    public void CsvWithHeaderYieldsMessages()
    {
        var result = ParseAssert.Clean(Csv(Header + "\r\nc1,tb_buyer1,buyer,2023-01-06T10:40:12+08:00,请问有货吗,小米旗舰店,\r\n"), 1);
        var m = result.Messages[0];
        Assert.Equal(("c1", "tb_buyer1", "buyer", "请问有货吗", "小米旗舰店", null), (m.ConversationId, m.BuyerId, m.Sender, m.Text, m.ShopId, m.AgentId));
    }

    [Fact]
    public void CsvQuotedFieldMayContainCommasAndEscapedQuotes()
    {
        var result = ParseAssert.Clean(Csv(Header + "\nc1,b,agent,2023-01-06T10:41:02+08:00,\"亲,\"\"包邮\"\"的\",s,a"), 1);
        Assert.Equal("亲,\"包邮\"的", result.Messages[0].Text);
    }

    [Fact]
    public void CsvQuotedFieldMayContainNewlines()
    {
        var content = Header + "\nc1,b,agent,2023-01-06T10:41:02+08:00,\"第一行\r\n第二行\n第三行\",s,a\nc1,b,buyer,2023-01-06T10:42:00+08:00,好,s,\nc1,b,robot,2023-01-06T10:43:00+08:00,x,s,";
        var result = Csv(content);
        Assert.Equal("第一行\n第二行\n第三行", result.Messages[0].Text);
        Assert.Equal(2, result.Messages.Count);
        Assert.Equal(6, Assert.Single(result.Rejections).Line); // line numbers follow physical lines
    }

    [Fact]
    public void HeaderIsCaseInsensitiveTrimmedAndIgnoresUnknownColumns()
    {
        var content = " Text ,IGNORED, sentAt,BUYER_ID,Sender ,conversation_id\n你好,zzz,2023-01-06T10:40:12+08:00,b,buyer,c1";
        Assert.Equal("你好", ParseAssert.Clean(Csv(content), 1).Messages[0].Text);
    }

    [Fact]
    public void HeaderMissingRequiredColumnsIsAFileErrorNamingThem()
    {
        var result = Csv("conversationId,text,shopId\nc1,hi,s");
        Assert.True(result.IsUnreadable);
        Assert.Contains("buyerId, sender, sentAt", result.FileError);
    }

    [Fact]
    public void HeaderNamingAColumnTwiceIsAFileError()
    {
        Assert.Contains("twice", Csv(Header + ",Text\n").FileError);
    }

    [Fact]
    public void BadRecordIsRejectedAndTheRestIngested()
    {
        var content = Header + "\nc1,b,buyer,not-a-date,hi,s,\nc1,b,buyer,2023-01-06T10:40:12+08:00,hi,s,,extra\nc1,b,buyer,2023-01-06T10:40:12+08:00,ok,s,";
        var result = Csv(content);
        Assert.Equal("ok", Assert.Single(result.Messages).Text);
        Assert.Equal([2, 3], result.Rejections.Select(r => r.Line));
        Assert.StartsWith("sentAt must be", result.Rejections[0].Reason);
        Assert.StartsWith("the record has 8 fields", result.Rejections[1].Reason);
    }

    [Fact]
    public void StrayQuoteCostsOnlyItsOwnLine()
    {
        var content = Header + "\nc1,b,buyer,2023-01-06T10:40:12+08:00,\"unterminated,s,\nc1,b,buyer,2023-01-06T10:41:00+08:00,ok,s,";
        var result = Csv(content);
        Assert.Equal("ok", Assert.Single(result.Messages).Text);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith("unterminated quoted field", rejection.Reason);
    }

    [Fact]
    public void UndoubledQuoteInsideQuotedValueIsRejected()
    {
        var content = Header + "\nc1,b,buyer,2023-01-06T10:40:12+08:00,\"他说\"好\"\",s,\nc1,b,buyer,2023-01-06T10:41:00+08:00,ok,s,";
        var result = Csv(content);
        Assert.Single(result.Messages);
        Assert.Contains("after a closing quote", Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void QuoteInsideUnquotedValueIsLiteral()
    {
        var content = Header + "\nc1,b,buyer,2023-01-06T10:40:12+08:00,5\" 屏幕,s,";
        Assert.Equal("5\" 屏幕", ParseAssert.Clean(Csv(content), 1).Messages[0].Text);
    }

    [Fact]
    public void EmptyFileAndHeaderOnlyFileAreZeroMessages()
    {
        ParseAssert.Clean(Csv(""), 0);
        ParseAssert.Clean(Csv("\r\n\r\n"), 0);
        ParseAssert.Clean(Csv(Header + "\r\n"), 0);
    }

    [Fact]
    public void TsvWithQuotedFieldsIsRead()
    {
        var content = "conversationId\tbuyerId\tsender\tsentAt\ttext\nc1\tb\tagent\t2023-01-06T10:41:02+08:00\t\"含\t制表符\n和换行\"\nc1\tb\tbuyer\t2023-01-06T10:42:00+08:00\t好, 谢谢";
        var result = ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8(content), "x.tsv"), 2);
        Assert.Equal("含\t制表符\n和换行", result.Messages[0].Text);
        Assert.Equal("好, 谢谢", result.Messages[1].Text);
    }

    [Fact]
    public void CsvFileThatIsReallyTabSeparatedIsSniffed()
    {
        var content = "conversationId\tbuyerId\tsender\tsentAt\ttext\nc1\tb\tbuyer\t2023-01-06T10:42:00+08:00\t好, 谢谢";
        Assert.Equal("好, 谢谢", ParseAssert.Clean(Csv(content), 1).Messages[0].Text);
    }

    [Fact]
    public void GbkEncodedCsvIsDecodedIntact()
    {
        using var dir = new TempDir();
        var content = Header + "\r\nc1,买家小王,buyer,2023-01-06T10:40:12+08:00,\"请问这款手机，有货吗？\",小米旗舰店,\r\n";
        var result = ParseAssert.Clean(InboxFileParser.Parse(dir.Write("千牛导出.csv", Encodings.GbkBytes(content))), 1);
        Assert.Equal("gb18030", result.EncodingName);
        var m = result.Messages[0];
        Assert.Equal(("买家小王", "请问这款手机，有货吗？", "小米旗舰店"), (m.BuyerId, m.Text, m.ShopId));
    }

    [Fact]
    public void Utf8BomCsvHeaderIsNotPollutedByTheBom()
    {
        var result = ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8Bom(Header + "\nc1,b,buyer,2023-01-06T10:40:12+08:00,你好,,"), "a.csv"), 1);
        Assert.Equal("utf-8-bom", result.EncodingName);
        Assert.Equal("default", result.Messages[0].ShopId);
    }

    [Fact]
    public void ShortRecordMissingTheTextColumnIsRejected()
    {
        var result = Csv("conversationId,buyerId,sender,sentAt,text\nc1,b,buyer,2023-01-06T10:40:12+08:00");
        Assert.Equal("text is required", Assert.Single(result.Rejections).Reason);
    }
}
