using Archive.Analysis;

namespace Archive.Core.Tests.Analysis;

public class TextNormalizerTests
{
    [Fact]
    public void NormalizerMapsTraditionalToSimplifiedCharForChar()
    {
        const string traditional = "發貨了嗎？這件衣服退貨運費險買家賣家";
        var normalized = TextNormalizer.Normalize(traditional);
        Assert.Equal(traditional.Length, normalized.Length);
        Assert.Equal("发货了吗?这件衣服退货运费险买家卖家", normalized);
    }

    [Fact]
    public void NormalizerMapsFullWidthAsciiAndIdeographicSpace()
    {
        Assert.Equal("abc 123!xl", TextNormalizer.Normalize("ＡＢＣ\u3000１２３！ＸＬ"));
    }

    [Fact]
    public void NormalizerLowercasesInvariant()
    {
        Assert.Equal("iphone 15 pro max", TextNormalizer.Normalize("iPhone 15 PRO Max"));
    }

    [Fact]
    public void NormalizerLeavesSimplifiedTextAndSurrogatePairsAlone()
    {
        const string text = "亲。发货了😊👍🏻𠀋";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void NormalizerNeverChangesLength()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0x20, 0xFFFF);
            var text = new string(chars);
            Assert.Equal(text.Length, TextNormalizer.Normalize(text).Length);
        }
    }

    [Fact]
    public void NormalizeInPlaceMatchesNormalize()
    {
        const string text = "臺灣ＡＢＣ發貨 Ok";
        var buffer = text.ToCharArray();
        TextNormalizer.NormalizeInPlace(buffer);
        Assert.Equal(TextNormalizer.Normalize(text), new string(buffer));
    }

    [Fact]
    public void NormalizerHandlesEmptyText()
    {
        Assert.Equal("", TextNormalizer.Normalize(""));
        TextNormalizer.NormalizeInPlace(Span<char>.Empty);
    }
}
