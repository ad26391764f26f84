using System.Text;
using Archive.Analysis;

namespace Archive.Faq;

/// <summary>
/// Makes an agent's reply reusable as a quick phrase (快捷短语): simplified and half-width, personal data out
/// (order numbers, phone numbers, names and addresses behind masks, links, the name after 亲爱的/尊敬的, the agent
/// introducing themself by name), number masks as fill-in slots (【数字】, 【金额】, 【日期】, 【时间】), emoji out,
/// and cut at the last sentence end within <see cref="MaxLength"/> characters (a clause end when no sentence ends in
/// time; a hard cut only when a single clause is longer). Stateless and thread-safe.
/// </summary>
public static class ReplyTrimmer
{
    /// <summary>Taobao quick phrases and auto-replies take at most 128 Chinese characters.</summary>
    public const int MaxLength = 128;

    private const string SentenceEnds = "。！？!?~～；;…";
    private const string ClauseEnds = "，,、：:";

    private static readonly string[] NameLeads = ["亲爱的", "尊敬的", "亲爱哒"];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "顾客", "客户", "买家", "亲", "用户", "会员", "小主", "宝宝", "您", "朋友" };

    public static string Trim(string reply, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        var text = Clean(KeepChinesePunctuation(reply, TextNormalizer.Normalize(reply)));
        return Cut(text, maxLength);
    }

    /// <summary>The normalizer makes "，" a ","; a reply sent to buyers keeps the full-width punctuation it was written with.</summary>
    private static string KeepChinesePunctuation(string original, string normalized)
    {
        if (ReferenceEquals(original, normalized)) return normalized;
        return string.Create(normalized.Length, (original, normalized), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.original[i];
                span[i] = c is >= '\uFF01' and <= '\uFF5E' && !char.IsLetterOrDigit(c) ? c : state.normalized[i];
            }
        });
    }

    private static string Clean(string normalized)
    {
        var span = normalized.AsSpan();
        var builder = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length;)
        {
            if (ChatMasks.Match(span, i, out var kind) is > 0 and var length)
            {
                if (kind == MaskKind.Number) builder.Append(Slot(span.Slice(i, length)));
                i += length;
                continue;
            }
            if (ChatMasks.MatchLongNumber(span, i) is > 0 and var digits) { i += digits; continue; }
            var c = span[i];
            if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format) { i++; continue; }
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                i++;
                continue;
            }
            builder.Append(c);
            i++;
            if (EndsWithNameLead(builder)) i = SkipName(span, i);
        }
        return Tidy(builder.ToString());
    }

    /// <summary>【数字】 etc.: the manager fills the slot in when saving the phrase.</summary>
    private static string Slot(ReadOnlySpan<char> mask) =>
        mask.Contains("金额", StringComparison.Ordinal) ? "【金额】"
        : mask.Contains("日期", StringComparison.Ordinal) ? "【日期】"
        : mask.Contains("时间", StringComparison.Ordinal) ? "【时间】"
        : "【数字】";

    private static bool EndsWithNameLead(StringBuilder builder)
    {
        foreach (var lead in NameLeads)
        {
            if (builder.Length < lead.Length) continue;
            var match = true;
            for (var k = 0; k < lead.Length && match; k++) match = builder[builder.Length - lead.Length + k] == lead[k];
            if (match) return true;
        }
        return false;
    }

    /// <summary>After 亲爱的: a name of 1–4 characters closed by punctuation or a space is skipped.</summary>
    private static int SkipName(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 4 && !IsBreak(text[end])) end++;
        if (end == start || end - start > 4 || end >= text.Length) return start;
        return NotNames.Contains(text[start..end].ToString()) ? start : end;
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || SentenceEnds.Contains(c) || ClauseEnds.Contains(c);

    /// <summary>Punctuation left dangling where something was removed: doubled, leading, or before a close.</summary>
    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isPunct = SentenceEnds.Contains(c) || ClauseEnds.Contains(c);
            if (isPunct && (builder.Length == 0 || ClauseEnds.Contains(builder[^1]) || (SentenceEnds.Contains(builder[^1]) && ClauseEnds.Contains(c)))) continue;
            if (c == ' ' && (builder.Length == 0 || SentenceEnds.Contains(builder[^1]) || ClauseEnds.Contains(builder[^1]))) continue;
            builder.Append(c);
        }
        var result = builder.ToString().Trim();
        return result.TrimEnd(ClauseEnds.ToCharArray()).TrimEnd();
    }

    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var window = text.AsSpan(0, maxLength);
        var sentence = window.LastIndexOfAny(SentenceEnds);
        if (sentence >= maxLength / 4) return text[..(sentence + 1)];
        var clause = window.LastIndexOfAny(ClauseEnds);
        if (clause >= maxLength / 4) return text[..clause] + "。";
        var space = window.LastIndexOf(' ');
        if (space >= maxLength / 4) return text[..space] + "。";
        return text[..(maxLength - 1)] + "…";
    }
}
