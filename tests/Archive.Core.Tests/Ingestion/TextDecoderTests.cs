using System.Text;
using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

public class TextDecoderTests
{
    private const string Chinese = "亲，在的！请问这款小米手机有货吗？😀";

    [Fact]
    public void PlainUtf8IsDecodedAsUtf8()
    {
        Assert.True(TextDecoder.TryDecode(Encodings.Utf8(Chinese), out var text, out var name, out _));
        Assert.Equal(Chinese, text);
        Assert.Equal("utf-8", name);
    }

    [Fact]
    public void Utf8BomIsRecognisedAndStripped()
    {
        Assert.True(TextDecoder.TryDecode(Encodings.Utf8Bom(Chinese), out var text, out var name, out _));
        Assert.Equal(Chinese, text);
        Assert.Equal("utf-8-bom", name);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16WithBomIsDecoded(bool bigEndian, string expectedName)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Chinese)];
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out var name, out _));
        Assert.Equal(Chinese, text);
        Assert.Equal(expectedName, name);
    }

    [Fact]
    public void GbkBytesAreDecodedAsGb18030Intact()
    {
        const string gbkSafe = "亲，在的！请问这款小米手机有货吗？店铺名:客服A：好的";
        Assert.True(TextDecoder.TryDecode(Encodings.GbkBytes(gbkSafe), out var text, out var name, out _));
        Assert.Equal(gbkSafe, text);
        Assert.Equal("gb18030", name);
    }

    [Fact]
    public void GbkEuroSignWhichGb18030RefusesFallsBackToGbk()
    {
        const string withEuro = "价格 €100，亲";
        Assert.True(TextDecoder.TryDecode(Encodings.GbkBytes(withEuro), out var text, out var name, out _));
        Assert.Equal(withEuro, text);
        Assert.Equal("gbk", name);
    }

    [Fact]
    public void Utf8WithOneDamagedByteStaysUtf8InsteadOfBecomingMojibake()
    {
        var bytes = Encodings.Utf8(Chinese + Chinese + Chinese).ToList();
        bytes.Insert(10, 0xFF);
        Assert.True(TextDecoder.TryDecode(bytes.ToArray(), out var text, out var name, out _));
        Assert.Equal("utf-8-lossy", name);
        Assert.Contains("请问这款小米手机", text);
        Assert.Contains('\uFFFD', text);
    }

    [Fact]
    public void MostlyNulBytesAreRefusedAsBinary()
    {
        var bytes = new byte[1000];
        "abc"u8.CopyTo(bytes);
        Assert.False(TextDecoder.TryDecode(bytes, out _, out _, out var error));
        Assert.Contains("binary", error);
    }

    [Fact]
    public void RandomBytesAreRefusedWithAReason()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        Assert.False(TextDecoder.TryDecode(bytes, out _, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void EmptyInputIsEmptyUtf8Text()
    {
        Assert.True(TextDecoder.TryDecode([], out var text, out var name, out _));
        Assert.Equal("", text);
        Assert.Equal("utf-8", name);
    }

    [Fact]
    public void BomFollowedByInvalidUtf8IsRefused()
    {
        Assert.False(TextDecoder.TryDecode([0xEF, 0xBB, 0xBF, 0xC4, 0xE3], out _, out _, out var error));
        Assert.Contains("byte order mark", error);
    }
}
