using System.Text;
using Archive.Ingestion.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>Encoding detection: Chinese text comes back as it was written, and no byte sequence makes it throw.</summary>
public class TextDecoderFuzzTests
{
    private const int Tests = 300;

    [Property(MaxTest = Tests)]
    public Property Utf8ChineseTextDecodesToItself() => Prop.ForAll(FuzzGen.ChatText.ToArbitrary(), text =>
        AssertDecodes(Encoding.UTF8.GetBytes(text), text, "utf-8"));

    [Property(MaxTest = Tests)]
    public Property Utf8WithBomChineseTextDecodesToItself() => Prop.ForAll(FuzzGen.ChatText.ToArbitrary(), text =>
        AssertDecodes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], text, "utf-8-bom"));

    [Property(MaxTest = Tests)]
    public Property Gb18030ChineseTextDecodesToItself() => Prop.ForAll(FuzzGen.ChineseText.ToArbitrary(), text =>
        AssertDecodes(FuzzGen.Gb18030.GetBytes(text), text, "gb18030"));

    [Property(MaxTest = Tests)]
    public Property GbkChineseTextDecodesToItself() => Prop.ForAll(
        FuzzGen.ChineseTextWith(12).Select(t => new string(t.Where(c => c < 0xD800 && FuzzGen.Gbk.GetString(FuzzGen.Gbk.GetBytes(c.ToString())) == c.ToString()).ToArray()))
            .ToArbitrary(),
        text =>
        {
            Assert.True(TextDecoder.TryDecode(FuzzGen.Gbk.GetBytes(text), out var decoded, out var name, out var error), error);
            Assert.Equal(text, decoded);
            Assert.Contains(name, new[] { "gb18030", "gbk" });
        });

    [Property(MaxTest = Tests)]
    public Property Utf16WithBomChineseTextDecodesToItself() => Prop.ForAll(
        (from text in FuzzGen.ChatText from bigEndian in Gen.Elements(true, false) select (text, bigEndian)).ToArbitrary(),
        c => AssertDecodes(c.bigEndian
                ? [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(c.text)]
                : [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(c.text)],
            c.text, c.bigEndian ? "utf-16be" : "utf-16le"));

    /// <summary>One damaged byte in long UTF-8 Chinese text must not turn the whole text into GB18030 mojibake.</summary>
    [Property(MaxTest = Tests)]
    public Property Utf8WithOneDamagedByteStaysUtf8() => Prop.ForAll(
        (from text in FuzzGen.ChineseTextWith(40)
         from at in Gen.Choose(0, 1000)
         select (text, at)).ToArbitrary(),
        c =>
        {
            var bytes = Encoding.UTF8.GetBytes(c.text);
            bytes[c.at % bytes.Length] = 0xFF;

            Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out var name, out var error), error);
            Assert.Equal("utf-8-lossy", name);
            Assert.Contains('\uFFFD', decoded);
        });

    [Property(MaxTest = Tests)]
    public Property ArbitraryBytesDecodeOrAreRefusedWithAReason() => Prop.ForAll(FuzzGen.Bytes.ToArbitrary(), bytes =>
    {
        if (TextDecoder.TryDecode(bytes, out var text, out var name, out var error))
        {
            Assert.NotNull(text);
            Assert.False(string.IsNullOrEmpty(name));
            Assert.Null(error);
        }
        else Assert.False(string.IsNullOrWhiteSpace(error));
    });

    [Property(MaxTest = Tests)]
    public Property MutatedChineseTextDecodesOrIsRefusedWithAReason() => Prop.ForAll(
        (from text in FuzzGen.ChineseText
         from encoding in Gen.Elements(Encoding.UTF8, FuzzGen.Gb18030, Encoding.Unicode)
         from mutated in FuzzGen.Mutated(encoding.GetBytes(text))
         select mutated).ToArbitrary(),
        bytes =>
        {
            var decoded = TextDecoder.TryDecode(bytes, out _, out _, out var error);
            Assert.True(decoded || !string.IsNullOrWhiteSpace(error));
        });

    private static void AssertDecodes(byte[] bytes, string expected, string expectedName)
    {
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out var name, out var error), error);
        Assert.Equal(expected, text);
        Assert.Equal(expectedName, name);
    }
}
