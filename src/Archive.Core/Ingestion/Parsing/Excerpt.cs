using System.Text;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// The short, printable start of an offending input. Rejections end up in JSON responses and log files, so the
/// excerpt is bounded and free of control characters (line breaks and tabs become spaces, others U+FFFD).
/// </summary>
internal static class Excerpt
{
    public const int MaxChars = 200;

    public static string Of(ReadOnlySpan<char> source)
    {
        var truncated = source.Length > MaxChars;
        var take = truncated ? MaxChars : source.Length;
        // Never cut a surrogate pair in half: a lone surrogate would make the excerpt invalid UTF-16.
        if (truncated && char.IsHighSurrogate(source[take - 1])) take--;
        var sb = new StringBuilder(take + 1);
        for (var i = 0; i < take; i++)
        {
            var c = source[i];
            if (c is '\r' or '\n' or '\t') sb.Append(' ');
            else if (char.IsControl(c) || char.IsSurrogate(c) && !IsPaired(source, i)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        if (truncated) sb.Append('…');
        return sb.ToString();
    }

    public static string OfUtf8(ReadOnlySpan<byte> source)
    {
        // 4 bytes per char at most; decoding a bounded prefix keeps a 10 MB line cheap. A sequence cut at the end
        // decodes to U+FFFD, which the char-level pass then drops with the truncation.
        var prefix = source.Length > MaxChars * 4 ? source[..(MaxChars * 4)] : source;
        var text = Encoding.UTF8.GetString(prefix);
        return prefix.Length < source.Length && text.Length <= MaxChars ? Of(text) + "…" : Of(text);
    }

    private static bool IsPaired(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                                   : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
