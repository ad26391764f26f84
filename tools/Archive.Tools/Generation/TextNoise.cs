using System.Text;

namespace Archive.Tools.Generation;

/// <summary>How a buyer types, fixed per buyer so that a returning buyer keeps writing the same way.</summary>
[Flags]
internal enum BuyerStyle : byte
{
    None = 0,
    Traditional = 1,
    TypoProne = 2,
    EmojiLover = 4,
    FullWidth = 8,
}

/// <summary>The mess real buyer text carries: IME homophone slips, traditional characters, full-width ASCII, emoji.</summary>
internal static class TextNoise
{
    /// <summary>Homophone and near-homophone slips typical of pinyin input, plus common internet spellings.</summary>
    private static readonly (string Right, string Wrong)[] Typos =
    [
        ("在吗", "再吗"), ("发货", "发或"), ("的", "得"), ("已经", "以经"), ("什么", "神马"), ("邮费", "油费"),
        ("怎么", "怎莫"), ("可以", "可一"), ("那个", "哪个"), ("收到", "收倒"), ("没有", "木有"), ("好的", "好滴"),
        ("谢谢", "xiexie"), ("优惠", "优会"), ("便宜", "便易"), ("快递", "快第"), ("退货", "退或"), ("尺码", "尺吗"),
        ("质量", "只量"), ("在", "再"), ("这个", "这各"), ("优惠券", "优惠卷"), ("订单", "定单"), ("一下", "以下"),
        ("包邮", "包油"), ("吗", "嘛"), ("有货", "有或"), ("多少", "多小"), ("颜色", "言色"), ("地址", "地止"),
        ("时候", "时后"),
    ];

    public static BuyerStyle DrawStyle(Rng rng)
    {
        var style = BuyerStyle.None;
        if (rng.Percent(5)) style |= BuyerStyle.Traditional;
        if (rng.Percent(25)) style |= BuyerStyle.TypoProne;
        if (rng.Percent(25)) style |= BuyerStyle.EmojiLover;
        if (rng.Percent(3)) style |= BuyerStyle.FullWidth;
        return style;
    }

    public static string Apply(string text, BuyerStyle style, Rng rng, StringBuilder scratch)
    {
        if ((style & BuyerStyle.TypoProne) != 0 && rng.Percent(40)) text = AddTypo(text, rng);
        if ((style & BuyerStyle.Traditional) != 0) text = TraditionalChinese.Convert(text);
        if ((style & BuyerStyle.FullWidth) != 0 && rng.Percent(60)) text = ToFullWidth(text, scratch);
        if ((style & BuyerStyle.EmojiLover) != 0 ? rng.Percent(35) : rng.Percent(3)) text += rng.Pick(SmallTalk.Emoji);
        return text;
    }

    private static string AddTypo(string text, Rng rng)
    {
        // Start at a random entry so that frequent words (的, 在) do not always win.
        var start = rng.Next(Typos.Length);
        for (var k = 0; k < Typos.Length; k++)
        {
            var (right, wrong) = Typos[(start + k) % Typos.Length];
            var at = text.IndexOf(right, StringComparison.Ordinal);
            if (at >= 0) return string.Concat(text.AsSpan(0, at), wrong, text.AsSpan(at + right.Length));
        }
        return text;
    }

    /// <summary>Full-width forms (U+FF01–FF5E) of printable ASCII, as some Chinese IMEs produce them.</summary>
    public static string ToFullWidth(string text, StringBuilder scratch)
    {
        scratch.Clear();
        foreach (var c in text) scratch.Append(c is > ' ' and <= '~' ? (char)(c + 0xFEE0) : c);
        return scratch.ToString();
    }
}
