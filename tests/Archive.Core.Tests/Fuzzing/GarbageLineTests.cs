using System.Text;
using Archive.Ingestion.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// A bad line costs only itself: insert one into a valid file at a random position and every valid message still
/// comes out, with one rejection naming the inserted line.
/// </summary>
public class GarbageLineTests
{
    private const int Tests = 200;

    [Property(MaxTest = Tests)]
    public Property GarbageLineInJsonlIsRejectedAndTheRestIngested() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from garbage in FuzzFormats.BadJsonLine(messages[0])
         from at in Gen.Choose(0, messages.Count)
         select (messages, garbage, at)).ToArbitrary(),
        c =>
        {
            var lines = c.messages.Select(m => Encoding.UTF8.GetBytes(FuzzFormats.JsonLine(m))).ToList();
            lines.Insert(c.at, c.garbage);
            var file = lines.SelectMany((l, i) => i == 0 ? l : l.Prepend((byte)'\n')).ToArray();

            var result = InboxFileParser.Parse(file, "chat.jsonl");

            AssertAllIngestedAndOneRejection(result, c.messages, expectedLine: c.at + 1);
        });

    [Property(MaxTest = Tests)]
    public Property GarbageRecordInCsvIsRejectedAndTheRestIngested() => DelimitedProperty(',', "chat.csv");

    [Property(MaxTest = Tests)]
    public Property GarbageRecordInTsvIsRejectedAndTheRestIngested() => DelimitedProperty('\t', "chat.tsv");

    [Property(MaxTest = Tests)]
    public Property MalformedMessageLineInQianniuExportIsRejectedAndTheRestIngested() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from garbage in FuzzFormats.BadQianniuLine
         from at in Gen.Choose(0, messages.Count)
         from metadata in Gen.Elements(true, false)
         select (messages, garbage, at, metadata)).ToArbitrary(),
        c =>
        {
            var header = c.metadata ? new[] { "聊天记录导出时间: 2024-03-01 09:00:00" } : [];
            var lines = header.Concat(WithBuyerFirst(c.messages).Select(FuzzFormats.QianniuLine)).ToList();
            var clean = InboxFileParser.Parse(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "chat.txt");
            var at = header.Length + c.at;

            var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes(FuzzFormats.InsertLine(lines, at, c.garbage)), "chat.txt");

            ParseAssertions.WellFormed(result);
            Assert.Empty(clean.Rejections);
            Assert.Equal(c.messages.Select(m => m.Text), clean.Messages.Select(m => m.Text));
            Assert.Equal(clean.Messages, result.Messages);
            Assert.Equal(at + 1, Assert.Single(result.Rejections).Line);
        });

    [Property(MaxTest = Tests)]
    public Property TextBeforeTheFirstQianniuMessageIsRejectedAndTheRestIngested() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from garbage in FuzzGen.ChatText.Where(t => !char.IsAsciiDigit(t[0]))
         select (messages, garbage)).ToArbitrary(),
        c =>
        {
            var lines = WithBuyerFirst(c.messages).Select(FuzzFormats.QianniuLine).ToList();
            var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes(FuzzFormats.InsertLine(lines, 0, c.garbage)), "chat.txt");

            ParseAssertions.WellFormed(result);
            Assert.Equal(c.messages.Select(m => m.Text), result.Messages.Select(m => m.Text));
            Assert.Equal(1, Assert.Single(result.Rejections).Line);
        });

    /// <summary>Shop lines before any buyer have nobody to belong to; a buyer speaks first.</summary>
    private static List<FuzzMessage> WithBuyerFirst(List<FuzzMessage> messages) =>
        [messages[0] with { Sender = "buyer" }, .. messages.Skip(1)];

    private static Property DelimitedProperty(char delimiter, string fileName) => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from garbage in FuzzFormats.BadDelimitedRow(messages[0], delimiter)
         from at in Gen.Choose(0, messages.Count)
         from breaks in Gen.ListOf(Gen.Elements(false, false, true), messages.Count)
         select (messages, garbage, at, breaks)).ToArbitrary(),
        c =>
        {
            // Some texts span two physical lines inside their quotes, so record and line numbers part ways.
            var messages = c.messages.Select((m, i) => c.breaks[i] ? m with { Text = m.Text + "\n" + m.Text } : m).ToList();
            var rows = messages.Select(m => FuzzFormats.DelimitedRow(m, delimiter)).ToList();
            var header = FuzzFormats.CsvHeader.Replace(',', delimiter);
            var text = header + "\n" + FuzzFormats.InsertLine(rows, c.at, c.garbage);
            var expectedLine = 2 + rows.Take(c.at).Sum(r => r.Count(ch => ch == '\n') + 1);

            var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName);

            AssertAllIngestedAndOneRejection(result, messages, expectedLine);
        });

    private static void AssertAllIngestedAndOneRejection(ParseResult result, List<FuzzMessage> messages, int expectedLine)
    {
        ParseAssertions.WellFormed(result);
        Assert.True(result.FileError is null, result.FileError);
        Assert.Equal(messages.Select(m => m.Text), result.Messages.Select(m => m.Text));
        Assert.Equal(messages.Select(m => m.SentAt), result.Messages.Select(m => m.SentAt));
        Assert.Equal(messages.Select(m => m.BuyerId), result.Messages.Select(m => m.BuyerId));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(expectedLine, rejection.Line);
    }
}
