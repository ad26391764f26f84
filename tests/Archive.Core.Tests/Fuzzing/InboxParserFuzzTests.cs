using System.Text;
using Archive.Ingestion.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// Whatever bytes land in the inbox, under whatever supported name, the parser answers with messages, rejections
/// or a file error, and never with an "internal parser error" (what it makes of an exception it caught).
/// </summary>
public class InboxParserFuzzTests
{
    private const int Tests = 300;

    private static readonly Gen<string> Extension =
        Gen.Elements(InboxFileParser.SupportedExtensions.Concat([".JSONL", ".Csv", ".TXT"]).ToArray());

    /// <summary>A valid file of a random format, written from generated messages.</summary>
    private static readonly Gen<(string Extension, byte[] Content)> ValidFile =
        from messages in FuzzGen.Messages
        from extension in Gen.Elements(".jsonl", ".json", ".csv", ".tsv", ".txt")
        from bom in Gen.Elements(false, false, true)
        select (extension, (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(Write(extension, messages))).ToArray());

    [Property(MaxTest = Tests)]
    public Property ArbitraryBytesNeverBreakTheInboxParser() => Prop.ForAll(
        (from extension in Extension from bytes in FuzzGen.Bytes select (extension, bytes)).ToArbitrary(),
        c => ParseAssertions.WellFormed(InboxFileParser.Parse(c.bytes, "fuzz" + c.extension)));

    [Property(MaxTest = Tests)]
    public Property MutatedValidFilesNeverBreakTheInboxParser() => Prop.ForAll(
        (from file in ValidFile
         from mutated in FuzzGen.Mutated(file.Content)
         select (file.Extension, mutated)).ToArbitrary(),
        c => ParseAssertions.WellFormed(InboxFileParser.Parse(c.mutated, "fuzz" + c.Extension)));

    [Property(MaxTest = Tests)]
    public Property ValidFilesAreParsedWithoutRejections() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from file in Gen.Elements(".jsonl", ".json", ".csv", ".tsv", ".txt")
         select (messages, file)).ToArbitrary(),
        c =>
        {
            var messages = c.file == ".txt" ? [c.messages[0] with { Sender = "buyer" }, .. c.messages.Skip(1)] : c.messages;
            var result = InboxFileParser.Parse(Encoding.UTF8.GetBytes(Write(c.file, messages)), "valid" + c.file);

            ParseAssertions.WellFormed(result);
            Assert.True(result.FileError is null, result.FileError);
            Assert.Empty(result.Rejections);
            Assert.Equal(messages.Select(m => m.Text), result.Messages.Select(m => m.Text));
        });

    [Property(MaxTest = Tests)]
    public Property HostileTextInAnyEncodingNeverBreaksTheInboxParser() => Prop.ForAll(
        (from extension in Extension
         from lines in Gen.ListOf(Gen.OneOf(FuzzGen.HostileString, FuzzGen.Message.Select(FuzzFormats.JsonLine),
             FuzzGen.Message.Select(FuzzFormats.QianniuLine), FuzzGen.Message.Select(m => FuzzFormats.DelimitedRow(m, ','))))
         from encoding in Gen.Elements("utf-8", "utf-8-bom", "gb18030", "utf-16le-bom", "utf-16be-bom")
         select (extension, text: FuzzFormats.CsvHeader + "\n" + string.Join("\n", lines), encoding)).ToArbitrary(),
        c => ParseAssertions.WellFormed(InboxFileParser.Parse(Encode(c.text, c.encoding), "hostile" + c.extension)));

    [Property(MaxTest = Tests)]
    public Property MixedUtf8AndGbkLinesNeverBreakTheInboxParser() => Prop.ForAll(
        (from file in ValidFile
         from mixed in FuzzGen.MixedUtf8AndGbk(Encoding.UTF8.GetString(file.Content))
         select (file.Extension, mixed)).ToArbitrary(),
        c => ParseAssertions.WellFormed(InboxFileParser.Parse(c.mixed, "mixed" + c.Extension)));

    /// <summary>Few cases: each parses megabytes. A giant line is rejected with a short excerpt, never fatal.</summary>
    [Property(MaxTest = 8)]
    public Property GiantLinesAreAnsweredNotFatal() => Prop.ForAll(
        (from extension in Gen.Elements(InboxFileParser.SupportedExtensions.ToArray())
         from megabytes in Gen.Choose(1, 3)
         from filler in Gen.Elements("啊", "a", "\"", "{\"text\":\"", "2023-01-06 10:40:12 买家: ", "😊", ",", "-")
         from message in FuzzGen.Message
         select (extension, megabytes, filler, message)).ToArbitrary(),
        c =>
        {
            var giant = new StringBuilder(c.filler.Length > 1 ? c.filler : "");
            while (giant.Length < c.megabytes * 1024 * 1024 / 2) giant.Append(c.filler.Length > 1 ? "啊" : c.filler);
            var valid = Write(c.extension, [c.message with { Sender = "buyer" }]);
            var file = Encoding.UTF8.GetBytes(valid + "\n" + giant + "\n" + valid.Split('\n')[^1]);

            var result = InboxFileParser.Parse(file, "giant" + c.extension);

            ParseAssertions.WellFormed(result);
            Assert.All(result.Messages, m => Assert.True(m.Text.Length <= 20_000));
        });

    internal static string Write(string extension, IReadOnlyList<FuzzMessage> messages) => extension switch
    {
        ".csv" => FuzzFormats.CsvHeader + "\n" + string.Join("\n", messages.Select(m => FuzzFormats.DelimitedRow(m, ','))),
        ".tsv" => FuzzFormats.CsvHeader.Replace(',', '\t') + "\n" + string.Join("\n", messages.Select(m => FuzzFormats.DelimitedRow(m, '\t'))),
        ".txt" => string.Join("\n", messages.Select(FuzzFormats.QianniuLine)),
        ".json" => "[\n" + string.Join(",\n", messages.Select(FuzzFormats.JsonLine)) + "\n]",
        _ => string.Join("\n", messages.Select(FuzzFormats.JsonLine)),
    };

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "gb18030" => FuzzGen.Gb18030.GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };
}
