using Archive.Faq;

namespace Archive.Core.Tests.Faq;

public sealed class QuestionNormalizerTests
{
    private readonly QuestionNormalizer _normalizer = new();

    [Fact]
    public void NormalizerFoldsTraditionalStripsGreetingsEmojiAndParticles()
    {
        var traditional = _normalizer.Normalize("親，請問包郵嗎？😊");
        var simplified = _normalizer.Normalize("你好 包邮吗");

        Assert.Equal("包邮", traditional.Key);
        Assert.Equal(simplified.Key, traditional.Key);
        Assert.Equal("包邮吗?", traditional.Display);
    }

    [Fact]
    public void NormalizerFoldsSynonymsOntoOneWord()
    {
        Assert.Equal(_normalizer.Normalize("包邮吗").Key, _normalizer.Normalize("免运费吗").Key);
        Assert.Equal(_normalizer.Normalize("什么时候退款").Key, _normalizer.Normalize("啥时候退钱").Key);
    }

    [Fact]
    public void NormalizerTurnsNumbersAndMasksIntoSlotsAndDropsOrderIds()
    {
        var masked = _normalizer.Normalize("订单[订单x]什么时候发货，买了[数字x]件");
        var written = _normalizer.Normalize("订单4823019948213什么时候发货，买了3件");

        Assert.Equal(masked.Key, written.Key);
        Assert.DoesNotContain("4823019948213", written.Display);
        Assert.Contains("#", masked.Key);
    }

    [Fact]
    public void NormalizerTakesItemNamesOut()
    {
        Assert.Equal(_normalizer.Normalize("还有货吗").Key, _normalizer.Normalize("这款法式碎花连衣裙还有货吗").Key);
        Assert.Equal(_normalizer.Normalize("发上海包邮吗").Key, _normalizer.Normalize("发新疆包邮吗").Key);
    }

    [Theory]
    [InlineData("雾霾蓝的还有吗")]
    [InlineData("卡其色的还有吗")]
    [InlineData("灰粉还有吗")]
    [InlineData("香辣味的还有吗")]
    [InlineData("特辣的还有吗")]
    [InlineData("黑色均码的还有吗")]
    [InlineData("五香味家庭装还有吗")]
    public void AnOptionNamedWithoutTheCharacterForColourIsTheOptionSlotLikeAnyColour(string text) =>
        Assert.Equal(new QuestionNormalizer().Normalize("黑色的还有吗").Key, new QuestionNormalizer().Normalize(text).Key);

    [Fact]
    public void ALengthAfterANumberIsPartOfTheNumber() =>
        Assert.Equal(new QuestionNormalizer().Normalize("2米的有货吗").Key, new QuestionNormalizer().Normalize("2的有货吗").Key);
}
