using System.Text;
using Archive.Ingestion.Parsing;
using Archive.Search;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>Counterexamples the properties found, kept as plain facts once the bug was fixed.</summary>
public class FuzzRegressionTests
{
    private const string Good1 =
        "{\"conversationId\":\"客服\",\"buyerId\":\"王\",\"sender\":\"agent\",\"sentAt\":\"2018-04-06T17:48:25+08:00\",\"text\":\"！\"}";

    private const string Good2 =
        "{\"conversationId\":\"客服\",\"buyerId\":\"店\",\"sender\":\"BUYER\",\"sentAt\":\"2023-01-09T22:15:22+08:00\",\"text\":\"镖\"}";

    [Fact]
    public void NonUtf8LineInSmallJsonlFileIsRejectedAloneInsteadOfTheWholeFile()
    {
        // Was: "the file is neither UTF-8 … nor GB18030/GBK", and both good messages lost.
        byte[] bad = [0xFF, .. FuzzGen.Gbk.GetBytes(Good1)];
        byte[] file = [.. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(Good1 + "\n" + Good2)];

        var result = InboxFileParser.Parse(file, "chat.jsonl");

        Assert.Null(result.FileError);
        Assert.Equal(["！", "镖"], result.Messages.Select(m => m.Text));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((1, "line is not valid UTF-8"), (rejection.Line, rejection.Reason));
    }

    [Fact]
    public void DamagedLineInLargeJsonlFileIsRejectedNotIngestedAsReplacementCharacters()
    {
        // Was: decoded as utf-8-lossy, so the GBK line became a message whose text was U+FFFD mojibake.
        var good = Enumerable.Range(0, 20).Select(i => Good1.Replace("！", "亲，今天下单明天发货，满99包邮哦" + i)).ToList();
        var file = good.Take(10).Select(Encoding.UTF8.GetBytes)
            .Append(FuzzGen.Gbk.GetBytes(Good1.Replace("！", "这款发货快吗")))
            .Concat(good.Skip(10).Select(Encoding.UTF8.GetBytes))
            .SelectMany((line, i) => i == 0 ? line : line.Prepend((byte)'\n')).ToArray();

        var result = InboxFileParser.Parse(file, "chat.jsonl");

        Assert.Equal(20, result.Messages.Count);
        Assert.DoesNotContain(result.Messages, m => m.Text.Contains('\uFFFD'));
        Assert.Equal(11, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void GbkJsonlFileIsStillDecodedWhole()
    {
        var result = InboxFileParser.Parse(FuzzGen.Gbk.GetBytes(Good1.Replace("！", "亲，这款小米手机现在有货，今天下单明天发货")), "gbk.jsonl");

        Assert.Equal("gb18030", result.EncodingName);
        Assert.Equal("亲，这款小米手机现在有货，今天下单明天发货", Assert.Single(result.Messages).Text);
    }

    [Fact]
    public void QianniuLineBeforeTheEarliestRepresentableInstantIsRejectedNotFatal()
    {
        // Was: ArgumentOutOfRangeException from DateTimeOffset (0001-01-01 00:00 +08:00 is before MinValue in UTC),
        // which turned the whole export into "internal parser error".
        var text = "2023-01-06 10:40:12 买家甲: 在吗\n0001-01-01 00:00:00 买家甲: 読刓\n2023-01-06 10:41:00 买家甲: 有货吗";

        var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes(text), "chat.txt");

        Assert.Null(result.FileError);
        Assert.Equal(["在吗", "有货吗"], result.Messages.Select(m => m.Text));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.Contains("not a valid date and time", rejection.Reason);
    }

    [Fact]
    public void QianniuLineAtTheEarliestRepresentableInstantIsAMessage()
    {
        var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes("0001-01-01 08:00:00 买家甲: 在吗"), "chat.txt");

        Assert.Equal(DateTimeOffset.MinValue, Assert.Single(result.Messages).SentAt);
    }

    [Theory]
    [InlineData("- \"- ”-")]
    [InlineData("\"-\"")]
    [InlineData("-\" - \"")]
    public void QuotedLoneDashIsIgnoredLikeAnUnquotedOne(string q)
    {
        Assert.True(SearchQuery.Parse(q).IsEmpty);
    }
}
