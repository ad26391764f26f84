namespace Archive.Promises;

/// <summary>Character classes shared by the scanner, the clause splitter and the resolvers.</summary>
internal static class PromiseText
{
    /// <summary>Ends a sentence: a question tag at the end of a sentence turns the whole sentence into an offer.</summary>
    public static bool IsSentenceBreak(char c) =>
        c is '。' or '!' or '?' or ';' or '\n' or '\r' or '~' or '～' or '…' or '！' or '？' or '；' or '｡';

    /// <summary>Ends a clause: negation, hedges and questions are judged per clause.</summary>
    public static bool IsClauseBreak(char c) =>
        c is ',' or '，' or '、' or ':' or '：' or '(' or ')' or '（' or '）' or '【' or '】' or '「' or '」' or '“' or '”' or '"' or '\'' or '/' or '|' or '\t' or '—';

    /// <summary>Normalizes into <paramref name="buffer"/> with the archive's analyzer mapping (traditional → simplified, full-width → ASCII, lowercase).</summary>
    public static Span<char> Normalize(string text, Span<char> buffer)
    {
        var span = buffer[..text.Length];
        text.AsSpan().CopyTo(span);
        Archive.Analysis.TextNormalizer.NormalizeInPlace(span);
        return span;
    }
}

/// <summary>Arabic and Chinese numerals as used in chats: 48, 3.5, 二十四, 两, 半, 八五 (digit by digit).</summary>
internal static class ChineseNumber
{
    public static bool IsNumeral(char c) => Digit(c) >= 0 || c is '十' or '百' or '千' or '两' or '半';

    private static int Digit(char c) => c switch
    {
        '零' or '〇' or '○' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => -1,
    };

    /// <summary>Parses the number starting at <paramref name="start"/>; returns its length (0 when none).</summary>
    public static int Parse(ReadOnlySpan<char> text, int start, out decimal value)
    {
        value = 0;
        if (start >= text.Length) return 0;
        if (char.IsAsciiDigit(text[start])) return ParseArabic(text, start, out value);
        if (text[start] == '半') { value = 0.5m; return 1; }
        return ParseChinese(text, start, out value);
    }

    private static int ParseArabic(ReadOnlySpan<char> text, int start, out decimal value)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        }

        value = decimal.TryParse(text[start..end], System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        return end - start;
    }

    private static int ParseChinese(ReadOnlySpan<char> text, int start, out decimal value)
    {
        decimal total = 0, current = 0;
        var digitsOnly = true;
        var digits = 0;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var d = Digit(c);
            if (d >= 0) { current = digitsOnly && digits > 0 ? current * 10 + d : d; digits++; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) break;
            digitsOnly = false;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        value = total + current;
        return i - start;
    }
}
