namespace Archive.Promises;

/// <summary>
/// 明天能到吗? → 是的呢: an unhedged yes to the buyer's question about when this order arrives or the money comes is a
/// flat time for this buyer's case (docs/promise-labelling.md, revision 2), though the answer names neither. The
/// question, the message just before, gives the type and the deadline. So is a bare time given to the buyer's "when"
/// (款项什么时候能退回? → [数字x]-[数字x]个工作日; 明天什么时候送到? → 下午): the question gives the type, the answer the time.
/// </summary>
internal static class AffirmedAnswer
{
    private static readonly System.Buffers.SearchValues<string> ArrivalWords =
        System.Buffers.SearchValues.Create(["到货", "能到", "会到", "收到", "到吗", "到么", "到嘛", "可以出", "能出", "出吗", "出么", "能发", "可以发", "发吗", "发么"], StringComparison.Ordinal);

    private static readonly string[] Affirmatives = ["没问题", "可以", "肯定", "一定", "是", "对", "能", "会"];

    // Words of a time and nothing else: a hedge (预计, 最快, 左右) or a verb makes the answer one the rules read as written.
    private static readonly string[] TimeWords = ["[数字x]", "[日期x]", "[时间x]", "今天", "明天", "后天", "今日", "明日", "当天", "上午", "下午",
        "中午", "晚上", "早上", "傍晚", "工作日", "小时", "之内", "以内", "之前", "以前", "下周", "周", "内", "前", "天", "号", "日", "点", "个", "半",
        "到", "至", "-", "~", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十",
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static readonly System.Buffers.SearchValues<string> DayWords = System.Buffers.SearchValues.Create(
        ["今天", "明天", "后天", "今日", "明日", "当天", "工作日", "天", "号", "日", "周"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> WhenWords = System.Buffers.SearchValues.Create(
        ["什么时候", "啥时候", "多久", "几天", "多长时间", "多少天", "哪天", "几号", "几点", "什么时间"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> TimeUnits = System.Buffers.SearchValues.Create(
        ["今天", "明天", "后天", "今日", "明日", "当天", "上午", "下午", "中午", "晚上", "早上", "傍晚", "工作日", "小时", "天", "号", "周", "点"], StringComparison.Ordinal);

    public static DetectedPromise? Read(string original, ReadOnlySpan<char> text, IReadOnlyList<string> earlier, DateTimeOffset sentAt)
    {
        if (earlier.Count == 0) return null;
        var question = earlier[0];
        var yes = IsBareYes(text);
        var bareTime = !yes && IsBareTime(text) && question.AsSpan().ContainsAny(WhenWords);
        if (!bareTime && !(yes && AsksSomething(question))) return null;
        var normalized = PromiseText.Normalize(question, new char[question.Length]);
        var tokens = new CueToken[normalized.Length + 1];
        var count = CueScanner.Scan(normalized, tokens);
        PromiseType? type = null;
        var timed = bareTime;
        foreach (var t in tokens.AsSpan(0, count))
        {
            if (t.Cue is Cue.Deadline) timed = true;
            if (t.Cue is Cue.Action && t.Type is PromiseType.Shipping or PromiseType.Refund) type ??= t.Type;
        }

        // 明天可以到货的是么, 就是明天可以出?: the buyer's words for arriving or leaving are not the shop's action words.
        type ??= normalized.ContainsAny(ArrivalWords) ? PromiseType.Shipping : null;
        if (!timed || type is not { } promised) return null;
        // 明天什么时候送到? → 下午: a time of day alone answers within the day the buyer named.
        var due = bareTime && text.ContainsAny(DayWords)
            ? DueDateResolver.ResolveNormalized(text, sentAt)
            : DueDateResolver.ResolveNormalized(normalized, sentAt) ?? (bareTime ? DueDateResolver.ResolveNormalized(text, sentAt) : null);
        return new DetectedPromise(promised, due, null, null, original.Trim());
    }

    /// <summary>[数字x]-[数字x]个工作日, 下午, 今天内: only the words of a time, particles and emoji codes.</summary>
    private static bool IsBareTime(ReadOnlySpan<char> text) => OnlyWordsOf(text, TimeWords) && text.ContainsAny(TimeUnits);

    /// <summary>是的呢, 可以的哈, 嗯嗯 是的: only words of assent, particles and emoji codes.</summary>
    private static bool IsBareYes(ReadOnlySpan<char> text) => OnlyWordsOf(text, Affirmatives);

    private static bool OnlyWordsOf(ReadOnlySpan<char> text, string[] words)
    {
        var any = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#' && text[i..].StartsWith("#E-s", StringComparison.Ordinal))
            {
                var close = text[i..].IndexOf(']');
                i += close < 0 ? text.Length - i : close + 1;
                continue;
            }

            var length = WordAt(text[i..], words);
            if (length > 0)
            {
                any = true;
                i += length;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || "的哦呢哈啊呀啦嗯恩亲滴哒噢喔呐".Contains(c)) { i++; continue; }
            return false;
        }

        return any;
    }

    private static int WordAt(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return word.Length;
        return 0;
    }

    private static bool AsksSomething(string question) =>
        question.AsSpan().IndexOfAny("?？吗么嘛吧") >= 0 || question.Contains("是不是", StringComparison.Ordinal) || question.Contains("能不能", StringComparison.Ordinal);
}
