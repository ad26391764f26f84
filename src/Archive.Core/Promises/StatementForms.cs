namespace Archive.Promises;

/// <summary>Sentence forms that state how things are or work rather than commit: 是…的, a process's duration, a preposition's object.</summary>
internal static class StatementForms
{
    /// <summary>
    /// 电子发票是…为您开具的, 咱们这边是按照您的地址帮您配送的: a 是…的 sentence explains how things work rather than
    /// committing (是 as a verb, not inside 还是/就是/都是…, and the clause ending in 的).
    /// </summary>
    public static bool Descriptive(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        var end = clause.End - 1;
        while (end > clause.Start && text[end] is '哦' or '呢' or '哈' or '啊' or '呀' or '啦' or '滴' or '喔' or '噢' or ' ' or '亲') end--;
        if (text[end] != '的') return false;
        for (var i = clause.Start; i < end; i++)
        {
            if (text[i] != '是' || InsideToken(tokens, clause, i)) continue;
            var previous = i > clause.Start ? text[i - 1] : '\0';
            var next = i + 1 < clause.End ? text[i + 1] : '\0';
            if (previous is '还' or '就' or '都' or '也' or '但' or '要' or '若' or '可' or '只' or '不' or '于' or '算' or '总' || next is '否' or '不') continue;
            // 下午是可以送到您手中的: a time for this order, affirmed, is a flat time (docs/promise-labelling.md revision 2).
            if (next is '可' or '能' && TimeBefore(tokens, clause, i)) continue;
            return true;
        }

        return false;
    }

    private static bool TimeBefore(ReadOnlySpan<CueToken> tokens, in Clause clause, int position)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd && tokens[k].Start < position; k++)
            if (tokens[k].Cue == Cue.Deadline) return true;
        return false;
    }

    private static bool InsideToken(ReadOnlySpan<CueToken> tokens, in Clause clause, int position)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Start <= position && position < tokens[k].End) return true;
        return false;
    }

    /// <summary>
    /// 还麻烦您和配送小哥协调一下, 我和快递员说了: a party after 和/跟/与/找/让 is who someone deals with, not who acts.
    /// </summary>
    public static bool IsPrepositionalObject(ReadOnlySpan<char> text, in Clause clause, in CueToken party) =>
        party.Start > clause.Start && text[party.Start - 1] is '和' or '跟' or '与' or '同' or '找' or '让' or '向' or '对' or '叫';

    /// <summary>
    /// 换开需要3个工作日, 审核要[数字x]小时: how long a step takes, told as information, is no deadline the shop sets
    /// itself (3个工作日内给您换开 is).
    /// </summary>
    public static bool IsProcessDuration(ReadOnlySpan<char> text, in Clause clause, in CueToken deadline)
    {
        var i = deadline.Start;
        while (i > clause.Start && (CueScanner.StartsNumber(text[i - 1]) || char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '个' or ']' or ' ' or '.'))
        {
            if (text[i - 1] == ']') { var open = text[clause.Start..i].LastIndexOf('['); i = open < 0 ? i - 1 : clause.Start + open; }
            else i--;
        }

        if (i == deadline.Start) return false;
        var before = text[clause.Start..i];
        return before.EndsWith("需要", StringComparison.Ordinal) || before.EndsWith('需') || before.EndsWith('要') || before.EndsWith("耗时", StringComparison.Ordinal)
               || before.EndsWith('花') || before.EndsWith("周期是", StringComparison.Ordinal) || before.EndsWith("时效是", StringComparison.Ordinal) || before.EndsWith('用');
    }
}
