namespace Archive.Promises;

/// <summary>
/// The money a clause names: ¥20, 20元, 二十块, rmb 20, 返现20, 减10, 便宜15; 九折 → 0.9 (see
/// <see cref="DetectedPromise.Amount"/>). A masked amount ([金额x]) is found but has no value.
/// </summary>
internal static class AmountExtractor
{
    /// <summary>True when the clause states an amount; <paramref name="amount"/> is null when it is masked.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out decimal? amount)
    {
        amount = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[' && text[i..].StartsWith("[金额")) return true;
            if (c is '¥' or '￥' && Number(text, i + 1, out var v, out _)) { amount = v; return true; }
            if (c == 'r' && text[i..].StartsWith("rmb") && Number(text, SkipSpace(text, i + 3), out v, out _)) { amount = v; return true; }
            if (!char.IsAsciiDigit(c) && !ChineseNumber.IsNumeral(c)) continue;
            if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.')) continue;

            var length = ChineseNumber.Parse(text, i, out v);
            if (length == 0) continue;
            var unit = text[(i + length)..];
            if (unit.StartsWith("折"))
            {
                // 九折 = pay 90 %; 85折/八五折 = 85 %; 8.5折 = 85 %.
                var multiplier = v >= 10 ? v / 100 : v / 10;
                if (multiplier is > 0 and < 1) { amount = multiplier; return true; }
                continue;
            }

            if (unit.StartsWith("元") || unit.StartsWith("块") || unit.StartsWith("圆") || unit.StartsWith("rmb") || unit.StartsWith(" 元")
                || (MoneyVerbBefore(text, i) && !IsCountUnit(unit)))
            {
                if (v > 0 && !(length == 1 && text[i] is '一' && unit.StartsWith("个"))) { amount = v; return true; }
            }

            i += length - 1;
        }

        return false;
    }

    private static bool Number(ReadOnlySpan<char> text, int start, out decimal value, out int length)
    {
        length = ChineseNumber.Parse(text, SkipSpace(text, start), out value);
        return length > 0 && value > 0;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    /// <summary>返现20, 减10, 退30, 赔50, 便宜15, 立减20: the verb makes a bare number money.</summary>
    private static bool MoneyVerbBefore(ReadOnlySpan<char> text, int i)
    {
        if (i == 0) return false;
        var before = text[Math.Max(0, i - 2)..i];
        return before.EndsWith("返现") || before.EndsWith("便宜") || before.EndsWith("立减") || before.EndsWith("少算") || before.EndsWith("优惠")
               || before.EndsWith("红包") || before[^1] is '减' or '退' or '赔' or '返' or '补';
    }

    private static bool IsCountUnit(ReadOnlySpan<char> unit) =>
        unit.Length > 0 && unit[0] is '个' or '件' or '天' or '次' or '小' or '号' or '点' or '月' or '年' or '单' or '张' or '双' or '瓶' or '份' or '码' or '%' or '分' or '周';
}
