namespace Archive.Promises;

/// <summary>Calendar arithmetic for <see cref="DueDateResolver"/>: weekdays, parts of a month, written dates.</summary>
internal static class DueCalendar
{
    public static DateTimeOffset EndOfDay(DateTime day, DateTimeOffset sentAt) =>
        new(day.Year, day.Month, day.Day, 23, 59, 59, sentAt.Offset);

    /// <summary>The day <paramref name="workdays"/> working days after <paramref name="day"/> (Saturday and Sunday skipped; holidays are not known).</summary>
    public static DateTime AddWorkdays(DateTime day, int workdays)
    {
        while (workdays > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) workdays--;
        }

        return day;
    }

    /// <summary>下周一…下周日, 下周 (its Sunday), 本周五/这周五 (null once past), 周五 (next one, today included), 周末.</summary>
    public static int MatchWeek(ReadOnlySpan<char> s, DateTime today, out DateTime? day)
    {
        day = null;
        var prefix = 0;
        var weekOffset = 0; // 0: this week, 1: next week, -1: the next such weekday
        if (s.StartsWith("下个")) { prefix = 2; weekOffset = 1; }
        else if (s.StartsWith("下")) { prefix = 1; weekOffset = 1; }
        else if (s.StartsWith("这个")) { prefix = 2; }
        else if (s.StartsWith("本") || s.StartsWith("这")) { prefix = 1; }
        else weekOffset = -1;

        var rest = s[prefix..];
        var wordLength = rest.StartsWith("星期") || rest.StartsWith("礼拜") ? 2 : rest.StartsWith("周") ? 1 : 0;
        if (wordLength == 0) return 0;
        var mondayThisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var dayChar = wordLength < rest.Length ? rest[wordLength] : '\0';
        if (dayChar == '末')
        {
            day = mondayThisWeek.AddDays(6 + 7 * Math.Max(weekOffset, 0));
            return prefix + wordLength + 1;
        }

        var index = dayChar switch { '一' => 0, '二' => 1, '三' => 2, '四' => 3, '五' => 4, '六' => 5, '日' or '天' => 6, _ => -1 };
        if (index < 0)
        {
            if (weekOffset != 1) return 0; // 本周 alone is too vague to be a deadline
            day = mondayThisWeek.AddDays(13);
            return prefix + wordLength;
        }

        if (weekOffset >= 0)
        {
            var candidate = mondayThisWeek.AddDays(7 * weekOffset + index);
            day = candidate >= today ? candidate : null;
        }
        else
        {
            var ahead = (index - ((int)today.DayOfWeek + 6) % 7 + 7) % 7;
            day = today.AddDays(ahead);
        }

        return prefix + wordLength + 1;
    }

    /// <summary>月底/月末 (this month's last day), 下月底, 月初 (the 5th: 月初 covers days 1–5), 月中 (the 15th), 年底, 下个月.</summary>
    public static int MatchMonthPart(ReadOnlySpan<char> s, DateTime today, out DateTime? day)
    {
        day = null;
        var prefix = 0;
        var next = false;
        if (s.StartsWith("下个月") || s.StartsWith("下月")) { prefix = s[1] == '个' ? 3 : 2; next = true; }
        else if (s.StartsWith("本月") || s.StartsWith("这个月")) prefix = s[0] == '本' ? 2 : 3;
        else if (s.StartsWith("年底") || s.StartsWith("年末")) { day = new DateTime(today.Year, 12, 31); return 2; }

        var rest = s[prefix..];
        var first = new DateTime(today.Year, today.Month, 1).AddMonths(next ? 1 : 0);
        if (rest.StartsWith("月底") || rest.StartsWith("月末") || (prefix > 0 && (rest.StartsWith("底") || rest.StartsWith("末"))))
        {
            day = first.AddMonths(1).AddDays(-1);
            return prefix + (rest[0] == '月' ? 2 : 1);
        }

        if (rest.StartsWith("月初") || (prefix > 0 && rest.StartsWith("初")))
        {
            // Said in the first days of a month, 月初 is this month's; later it can only mean the next one.
            if (!next && prefix == 0 && today.Day > 5) first = first.AddMonths(1);
            day = first.AddDays(4);
            return prefix + (rest[0] == '月' ? 2 : 1);
        }

        if (rest.StartsWith("月中") || (prefix > 0 && rest.StartsWith("中")))
        {
            if (!next && prefix == 0 && today.Day > 15) first = first.AddMonths(1);
            day = first.AddDays(14);
            return prefix + (rest[0] == '月' ? 2 : 1);
        }

        if (next) { day = first.AddMonths(1).AddDays(-1); return prefix; }
        return 0;
    }

    /// <summary>2024-03-05, 2024/3/5, 2024年3月5日, 3月5日/号, 3.5号, 5号; dates already past roll to the next month or year.</summary>
    public static int MatchDate(ReadOnlySpan<char> s, DateTime today, out DateTime? day)
    {
        day = null;
        var i = Whole(s, 0, out var a);
        if (i == 0 || i >= s.Length) return 0;
        if (i == 4 && s[i] is '-' or '/' or '.' or '年')
        {
            var j = i + 1 + Whole(s, i + 1, out var month);
            if (j == i + 1 || j >= s.Length || s[j] is not ('-' or '/' or '.' or '月')) return 0;
            var end = j + 1 + Whole(s, j + 1, out var dayOfMonth);
            if (end == j + 1) return 0;
            if (end < s.Length && s[end] is '日' or '号') end++;
            day = Make(a, month, dayOfMonth);
            return day is null ? 0 : end;
        }

        if (s[i] is '月' or '.')
        {
            // 3.5 alone is a number; 3.5号 and 3月5日 are dates.
            var end = i + 1 + Whole(s, i + 1, out var dayOfMonth);
            if (end == i + 1 || end >= s.Length || s[end] is not ('日' or '号')) return 0;
            day = Make(today.Year, a, dayOfMonth);
            if (day < today) day = Make(today.Year + 1, a, dayOfMonth);
            return day is null ? 0 : end + 1;
        }

        if (s[i] == '号' && a is >= 1 and <= 31)
        {
            day = Make(today.Year, today.Month, a);
            if (day is null || day < today) day = Make(today.AddMonths(1).Year, today.AddMonths(1).Month, a);
            return day is null ? 0 : i + 1;
        }

        return 0;
    }

    /// <summary>A whole number (ASCII digits only, or Chinese numerals) starting at <paramref name="start"/>; its length.</summary>
    private static int Whole(ReadOnlySpan<char> s, int start, out int value)
    {
        value = 0;
        if (start >= s.Length) return 0;
        if (char.IsAsciiDigit(s[start]))
        {
            var end = start;
            while (end < s.Length && char.IsAsciiDigit(s[end]) && end - start < 5) value = value * 10 + (s[end++] - '0');
            return end - start;
        }

        if (s[start] == '半') return 0;
        var length = ChineseNumber.Parse(s, start, out var v);
        value = (int)v;
        return length;
    }

    private static DateTime? Make(int year, int month, int dayOfMonth) =>
        month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month) && year is >= 2000 and <= 2100
            ? new DateTime(year, month, dayOfMonth)
            : null;
}
