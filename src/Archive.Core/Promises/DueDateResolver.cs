namespace Archive.Promises;

/// <summary>
/// Resolves the deadline a chat message states against the time it was sent: 今天/今晚/明天/后天/大后天, 下午4点前,
/// N小时内, N天内, N个工作日内 (Saturday and Sunday skipped), 下周一…下周日, 本周五, 周末, 月底前, 月初, 3月5日, 3.5号,
/// 5号前, 2024-03-05. When only a day is known the deadline is the end of that day (23:59:59) in the message's own
/// offset. Unresolvable text gives null — a masked date ([日期x], [数字x]天) included — rather than a guess.
/// When several deadlines appear the latest wins, so a promise is never reported overdue before every time it
/// stated has passed; a masked one among them makes the answer null, since it could be the latest.
/// </summary>
public static class DueDateResolver
{
    public static DateTimeOffset? Resolve(string text, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        return ResolveNormalized(PromiseText.Normalize(text, buffer), sentAt);
    }

    /// <summary>Same as <see cref="Resolve"/> on text already normalized by <see cref="Archive.Analysis.TextNormalizer"/>.</summary>
    internal static DateTimeOffset? ResolveNormalized(ReadOnlySpan<char> text, DateTimeOffset sentAt)
    {
        DateTimeOffset? latest = null;
        var i = 0;
        while (i < text.Length)
        {
            var length = DueExpression.Match(text, i, sentAt, out var due, out var masked);
            if (length == 0) { i++; continue; }
            if (masked) return null;
            if (due is { } d && (latest is null || d > latest)) latest = d;
            i += length;
        }

        return latest;
    }

    /// <summary>Only explicit calendar dates (3月5日, 2024-03-05): for text that recalls an earlier message.</summary>
    internal static DateTimeOffset? ResolveCalendarDate(ReadOnlySpan<char> text, DateTimeOffset sentAt)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && !ChineseNumber.IsNumeral(text[i]) || i > 0 && char.IsAsciiDigit(text[i - 1])) continue;
            if (DueCalendar.MatchDate(text[i..], sentAt.Date, out var day) > 0 && day is { } d && text[i..].IndexOfAny('月', '-', '/') is > 0 and < 5)
                return DueCalendar.EndOfDay(d, sentAt);
        }

        return null;
    }
}

/// <summary>One deadline expression at a position: a day (with an optional time of day) or a duration.</summary>
internal static class DueExpression
{
    /// <summary>Length of the expression at <paramref name="i"/> (0 when none); <paramref name="due"/> null when it names no resolvable time.</summary>
    public static int Match(ReadOnlySpan<char> text, int i, DateTimeOffset sentAt, out DateTimeOffset? due, out bool masked)
    {
        due = null;
        masked = false;
        var rest = text[i..];
        if (rest.StartsWith("[日期") || rest.StartsWith("[时间"))
        {
            masked = true;
            return rest.IndexOf(']') + 1;
        }

        if (rest.StartsWith("[数字") && rest.IndexOf(']') is var close and > 0)
        {
            var after = rest[(close + 1)..];
            masked = after.StartsWith("小时") || after.StartsWith("个") || after.StartsWith("天") || after.StartsWith("日") || after.StartsWith("号")
                     || after.StartsWith("月") || after.StartsWith("分钟") || after.StartsWith("点") || after.StartsWith("-") || after.StartsWith("工作日");
            return masked ? close + 1 : 0;
        }

        // 当天/当日 is "that same day" of some event (收到货当天), not necessarily today.
        if (rest.StartsWith("当天") || rest.StartsWith("当日")) return 2;
        var length = MatchDay(rest, sentAt, out var day);
        if (length > 0)
        {
            length += TimeOfDay(rest[length..], out var time, out var partOfDay);
            due = day is { } d ? At(d, time, partOfDay, sentAt) : null;
            return length;
        }

        if (ChineseNumber.IsNumeral(rest[0]) || char.IsAsciiDigit(rest[0]))
        {
            length = MatchDuration(rest, sentAt, out due);
            if (length > 0) return length;
            length = TimeOfDay(rest, out var time, out var partOfDay);
            if (length > 0 && time is not null)
            {
                var today = At(sentAt.Date, time, partOfDay, sentAt);
                due = today > sentAt ? today : null; // "4点前" said at 18:00 could mean tomorrow: do not guess
                return length;
            }
        }

        if (rest.StartsWith("上午") || rest.StartsWith("下午") || rest.StartsWith("中午") || rest.StartsWith("晚上") || rest.StartsWith("早上")
            || rest.StartsWith("下班"))
        {
            length = TimeOfDay(rest, out var time, out var partOfDay);
            var at = At(sentAt.Date, time, partOfDay, sentAt);
            due = time is null || at > sentAt ? at : null;
            return Math.Max(length, 2);
        }

        return 0;
    }

    private static int MatchDay(ReadOnlySpan<char> s, DateTimeOffset sentAt, out DateTime? day)
    {
        var today = sentAt.Date;
        day = null;
        foreach (var (word, offset) in RelativeDays)
        {
            if (!s.StartsWith(word)) continue;
            day = today.AddDays(offset);
            return word.Length;
        }

        var length = DueCalendar.MatchWeek(s, today, out day);
        if (length > 0) return length;
        length = DueCalendar.MatchMonthPart(s, today, out day);
        if (length > 0) return length;
        return DueCalendar.MatchDate(s, today, out day);
    }

    private static readonly (string Word, int Offset)[] RelativeDays =
    [
        ("大后天", 3), ("后天", 2), ("明天", 1), ("明日", 1), ("明早", 1), ("明晚", 1), ("次日", 1), ("第二天", 1), ("隔天", 1),
        ("今天", 0), ("今日", 0), ("今晚", 0), ("今早", 0),
    ];

    /// <summary>N小时(内), N分钟(内), N天(内/后), N个工作日(内); a range 1-3 takes its upper end.</summary>
    private static int MatchDuration(ReadOnlySpan<char> s, DateTimeOffset sentAt, out DateTimeOffset? due)
    {
        due = null;
        var length = ChineseNumber.Parse(s, 0, out var n);
        if (length == 0) return 0;
        if (length < s.Length && s[length] is '-' or '~' or '到' or '至')
        {
            var second = ChineseNumber.Parse(s, length + 1, out var upper);
            if (second > 0) { length += 1 + second; n = upper; }
        }

        var unit = s[length..];
        if (unit.StartsWith("个")) { unit = unit[1..]; length++; }
        if (unit.StartsWith("小时")) { due = sentAt.AddHours((double)n); return length + 2 + Within(unit[2..]); }
        if (unit.StartsWith("分钟")) { due = sentAt.AddMinutes((double)n); return length + 2 + Within(unit[2..]); }
        if (unit.StartsWith("工作日")) { due = DueCalendar.EndOfDay(DueCalendar.AddWorkdays(sentAt.Date, (int)n), sentAt); return length + 3 + Within(unit[3..]); }
        if (unit.StartsWith("天") || unit.StartsWith("日内"))
        {
            var tail = unit[1..];
            var isWithin = Within(tail) > 0 || tail.StartsWith("后") || tail.StartsWith("之后");
            if (!isWithin) return 0; // "3天" alone is a duration of use or transit, not a deadline
            due = DueCalendar.EndOfDay(sentAt.Date.AddDays((double)n), sentAt);
            return length + 1 + Math.Max(Within(tail), 1);
        }

        return 0;
    }

    private static int Within(ReadOnlySpan<char> s) =>
        s.StartsWith("之内") || s.StartsWith("以内") || s.StartsWith("之前") ? 2 : s.StartsWith("内") || s.StartsWith("前") ? 1 : 0;

    /// <summary>上午/下午/晚上 + N点(半) or HH:MM after a day; 今晚 and 下午 alone leave the time open (end of day).</summary>
    private static int TimeOfDay(ReadOnlySpan<char> s, out TimeSpan? time, out char partOfDay)
    {
        time = null;
        partOfDay = '\0';
        var length = 0;
        foreach (var part in (ReadOnlySpan<string>)["上午", "下午", "中午", "晚上", "早上", "傍晚", "凌晨"])
        {
            if (!s.StartsWith(part)) continue;
            partOfDay = part[0];
            length = 2;
            break;
        }

        var digits = ChineseNumber.Parse(s, length, out var hour);
        if (digits == 0 || hour > 24) return length;
        var end = length + digits;
        var minutes = 0m;
        if (end < s.Length && s[end] == ':' && ChineseNumber.Parse(s, end + 1, out minutes) is var m and > 0) end += 1 + m;
        else if (end < s.Length && s[end] is '点' or '时')
        {
            end++;
            if (end < s.Length && s[end] == '半') { minutes = 30; end++; }
            else if (ChineseNumber.Parse(s, end, out var mm) is var n and > 0 && end + n < s.Length && s[end + n] == '分') { minutes = mm; end += n + 1; }
        }
        else return length; // a bare number after 下午 is not a time

        if (minutes >= 60) return length;
        if (partOfDay is '下' or '晚' or '傍' && hour < 12) hour += 12;
        time = new TimeSpan((int)hour % 24, (int)minutes, 0);
        return end;
    }

    private static DateTimeOffset At(DateTime day, TimeSpan? time, char partOfDay, DateTimeOffset sentAt) =>
        time is { } t ? new DateTimeOffset(day.Add(t), sentAt.Offset) : DueCalendar.EndOfDay(day, sentAt);
}
