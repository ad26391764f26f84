namespace Archive.Promises;

/// <summary>
/// Wordings docs/promise-labelling.md decides on: what the shop says it can do for this buyer, work done while the
/// buyer waits in the chat, and chasing someone on the buyer's behalf.
/// </summary>
internal static class CommitmentForms
{
    /// <summary>帮您备注/会帮您登记的/帮您联系站点: in-chat work. A note that says what the shop will do (备注不要放发票) commits to that.</summary>
    public static bool IsInChatWork(ReadOnlySpan<char> text, in Clause clause, in CueToken a)
    {
        if ((a.Flags & CueFlags.InChat) == 0) return false;
        var after = text[a.End..clause.End].Trim();
        if (a.Type == PromiseType.FollowUp) return !WillRightBefore(text, clause, a) && !(text[a.Start..a.End].StartsWith("联系") && ContactToGetSomethingDone(after));
        return after.Length <= 3;
    }

    /// <summary>这边会联系站点: 会 right before the contact puts it after the chat (这边联系站点 您稍等 is done while the buyer waits).</summary>
    private static bool WillRightBefore(ReadOnlySpan<char> text, in Clause clause, in CueToken a)
    {
        return WithoutOneTrailing(text[clause.Start..a.Start].TrimEnd(), ContactFillers).EndsWith('会');
    }

    /// <summary>
    /// 联系厂家处理, 联系站点终止, 联系仓库给您进行预约: the contact is made so that someone acts for the buyer after the chat,
    /// which is chasing (follow_up). 联系站点查询/问下/核实 is a check made while the buyer waits.
    /// </summary>
    private static bool ContactToGetSomethingDone(ReadOnlySpan<char> after) => !after.ContainsAny(CheckChars) && after.ContainsAny(ContactPurposes);

    private static readonly System.Buffers.SearchValues<char> CheckChars = System.Buffers.SearchValues.Create("查问核确咨看");
    private static readonly System.Buffers.SearchValues<string> ContactPurposes = System.Buffers.SearchValues.Create(
        ["处理", "催", "安排", "预约", "终止", "加急", "协商", "说明", "修改", "改一下", "重新", "派送", "送货", "送达"], StringComparison.Ordinal);

    private static readonly string[] ContactFillers = ["帮您", "为您", "给您", "去", "再"];
    private static readonly string[] FilingFillers = ["一个", "一下", "个", "下"];

    /// <summary>The text without the first of <paramref name="fillers"/> it ends with, if any (会帮您 → 会, 申请一下 → 申请).</summary>
    private static ReadOnlySpan<char> WithoutOneTrailing(ReadOnlySpan<char> text, string[] fillers)
    {
        foreach (var filler in fillers)
            if (text.EndsWith(filler, StringComparison.Ordinal)) return text[..^filler.Length];
        return text;
    }

    /// <summary>
    /// 这边为您申请 请您稍等 / 我帮您 联系下仓库 您稍等: asking the buyer to hold on says the application or the contact
    /// happens now, while they wait: in-chat work, not a promise (docs/promise-labelling.md, step 1). Only paperwork and
    /// contact without a 会 or a deadline of their own; goods and money that still have to move (给您补发，您稍等) stay
    /// promises.
    /// </summary>
    public static void DropWorkWhileTheBuyerHoldsOn(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, Span<Verdict> verdicts)
    {
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise || verdicts[i].Type is not (PromiseType.FollowUp or PromiseType.Other)) continue;
            if (Clauses.Has(tokens, clauses[i], Cue.Modal, Cue.Deadline) || !HoldOnFollows(text, tokens, clauses, i)) continue;
            verdicts[i].IsPromise = false;
        }
    }

    /// <summary>
    /// 会提前联系您的呢, 师傅…会提前打电话: calling ahead is how delivery and installation work (docs/promise-labelling.md,
    /// step 2), whoever the clause leaves unnamed. The shop's own word (我会提前联系您) or a date ([数字x]号前会提前联系您) commits it.
    /// </summary>
    public static void DropCallingAhead(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, Span<Verdict> verdicts)
    {
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise || verdicts[i].Type != PromiseType.FollowUp) continue;
            if (text[clauses[i].Start..clauses[i].End].Contains("提前", StringComparison.Ordinal) && !Clauses.Has(tokens, clauses[i], Cue.ShopSubject, Cue.Deadline))
                verdicts[i].IsPromise = false;
        }
    }

    /// <summary>A later clause of the sentence, or the first of the next, that asks to hold on and does nothing else.</summary>
    private static bool HoldOnFollows(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i)
    {
        for (var j = i + 1; j < clauses.Length; j++)
        {
            var nextSentence = clauses[j].Sentence != clauses[i].Sentence;
            if (nextSentence && clauses[j - 1].Sentence != clauses[i].Sentence) return false;
            var holdOn = false;
            for (var k = clauses[j].TokenStart; k < clauses[j].TokenEnd; k++)
            {
                if (tokens[k].Cue == Cue.Action) return false;
                holdOn |= tokens[k].Cue == Cue.Stall && text[tokens[k].Start..tokens[k].End] is "稍等" or "稍候" or "请稍";
            }
            if (holdOn) return true;
            if (nextSentence) return false;
        }

        return false;
    }

    /// <summary>
    /// 这边帮您申请价保 / 我们帮您申请下售后 / 马上为您申请 稍等: filing an application now is in-chat work; what it asks
    /// for is the platform's to grant (docs/promise-labelling.md, revision 3). A later filing (订单完成后帮您申请, 会为您申请,
    /// 明天给您提交) is promised, and so is anything the clause commits beyond the filing.
    /// </summary>
    public static bool FilingNow(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int best)
    {
        ref readonly var a = ref tokens[best];
        if (!IsFiling(text[a.Start..a.End]) && !FilingVerbBefore(text[clause.Start..a.Start])) return false;
        // 然后帮您申请差价, 稍后为您申请: a filing after something else is still to come. 您注意查收…帮您申请退费: the
        // money is promised with it.
        if (text[clause.Start..a.Start].ContainsAny(LaterWords) || text.Contains("查收", StringComparison.Ordinal)) return false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Cue is Cue.Deadline || (t.Flags & CueFlags.Range) != 0) return false;
            // 降价的话…可以为您申请价保: what the shop can file once something happens is a later filing; 这边可以为您申请
            // (可以帮您提交售后) with nothing to wait for is the filing now, offered in the chat.
            if (t.Cue is Cue.Capability && text[clause.Start..a.Start].ContainsAny(ConditionWords)) return false;
            if (t.Cue == Cue.Modal && text[t.Start..t.End] is not ("马上" or "立即" or "立刻" or "立马" or "这就" or "现在就")) return false;
            if (t.Start < a.Start && t.Cue == Cue.Barrier && text[t.Start..t.End] is "后" or "之后" or "以后" or "的时候") return false;
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<string> ConditionWords =
        System.Buffers.SearchValues.Create(["的话", "如果", "要是", "只要", "符合"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> LaterWords =
        System.Buffers.SearchValues.Create(["然后", "稍后", "待会", "回头", "之后再"], StringComparison.Ordinal);

    private static bool IsFiling(ReadOnlySpan<char> word) => word is "申请" or "代为申请" or "申请售后" or "提交售后";

    /// <summary>申请价保, 提交一个售后服务单, 申请下退款: the action is what a filing right before it asks for.</summary>
    private static bool FilingVerbBefore(ReadOnlySpan<char> before)
    {
        before = WithoutOneTrailing(before, FilingFillers);
        return before.EndsWith("申请", StringComparison.Ordinal) || before.EndsWith("提交", StringComparison.Ordinal);
    }

    public static bool IsChase(ReadOnlySpan<char> text, in CueToken a) => a.Type == PromiseType.FollowUp && text[a.Start] == '催';

    /// <summary>
    /// 可以为您/能帮您, or 这边可以/我也可以: the shop says what it does for this buyer, rather than what is possible —
    /// unless what follows makes it depend on someone else (可以给您申请一下，但是要看主管批不批).
    /// </summary>
    public static bool StatedForBuyer(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, int k)
    {
        var rest = text[tokens[k].End..];
        var ahead = rest[..Math.Min(rest.Length, 24)];
        foreach (var reservation in Reservations)
            if (ahead.Contains(reservation, StringComparison.Ordinal)) return false;
        var word = text[tokens[k].Start..tokens[k].End];
        if (word.Contains('您') || word.Contains('你')) return true;
        if (k == 0 || tokens[k - 1].Cue != Cue.ShopSubject) return false;
        var gap = text[tokens[k - 1].End..tokens[k].Start];
        return gap.Length == 0 || gap is "也" or "都" or "是";
    }

    private static readonly string[] Reservations = ["但是要", "但要", "不过要", "但是需要", "要看", "批不批", "看看"];

    /// <summary>
    /// 我们会尽量拦截 / 尝试帮您修改: best effort at an action the shop itself performs commits to the attempt; 尽量今天发出
    /// and 尽量早点送到 only hedge a time or an arrival (docs/promise-labelling.md, revision 2).
    /// </summary>
    public static bool EffortAtNamedAction(ReadOnlySpan<CueToken> tokens, in Clause clause, int effort)
    {
        for (var k = effort + 1; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue is Cue.Deadline or Cue.Hedge) return false;
            if (tokens[k].Cue == Cue.Action) return tokens[k].Type != PromiseType.Shipping && tokens[k].Start - tokens[effort].End <= 6;
        }

        return false;
    }

    /// <summary>
    /// 会尽快给您配送的 / 到站就会帮您配送: the last mile with no time named is the carrier's course at the carrier's pace;
    /// it commits to a delivery only with a time (明天给您送达, [数字x]号送达: CueScanner reads both as deadlines,
    /// docs/promise-labelling.md revision 2) or a firmer word (优先, 马上).
    /// </summary>
    public static bool CarrierPaceOnly(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, in CueToken action)
    {
        if (action.Type != PromiseType.Shipping || text[action.Start..action.End] is not ("配送" or "派送" or "送达" or "送到" or "送货")) return false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Cue == Cue.Deadline || (t.Flags & CueFlags.Range) != 0) return false;
            if (t.Cue == Cue.Modal && text[t.Start..t.End] is not ("会" or "将会" or "尽快")) return false;
        }

        return true;
    }

    /// <summary>A time or a window of times ([数字x]-[数字x]点可以送到您手中: a window is a time, docs/promise-labelling.md revision 2).</summary>
    public static bool HasDeadline(ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Deadline || (tokens[k].Flags & CueFlags.Range) != 0) return true;
        return false;
    }
}
