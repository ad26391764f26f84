using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Ingestion.Parsing;

/// <summary>How the text after a message line's timestamp splits into speaker and content.</summary>
internal enum SpeakerSplit { Ok, NoSeparator, Ambiguous, EmptySpeaker }

/// <summary>
/// The line-level grammar of Qianniu-style plain-text exports (docs/ingestion-formats.md is the specification;
/// keep the two in step).
/// </summary>
internal static partial class QianniuGrammar
{
    /// <summary>Exports carry no offset; Taobao is operated on China Standard Time.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>Header lines are short; longer lines are never tested against the header patterns.</summary>
    private const int MaxHeaderLineLength = 500;

    private static readonly HashSet<string> SystemSpeakers = ["系统", "系统消息", "系统提示", "系统通知"];

    // [0-9] rather than \d: \d also matches full-width and other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<sep>[-/])(?<mo>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})[ \t\u3000]+(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?(?=[ \t\u3000]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    private const string Rule = "=\\-*#~_─—━═";

    [GeneratedRegex(@"^[" + Rule + @"\s]*与\s*(?<name>\S.*?)\s*的(?:聊天|对话|消息)记录\s*(?:[(（][^)）]*[)）])?[" + Rule + @"\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChatWith();

    [GeneratedRegex(@"^(?:(?:聊天记录导出时间|导出时间|导出日期|导出人|导出账号|导出范围|聊天对象)\s*[:：]|[-—=\s（(]*(?:以上|以下)(?:是|为)(?:历史|新)消息[-—=\s）)]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataLine();

    [GeneratedRegex(@"^(?:[" + Rule + @"]{3,}.*|[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?:\s+(?:星期|周)[一二三四五六日天])?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecorationLine();

    [GeneratedRegex(@"^\s*(?:[\[【(（〔]\s*(?:机器人|智能|系统)?自动回复(?:消息)?\s*[\]】)）〕]|[\[(]\s*auto[- ]?reply\s*[\])])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AutoReplyMarker();

    /// <summary>
    /// A message line starts (column 0) with <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c> (1–2 digit month/day), spaces,
    /// <c>HH:mm[:ss]</c>, then spaces or the end of the line. <paramref name="rest"/> is what follows the spaces.
    /// </summary>
    public static bool TryMatchTimestamp(string line, out DateTimeOffset? at, out string rest, out string timestamp)
    {
        var m = Timestamp().Match(line);
        at = null;
        rest = "";
        timestamp = "";
        if (!m.Success) return false;
        timestamp = m.Value;
        rest = line[m.Length..].TrimStart(' ', '\t', '\u3000');
        int Part(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        int year = Part("y"), month = Part("mo"), day = Part("d"), hour = Part("h"), minute = Part("mi"), second = Part("s");
        // Before 0001-01-01T08:00 CST the instant precedes DateTimeOffset.MinValue (UTC), and the constructor
        // would throw: such a line is an impossible time like any other, not a reason to lose the whole file.
        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && hour < 24 && minute < 60 && second < 60
            && new DateTime(year, month, day, hour, minute, second) >= DateTime.MinValue + ChinaStandardTime)
            at = new DateTimeOffset(year, month, day, hour, minute, second, ChinaStandardTime);
        return true;
    }

    /// <summary>
    /// The speaker ends at the first full-width colon '：' or the first ASCII ':' followed by whitespace or the end
    /// of the line. Without either, a single bare ':' splits; two or more bare colons are ambiguous
    /// ("店铺:客服A:亲" vs "买家:订单号:123") and resolved by the caller, who knows the file's shops.
    /// </summary>
    public static SpeakerSplit Split(string rest, out string speaker, out string content)
    {
        speaker = content = "";
        var separator = -1;
        for (var i = 0; i < rest.Length && separator < 0; i++)
        {
            if (rest[i] == '：' || rest[i] == ':' && (i + 1 == rest.Length || rest[i + 1] is ' ' or '\t' or '\u3000'))
                separator = i;
        }
        if (separator < 0)
        {
            var colons = rest.AsSpan().Count(':');
            if (colons == 0) return SpeakerSplit.NoSeparator;
            if (colons > 1) return SpeakerSplit.Ambiguous;
            separator = rest.IndexOf(':');
        }
        return Cut(rest, separator, out speaker, out content);
    }

    /// <summary>For an ambiguous line whose first segment is a known shop: the speaker is "shop:agent".</summary>
    public static SpeakerSplit SplitAsShopAgent(string rest, out string speaker, out string content)
    {
        var first = rest.IndexOf(':');
        return Cut(rest, rest.IndexOf(':', first + 1), out speaker, out content);
    }

    public static string FirstBareSegment(string rest) => rest[..Math.Max(rest.IndexOf(':'), 0)].Trim();

    private static SpeakerSplit Cut(string rest, int separator, out string speaker, out string content)
    {
        speaker = rest[..separator].Trim(' ', '\t', '\u3000');
        content = rest[(separator + 1)..].TrimStart(' ', '\t', '\u3000');
        return speaker.Length == 0 ? SpeakerSplit.EmptySpeaker : SpeakerSplit.Ok;
    }

    /// <summary>
    /// Export headers: "与 X 的聊天记录" titles (<paramref name="chatWith"/> = X), "导出时间: …" style metadata and
    /// "以上是历史消息" markers are always headers. Decoration — rules of 3+ '=', '-', '─'… and date-only day
    /// headings — is <paramref name="soft"/>: shop auto-replies use such lines too, so inside a message the caller
    /// keeps them as text unless a message line, another header or the end of the file follows.
    /// </summary>
    public static bool IsHeaderLine(string trimmed, out string? chatWith, out bool soft)
    {
        chatWith = null;
        soft = false;
        if (trimmed.Length > MaxHeaderLineLength) return false;
        var title = ChatWith().Match(trimmed);
        if (title.Success)
        {
            chatWith = title.Groups["name"].Value.Trim();
            return true;
        }
        if (MetadataLine().IsMatch(trimmed)) return true;
        return soft = DecorationLine().IsMatch(trimmed);
    }

    public static bool IsSystemSpeaker(string speaker) => SystemSpeakers.Contains(speaker);

    public static bool StartsWithAutoReplyMarker(string text) =>
        AutoReplyMarker().IsMatch(text.Length > 100 ? text[..100] : text);
}
