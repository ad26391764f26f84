using System.Text;
using Archive.Ingestion.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>POST bodies are untrusted bytes: the batch parsers answer, never throw, and number rejections 0-based.</summary>
public class BatchParserFuzzTests
{
    private const int Tests = 300;

    private static readonly Gen<byte[]> JsonishBody = Gen.OneOf(
        FuzzGen.Bytes,
        FuzzGen.Messages.Select(ms => Encoding.UTF8.GetBytes("[" + string.Join(",", ms.Select(FuzzFormats.JsonLine)) + "]"))
            .SelectMany(FuzzGen.Mutated),
        FuzzGen.Messages.Select(ms => Encoding.UTF8.GetBytes(string.Join("\n", ms.Select(FuzzFormats.JsonLine))))
            .SelectMany(FuzzGen.Mutated),
        FuzzGen.HostileString.Select(Encoding.UTF8.GetBytes));

    [Property(MaxTest = Tests)]
    public Property ArbitraryBodiesNeverBreakTheJsonArrayParser() => Prop.ForAll(JsonishBody.ToArbitrary(), body =>
        ParseAssertions.WellFormed(MessageBatchParser.ParseJsonArray(body), zeroBased: true));

    [Property(MaxTest = Tests)]
    public Property ArbitraryBodiesNeverBreakTheNdjsonParser() => Prop.ForAll(JsonishBody.ToArbitrary(), body =>
        ParseAssertions.WellFormed(MessageBatchParser.ParseNdjson(body), zeroBased: true));

    [Property(MaxTest = Tests)]
    public Property BadElementInJsonArrayIsRejectedByItsIndexAndTheRestAccepted() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from bad in Gen.Elements("null", "42", "\"text\"", "[]", "{}", "{\"text\":{}}", "{\"sender\":true}",
             "{\"conversationId\":\"\\ud800\"}", "{\"a\":" + new string('[', 10) + new string(']', 10) + "}")
         from at in Gen.Choose(0, messages.Count)
         select (messages, bad, at)).ToArbitrary(),
        c =>
        {
            var elements = c.messages.Select(FuzzFormats.JsonLine).ToList();
            elements.Insert(c.at, c.bad);

            var result = MessageBatchParser.ParseJsonArray(Encoding.UTF8.GetBytes("[" + string.Join(",\n", elements) + "]"));

            ParseAssertions.WellFormed(result, zeroBased: true);
            Assert.Equal(c.messages.Select(m => m.Text), result.Messages.Select(m => m.Text));
            Assert.Equal(c.at, Assert.Single(result.Rejections).Line);
        });

    [Property(MaxTest = Tests)]
    public Property GarbageLineInNdjsonBodyIsRejectedByItsIndexAndTheRestAccepted() => Prop.ForAll(
        (from messages in FuzzGen.Messages
         from garbage in FuzzFormats.BadJsonLine(messages[0])
         from at in Gen.Choose(0, messages.Count)
         select (messages, garbage, at)).ToArbitrary(),
        c =>
        {
            var lines = c.messages.Select(m => Encoding.UTF8.GetBytes(FuzzFormats.JsonLine(m))).ToList();
            lines.Insert(c.at, c.garbage);
            var body = lines.SelectMany((l, i) => i == 0 ? l : l.Prepend((byte)'\n')).ToArray();

            var result = MessageBatchParser.ParseNdjson(body);

            ParseAssertions.WellFormed(result, zeroBased: true);
            Assert.Equal(c.messages.Select(m => m.Text), result.Messages.Select(m => m.Text));
            Assert.Equal(c.at, Assert.Single(result.Rejections).Line);
        });
}
