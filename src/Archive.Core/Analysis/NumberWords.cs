namespace Archive.Analysis;

/// <summary>
/// Joins what ICU splits inside numbers and dates: 二○○一年 (ICU: 二/○/○/一年), 2001年, 三十一日. The common
/// segmentation standards treat such numbers and dates as single words, and so do buyers searching "12月".
/// </summary>
internal static class NumberWords
{
    /// <summary>
    /// If a number word starts at segment <paramref name="first"/>, the index of its last segment; otherwise -1.
    /// Numbers are ASCII digit runs or runs of two or more Chinese numerals, plus a directly following 年/月/日/号.
    /// </summary>
    public static int LastSegment(char[] text, Segments segments, int first, int count)
    {
        var start = segments.Start(first);
        var limit = segments.End(count - 1);
        var end = start;
        if (IsDigit(text[end]))
        {
            while (end < limit && (IsDigit(text[end]) || (IsDecimalPoint(text[end]) && end + 1 < limit && IsDigit(text[end + 1])))) end++;
        }
        else
        {
            while (end < limit && IsChineseNumeral(text[end])) end++;
            if (end - start < 2) return -1;
        }

        if (end == start) return -1;
        if (end < limit && IsDateUnit(text[end])) end++;

        var last = -1;
        for (var j = first; j < count && segments.End(j) <= end; j++) last = j;
        // One ICU segment already covering the number needs no joining.
        return last > first ? last : -1;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsDecimalPoint(char c) => c is '.' or ',';

    private static bool IsDateUnit(char c) => c is '年' or '月' or '日' or '号';

    private static bool IsChineseNumeral(char c) => c switch
    {
        '〇' or '○' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' => true,
        _ => false,
    };
}
