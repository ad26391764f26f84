using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

public class MessageBatchParserTests
{
    private static readonly string Good = JsonFileParsingTests.Line();

    [Fact]
    public void JsonArrayBodyReportsZeroBasedIndexOfBadElements()
    {
        var body = Encodings.Utf8($"[{Good}, 42, {JsonFileParsingTests.Line(sender: "x")}, {Good.Replace("亲", "您")}]");
        var result = MessageBatchParser.ParseJsonArray(body);
        Assert.Null(result.FileError);
        Assert.Equal(2, result.Messages.Count);
        Assert.Equal([1, 2], result.Rejections.Select(r => r.Line));
        Assert.Equal("expected a JSON object, got a number", result.Rejections[0].Reason);
        Assert.Equal("42", result.Rejections[0].Excerpt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"text\":\"x\"}")]
    [InlineData("\"a string\"")]
    [InlineData("[{\"text\":\"x\"}")]
    [InlineData("[1,2]]")]
    [InlineData("[{\"a\":1},]")]
    public void BodyThatIsNotAJsonArrayIsAFileError(string body)
    {
        var result = MessageBatchParser.ParseJsonArray(Encodings.Utf8(body));
        Assert.True(result.IsUnreadable);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void EmptyJsonArrayIsZeroMessages()
    {
        ParseAssert.Clean(MessageBatchParser.ParseJsonArray("[ ]"u8), 0);
    }

    [Fact]
    public void JsonArrayBodyWithInvalidUtf8IsAFileError()
    {
        Assert.Contains("UTF-8", MessageBatchParser.ParseJsonArray([(byte)'[', 0xC4, 0xE3, (byte)']']).FileError);
    }

    [Fact]
    public void JsonArrayBodyMayStartWithABom()
    {
        ParseAssert.Clean(MessageBatchParser.ParseJsonArray(Encodings.Utf8Bom($"[{Good}]")), 1);
    }

    [Fact]
    public void NdjsonBodyReportsZeroBasedIndexOfBadLine()
    {
        var body = Encodings.Utf8($"{Good}\n\nnot json\r\n{Good}\n{{\"text\":1}}\n");
        var result = MessageBatchParser.ParseNdjson(body);
        Assert.Equal(2, result.Messages.Count);
        Assert.Equal([2, 4], result.Rejections.Select(r => r.Line));
    }

    [Fact]
    public void NdjsonLineWithInvalidUtf8IsRejectedAlone()
    {
        byte[] body = [.. Encodings.Utf8(Good + "\n"), 0xC4, 0xE3, (byte)'\n', .. Encodings.Utf8(Good)];
        var result = MessageBatchParser.ParseNdjson(body);
        Assert.Equal(2, result.Messages.Count);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((1, "line is not valid UTF-8"), (rejection.Line, rejection.Reason));
    }

    [Fact]
    public void EmptyNdjsonBodyIsZeroMessages()
    {
        ParseAssert.Clean(MessageBatchParser.ParseNdjson([]), 0);
    }

    [Fact]
    public void DeeplyNestedArrayBodyIsAFileErrorNotACrash()
    {
        var body = Encodings.Utf8("[" + new string('[', 100_000) + new string(']', 100_000) + "]");
        Assert.True(MessageBatchParser.ParseJsonArray(body).IsUnreadable);
    }

    [Fact]
    public void DeeplyNestedNdjsonLineIsRejectedAndTheRestIngested()
    {
        var deep = "{\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) + "1" + new string('}', 50_001);
        var result = MessageBatchParser.ParseNdjson(Encodings.Utf8(deep + "\n" + Good));
        Assert.Single(result.Messages);
        Assert.Contains("depth", Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void RejectionExcerptIsShortAndPrintable()
    {
        var longLine = "\u0001\t{\"text\":\"" + new string('长', 10_000) + "\"}";
        var excerpt = Assert.Single(MessageBatchParser.ParseNdjson(Encodings.Utf8(longLine)).Rejections).Excerpt;
        Assert.True(excerpt.Length <= 201, $"excerpt has {excerpt.Length} chars");
        Assert.DoesNotContain(excerpt, char.IsControl);
    }
}
