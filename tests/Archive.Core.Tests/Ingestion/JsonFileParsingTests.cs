using System.Text;
using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

public class JsonFileParsingTests
{
    internal static string Line(string text = "亲，在的", string sender = "agent", string buyer = "tb_buyer1") =>
        $$"""{"conversationId":"c1","buyerId":"{{buyer}}","sender":"{{sender}}","sentAt":"2023-01-06T10:41:02+08:00","text":"{{text}}","shopId":"小米旗舰店","agentId":"客服A"}""";

    private static ParseResult ParseJsonl(string content) => InboxFileParser.Parse(Encodings.Utf8(content), "chats.jsonl");

    [Fact]
    public void JsonlFileYieldsValidatedMessages()
    {
        var result = ParseAssert.Clean(ParseJsonl(Line() + "\n" + Line("请问有货吗", "buyer") + "\n"), 2);
        var m = result.Messages[0];
        Assert.Equal(("c1", "tb_buyer1", "agent", "亲，在的", "小米旗舰店", "客服A"),
            (m.ConversationId, m.BuyerId, m.Sender, m.Text, m.ShopId, m.AgentId));
        Assert.Equal(new DateTimeOffset(2023, 1, 6, 10, 41, 2, TimeSpan.FromHours(8)), m.SentAt);
        Assert.StartsWith("m-", m.MessageId);
    }

    [Fact]
    public void MalformedJsonLineIsRejectedAndTheRestIngested()
    {
        var result = ParseJsonl(Line("一") + "\n{\"conversationId\": \"c1\", oops\n" + Line("三"));
        Assert.Equal(["一", "三"], result.Messages.Select(m => m.Text));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.StartsWith("invalid JSON", rejection.Reason);
        Assert.StartsWith("{\"conversationId\"", rejection.Excerpt);
    }

    [Fact]
    public void BlankLinesAreSkippedButCountedInLineNumbers()
    {
        var result = ParseJsonl("\n  \r\n" + Line() + "\r\n\n" + Line(sender: "robot"));
        Assert.Single(result.Messages);
        Assert.Equal(5, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void FieldNamesAreCaseInsensitive()
    {
        const string line = """{"ConversationID":"c1","BUYERID":"b","Sender":"Buyer","sentat":"2023-01-06T10:40:12+08:00","TEXT":"你好"}""";
        Assert.Equal("buyer", ParseAssert.Clean(ParseJsonl(line), 1).Messages[0].Sender);
    }

    [Fact]
    public void NumericIdsAreKeptAsTheirLiteralDigits()
    {
        const string line = """{"conversationId":12345678901234567890,"buyerId":42,"sender":"buyer","sentAt":"2023-01-06T10:40:12+08:00","text":"你好","orderId":3.50}""";
        var m = ParseAssert.Clean(ParseJsonl(line), 1).Messages[0];
        Assert.Equal(("12345678901234567890", "42", "3.50"), (m.ConversationId, m.BuyerId, m.OrderId));
    }

    [Theory]
    [InlineData("\"text\":{\"a\":1}", "text must be a string, not an object")]
    [InlineData("\"text\":123", "text must be a string, not a number")]
    [InlineData("\"text\":\"x\",\"itemId\":[1]", "itemId must be a string, not an array")]
    [InlineData("\"text\":true", "text must be a string, not a boolean")]
    [InlineData("\"text\":\"a\",\"TEXT\":\"b\"", "field 'text' appears more than once")]
    [InlineData("\"text\":\"\\ud800\"", "text is not valid text")]
    public void WrongFieldTypesAreRejectedNamingTheField(string textPart, string expected)
    {
        var line = $$"""{"conversationId":"c1","buyerId":"b","sender":"buyer","sentAt":"2023-01-06T10:40:12+08:00",{{textPart}}}""";
        var result = ParseJsonl(line);
        Assert.Empty(result.Messages);
        Assert.StartsWith(expected, Assert.Single(result.Rejections).Reason);
    }

    [Theory]
    [InlineData("""{"conversationId":"c1","sender":"buyer","sentAt":"2023-01-06T10:40:12+08:00","text":"x"}""", "buyerId is required")]
    [InlineData("""{"conversationId":"c1","buyerId":"b","sender":"buyer","sentAt":"2023-01-06 10:40:12","text":"x"}""", "sentAt must be ISO-8601")]
    [InlineData("""{"conversationId":"c1","buyerId":"b","sender":"robot","sentAt":"2023-01-06T10:40:12+08:00","text":"x"}""", "sender must be one of")]
    [InlineData("""["not","an","object"]""", "expected a JSON object, got an array")]
    [InlineData("""{"conversationId":"c1"} {"x":1}""", "invalid JSON")]
    public void InvalidMessagesAreRejectedWithTheValidatorsReason(string line, string expected)
    {
        var result = ParseJsonl(Line() + "\n" + line);
        Assert.Single(result.Messages);
        Assert.StartsWith(expected, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void UnknownFieldsAreIgnoredWhateverTheirShape()
    {
        var line = Line()[..^1] + ""","extra":{"nested":[1,2,{"x":null}]},"more":"y"}""";
        ParseAssert.Clean(ParseJsonl(line), 1);
    }

    [Fact]
    public void Utf8BomJsonlIsReadAndReportsItsEncoding()
    {
        var result = ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8Bom(Line()), "a.ndjson"), 1);
        Assert.Equal("utf-8-bom", result.EncodingName);
        Assert.Equal("亲，在的", result.Messages[0].Text);
    }

    [Fact]
    public void GbkEncodedJsonlFileIsDecodedIntact()
    {
        using var dir = new TempDir();
        var path = dir.Write("导出.jsonl", Encodings.GbkBytes(Line("亲，这款小米手机现在有货，今天下单明天发货") + "\n"));
        var result = ParseAssert.Clean(InboxFileParser.Parse(path), 1);
        Assert.Equal("gb18030", result.EncodingName);
        Assert.Equal("亲，这款小米手机现在有货，今天下单明天发货", result.Messages[0].Text);
        Assert.Equal("小米旗舰店", result.Messages[0].ShopId);
    }

    [Fact]
    public void JsonFileMayHoldAnArrayAndRejectionsNameTheElementsLine()
    {
        var content = "[\n  " + Line() + ",\n  " + Line(sender: "nobody") + "\n]";
        var result = InboxFileParser.Parse(Encodings.Utf8(content), "export.JSON");
        Assert.Single(result.Messages);
        Assert.Equal(3, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void JsonFileMayHoldOnePrettyPrintedObject()
    {
        var pretty = Line().Replace(",", ",\n  ");
        ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8(pretty), "one.json"), 1);
    }

    [Fact]
    public void JsonFileWithOneObjectPerLineIsReadAsJsonLines()
    {
        ParseAssert.Clean(InboxFileParser.Parse(Encodings.Utf8(Line() + "\n" + Line("二")), "lines.json"), 2);
    }

    [Fact]
    public void BrokenJsonArrayFileIsUnreadable()
    {
        var result = InboxFileParser.Parse(Encodings.Utf8("[" + Line() + ",\n{oops}]"), "bad.json");
        Assert.True(result.IsUnreadable);
        Assert.Contains("line 2", result.FileError);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void SameMessageWithoutIdGetsTheSameDerivedIdEveryTime()
    {
        var a = ParseJsonl(Line()).Messages[0];
        var b = InboxFileParser.Parse(Encoding.UTF8.GetBytes(Line()), "other-name.jsonl").Messages[0];
        Assert.Equal(a.MessageId, b.MessageId);
    }
}
