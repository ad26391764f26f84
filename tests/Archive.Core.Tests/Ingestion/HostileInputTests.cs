using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>Whatever lands in the inbox or arrives in a body, parsing answers instead of throwing.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Extensions => new(InboxFileParser.SupportedExtensions);

    [Theory]
    [MemberData(nameof(Extensions))]
    public void RandomBytesNeverThrow(string extension)
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            var result = InboxFileParser.Parse(bytes, "r" + extension);
            Assert.True(result.IsUnreadable || result.Messages.Count + result.Rejections.Count >= 0);
        }
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void NulBytesAreUnreadableBinary(string extension)
    {
        var result = InboxFileParser.Parse(new byte[10_000], "zeros" + extension);
        Assert.Contains("binary", result.FileError);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void FiveMegabyteSingleLineIsRejectedNotFatal(string extension)
    {
        var line = "2023-01-06 10:40:12 买家: " + new string('啊', 5 * 1024 * 1024 / 3);
        var result = InboxFileParser.Parse(Encodings.Utf8(line + "\n" + line), "big" + extension);
        Assert.Empty(result.Messages);
        Assert.True(result.IsUnreadable || result.Rejections.Count > 0);
        Assert.All(result.Rejections, r => Assert.True(r.Excerpt.Length <= 201));
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void ControlCharactersAndLoneSurrogatesNeverThrow(string extension)
    {
        var nasty = "\u0001\u0002\u001b[31m\"\\\ud800\u0000,\t\r\r\n\"\"\"{[" + "2023-01-06 10:40:12 :" + "\u2028\uFEFF";
        var result = InboxFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(nasty, 100))), "n" + extension);
        Assert.NotNull(result);
    }

    [Fact]
    public void UnknownExtensionIsAFileError()
    {
        var result = InboxFileParser.Parse("hello"u8.ToArray(), "chat.xlsx");
        Assert.Contains("unsupported file extension '.xlsx'", result.FileError);
    }

    [Fact]
    public void MissingFileIsAFileErrorNotAnException()
    {
        using var dir = new TempDir();
        Assert.StartsWith("cannot read the file", InboxFileParser.Parse(Path.Combine(dir.Path, "gone.jsonl")).FileError);
    }

    [Fact]
    public void EmptyFilesAreZeroMessagesInEveryFormat()
    {
        foreach (var extension in InboxFileParser.SupportedExtensions)
            ParseAssert.Clean(InboxFileParser.Parse([], "empty" + extension), 0);
    }

    [Fact]
    public void RandomBodiesNeverThrow()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 500)];
            random.NextBytes(bytes);
            if (i % 2 == 0) bytes[0] = (byte)'[';
            MessageBatchParser.ParseJsonArray(bytes);
            MessageBatchParser.ParseNdjson(bytes);
        }
    }

    [Fact]
    public void SupportedExtensionsAreCaseInsensitive()
    {
        Assert.Contains(".JSONL", InboxFileParser.SupportedExtensions);
        Assert.Equal(6, InboxFileParser.SupportedExtensions.Count);
    }

    [Fact]
    public void PathologicalQuotingAndDecorationRunsStayLinear()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var quotes = "conversationId,buyerId,sender,sentAt,text\n" + string.Concat(Enumerable.Repeat("\"abc,\"\"\n", 30_000));
        var csv = InboxFileParser.Parse(Encodings.Utf8(quotes), "q.csv");
        var rules = "2023-01-06 10:40:12 买家: 在吗\n" + string.Concat(Enumerable.Repeat("━━━━━━\n\n", 30_000)) + "菜单";
        var txt = InboxFileParser.Parse(Encodings.Utf8(rules), "r.txt");
        Assert.Null(csv.FileError);
        Assert.StartsWith("text is longer", Assert.Single(txt.Rejections).Reason); // all rules kept inside one message
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
