namespace Archive.Promises;

/// <summary>
/// 明天能到吗? → 是的呢: an unhedged yes to the buyer's question about when this order arrives or the money comes is a
/// flat time for this buyer's case (docs/promise-labelling.md, revision 2), though the answer names neither. The
/// question, the message just before, gives the type and the deadline.
/// </summary>
internal static class AffirmedAnswer
{
    private static readonly System.Buffers.SearchValues<string> ArrivalWords =
        System.Buffers.SearchValues.Create(["到货", "能到", "会到", "收到", "到吗", "到么", "到嘛"], StringComparison.Ordinal);

    private static readonly string[] Affirmatives = ["没问题", "可以", "肯定", "一定", "是", "对", "能", "会"];

    public static DetectedPromise? Read(string original, ReadOnlySpan<char> text, IReadOnlyList<string> earlier, DateTimeOffset sentAt)
    {
        if (earlier.Count == 0 || !IsBareYes(text)) return null;
        var question = earlier[0];
        if (!AsksSomething(question)) return null;
        var normalized = PromiseText.Normalize(question, new char[question.Length]);
        var tokens = new CueToken[normalized.Length + 1];
        var count = CueScanner.Scan(normalized, tokens);
        PromiseType? type = null;
        var timed = false;
        foreach (var t in tokens.AsSpan(0, count))
        {
            if (t.Cue is Cue.Deadline) timed = true;
            if (t.Cue is Cue.Action && t.Type is PromiseType.Shipping or PromiseType.Refund) type ??= t.Type;
        }

        // 明天可以到货的是么: the buyer's words for arriving are not the shop's action words.
        type ??= normalized.ContainsAny(ArrivalWords) ? PromiseType.Shipping : null;
        return timed && type is { } promised
            ? new DetectedPromise(promised, DueDateResolver.ResolveNormalized(normalized, sentAt), null, null, original.Trim())
            : null;
    }

    /// <summary>是的呢, 可以的哈, 嗯嗯 是的: only words of assent, particles and emoji codes.</summary>
    private static bool IsBareYes(ReadOnlySpan<char> text)
    {
        var yes = false;
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

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || "的哦呢哈啊呀啦嗯恩亲滴哒噢喔呐".Contains(c)) { i++; continue; }
            var length = AffirmativeAt(text[i..]);
            if (length == 0) return false;
            yes = true;
            i += length;
        }

        return yes;
    }

    private static int AffirmativeAt(ReadOnlySpan<char> rest)
    {
        foreach (var a in Affirmatives)
            if (rest.StartsWith(a, StringComparison.Ordinal)) return a.Length;
        return 0;
    }

    private static bool AsksSomething(string question) =>
        question.AsSpan().IndexOfAny("?？吗么嘛吧") >= 0 || question.Contains("是不是", StringComparison.Ordinal) || question.Contains("能不能", StringComparison.Ordinal);
}
