namespace Archive.Analysis;

/// <summary>
/// Finds numbers, dates and ordinals that ICU splits: 二○○一年 (ICU: 二/○/○/一年), 2001年, 三十一日, 3.5万,
/// 12%, 第三步 (ICU: 第/三步). The common segmentation standards treat these as single words, and so do
/// buyers searching "12月".
/// </summary>
internal static class NumberWords
{
    /// <summary>End of the number word starting at <paramref name="start"/>, or -1 when none starts there.</summary>
    public static int End(char[] text, int start, int limit)
    {
        var end = start;
        var ordinal = text[end] == '第';
        if (ordinal) end++;
        if (end >= limit) return -1;

        bool yearLike;
        if (IsDigit(text[end]))
        {
            var digitsStart = end;
            while (end < limit && (IsDigit(text[end]) || (IsDecimalPoint(text[end]) && end + 1 < limit && IsDigit(text[end + 1])))) end++;
            yearLike = end - digitsStart == 4;
            if (ordinal) return end;
            while (end < limit && IsLargePlaceValue(text[end])) end++;
            if (end < limit && text[end] == '%') end++;
        }
        else
        {
            var numeralsStart = end;
            yearLike = true;
            while (end < limit && IsChineseNumeral(text[end]))
            {
                yearLike &= !IsPlaceValue(text[end]);
                end++;
            }

            var numerals = end - numeralsStart;
            if (ordinal) return numerals > 0 ? end : -1;
            // A lone numeral is only a number word as a day or month (五月, 八日); 一年, 三个 are left to ICU.
            if (numerals == 0 || (numerals == 1 && !(end < limit && IsDayOrMonth(text[end])))) return -1;
            yearLike &= numerals > 1;
        }

        // 年 joins years written digit by digit (1998年, 二○○一年), not counts (三十年, 20年).
        if (end < limit && (IsDayOrMonth(text[end]) || (yearLike && text[end] == '年'))) end++;
        return end;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsDecimalPoint(char c) => c is '.' or ',' or '·';

    private static bool IsLargePlaceValue(char c) => c is '万' or '亿';

    private static bool IsDayOrMonth(char c) => c is '月' or '日' or '号';

    private static bool IsPlaceValue(char c) => c is '十' or '百' or '千' or '万' or '亿';

    private static bool IsChineseNumeral(char c) => c switch
    {
        '〇' or '○' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' => true,
        _ => false,
    };
}
