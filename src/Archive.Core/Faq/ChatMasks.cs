namespace Archive.Faq;

/// <summary>What a placeholder in an exported chat stands for.</summary>
internal enum MaskKind
{
    None,
    /// <summary>A number, amount, date or time: kept as a slot ("#" in keys).</summary>
    Number,
    /// <summary>Order ids, names, phones, addresses, links: personal or one-off, always removed.</summary>
    Personal,
    /// <summary>Emoji codes such as [微笑] or #E-s[数字x]: removed.</summary>
    Decoration,
}

/// <summary>
/// Recognizes the placeholders that anonymized exports put in chat text ([数字x], [订单x], the JDDC order card
/// "[订单编号:[订单x]，…]", &lt;num&gt;, &lt;url&gt;), emoji codes, and personal data written out (phone numbers,
/// long order numbers). Works on normalized text (half-width, lowercase).
/// </summary>
internal static class ChatMasks
{
    private const int MaxBracketLength = 96;

    /// <summary>Length of the placeholder starting at <paramref name="start"/>, 0 when there is none.</summary>
    public static int Match(ReadOnlySpan<char> text, int start, out MaskKind kind)
    {
        kind = MaskKind.None;
        var c = text[start];
        if (c == '[') return MatchBracket(text, start, out kind);
        if (c == '<') return MatchAngle(text, start, out kind);
        if (c == '#' && start + 2 < text.Length && text[start + 1] == 'e' && text[start + 2] == '-')
        {
            // JDDC emoji code: #E-s12, #E-s[数字x], #E-s<num>
            var end = start + 3;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end < text.Length && text[end] is '[' or '<' && Match(text, end, out _) is > 0 and var inner) end += inner;
            kind = MaskKind.Decoration;
            return end - start;
        }
        if (c is 'h' && text[start..].StartsWith("http")) return MatchUrl(text, start, out kind);
        return 0;
    }

    /// <summary>Length of a run of digits at <paramref name="start"/> that is a phone or an order number (≥ 8 digits).</summary>
    public static int MatchLongNumber(ReadOnlySpan<char> text, int start)
    {
        if (!char.IsAsciiDigit(text[start]) || (start > 0 && char.IsAsciiDigit(text[start - 1]))) return 0;
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))) end++;
        return end - start >= 8 ? end - start : 0;
    }

    private static int MatchBracket(ReadOnlySpan<char> text, int start, out MaskKind kind)
    {
        kind = MaskKind.None;
        var depth = 0;
        for (var i = start; i < text.Length && i - start <= MaxBracketLength; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']' && --depth == 0)
            {
                kind = Classify(text[(start + 1)..i]);
                return kind == MaskKind.None ? 0 : i + 1 - start;
            }
        }
        return 0;
    }

    private static MaskKind Classify(ReadOnlySpan<char> inside)
    {
        if (inside.Length == 0) return MaskKind.None;
        if (inside.Contains("订单", StringComparison.Ordinal) || inside.Contains("电话", StringComparison.Ordinal)
            || inside.Contains("姓名", StringComparison.Ordinal) || inside.Contains("地址", StringComparison.Ordinal)
            || inside.Contains("站点", StringComparison.Ordinal) || inside.Contains("邮箱", StringComparison.Ordinal)
            || inside.Contains("链接", StringComparison.Ordinal) || inside.Contains("身份证", StringComparison.Ordinal)
            || inside.Contains("机构", StringComparison.Ordinal) || inside.Contains("手机", StringComparison.Ordinal)
            || inside.Contains("商品", StringComparison.Ordinal) || inside.Contains("账号", StringComparison.Ordinal))
            return MaskKind.Personal;
        if (inside.Contains("数字", StringComparison.Ordinal) || inside.Contains("金额", StringComparison.Ordinal)
            || inside.Contains("日期", StringComparison.Ordinal) || inside.Contains("时间", StringComparison.Ordinal)
            || inside.Contains("数量", StringComparison.Ordinal))
            return MaskKind.Number;
        // Short all-CJK codes are emoji names ([微笑], [爱心]); anything longer is real bracketed text.
        if (inside.Length <= 4)
        {
            foreach (var c in inside) if (c is < '\u4e00' or > '\u9fff') return MaskKind.None;
            return MaskKind.Decoration;
        }
        return MaskKind.None;
    }

    private static int MatchAngle(ReadOnlySpan<char> text, int start, out MaskKind kind)
    {
        kind = MaskKind.None;
        var end = start + 1;
        while (end < text.Length && end - start <= 8 && char.IsAsciiLetter(text[end])) end++;
        if (end == start + 1 || end >= text.Length || text[end] != '>') return 0;
        var name = text[(start + 1)..end];
        kind = name is "num" or "number" or "digit" or "money" or "date" or "time" ? MaskKind.Number : MaskKind.Personal;
        return end + 1 - start;
    }

    private static int MatchUrl(ReadOnlySpan<char> text, int start, out MaskKind kind)
    {
        kind = MaskKind.Personal;
        var end = start;
        while (end < text.Length && text[end] > ' ' && text[end] < 0x80) end++;
        return end - start;
    }
}
