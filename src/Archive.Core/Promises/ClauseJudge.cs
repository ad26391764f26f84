namespace Archive.Promises;

/// <summary>What one clause commits to, if anything.</summary>
internal struct Verdict
{
    public bool IsPromise;
    public PromiseType Type;
    /// <summary>The clause is only a condition (如果…) whose consequence follows in the next clause.</summary>
    public bool OpenCondition;
    public int ConditionStart;
    public int ConditionEnd;
    public bool Hedged;

    public readonly bool HasCondition => ConditionEnd > ConditionStart;
}

/// <summary>
/// Decides per clause: an action word, not negated, not asked, not hedged, not something the buyer is told to do,
/// not a look-up or a report of what is done, with some sign of commitment (给您, 会, 一定, a deadline, a guarantee).
/// </summary>
internal static class ClauseJudge
{
    /// <param name="asked">The clause or its sentence is a question.</param>
    /// <param name="carried">The previous clause commits this one: an open condition (如果…，) whose consequence this is, or a
    /// bare 我帮您 typed apart from its verb (我帮您 联系下站点).</param>
    /// <param name="afterTrigger">The previous clause of the sentence ends in 后 (订单取消之后，…): a bare deadline here times a process step.</param>
    /// <param name="generic">The sentence so far states a general rule: 1 one that 给您 overrides (满99), 2 one it does not (系统).</param>
    /// <param name="timetable">The message names several times (白条1-3工作日;余额24小时): its ranges estimate, see <see cref="CueFlags.Range"/>.</param>
    public static Verdict Judge(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, bool asked, bool carried, bool afterTrigger, int generic,
        bool timetable)
    {
        var verdict = new Verdict();
        bool hedge = false, personal = false, explicitPersonal = false, modal = false, strongModal = false, deadline = false, buyer = false;
        int conditional = -1, conditionEnd = -1, temporal = -1;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            switch (t.Cue)
            {
                // 差价已申请，[数字x]-[数字x]个工作日到账: a window is a time, its upper end the deadline (docs/promise-labelling.md, revision 2).
                case Cue.Hedge when (t.Flags & CueFlags.Range) != 0 && !timetable: deadline = true; break;
                case Cue.Hedge when (t.Flags & CueFlags.Effort) != 0: hedge |= !CommitmentForms.EffortAtNamedAction(tokens, clause, k); break;
                case Cue.Hedge: hedge = true; break;
                case Cue.Personal: personal = explicitPersonal = true; break;
                // 这边可以为您申请换货: the shop states what it does for this buyer (docs/promise-labelling.md, step 4).
                case Cue.Capability when CommitmentForms.StatedForBuyer(text, tokens, k): personal = explicitPersonal = true; break;
                case Cue.Modal or Cue.ClaimTrigger: modal = true; strongModal |= t.Weight > 0; break;
                case Cue.Deadline when !StatementForms.IsProcessDuration(text, clause, t): deadline = true; break;
                case Cue.BuyerSubject: buyer = true; break;
                case Cue.Action when (t.Flags & CueFlags.Personal) != 0: personal = true; break;
                case Cue.Conditional when conditional < 0: conditional = k; break;
                case Cue.Barrier when conditionEnd < 0 && IsConditionEnd(text, t) && (conditional >= 0 || Is(text, t, "的话")): conditionEnd = k; break;
                case Cue.Barrier when IsTemporal(text, t): temporal = k; break;
            }
        }

        var skipUntil = clause.Start;
        if (conditional >= 0 && conditionEnd < 0)
        {
            verdict.OpenCondition = true;
            verdict.ConditionStart = tokens[conditional].End;
            verdict.ConditionEnd = clause.End;
            return verdict;
        }

        if (conditionEnd >= 0)
        {
            verdict.ConditionStart = conditional >= 0 ? tokens[conditional].End : clause.Start;
            verdict.ConditionEnd = tokens[conditionEnd].Start;
            skipUntil = tokens[conditionEnd].End;
        }

        verdict.Hedged = hedge;
        if (asked || hedge || (!strongModal && StatementForms.Descriptive(text, tokens, clause))) return verdict;

        int best = -1, trigger = -1, chase = -1;
        var triggerCommitted = temporal >= 0 && CommitBefore(tokens, clause, temporal);
        var reportedFrom = Agency.ReportedFrom(text, tokens, clause, conditionEnd >= 0 || carried);
        // 审核通过了就会发货: a 会 that reports does not commit the actions before it either.
        if (reportedFrom < clause.End) modal = ModalBefore(tokens, clause, reportedFrom);
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var a = ref tokens[k];
            if (a.Cue != Cue.Action || a.Start < skipUntil || a.Start >= reportedFrom || CommitmentForms.IsInChatWork(text, clause, a)) continue;
            if (Practice.EnsuredByMeans(text, clause, a)) continue;
            if (Excluded(text, tokens, clause, k, skipUntil, modal || deadline || JiuBefore(text, tokens, clause, k))) continue;
            // 收到退回的商品后给您换: what happens before 后 is the trigger, not the promise, unless the shop commits to it (给您补发后…).
            if (k < temporal && !triggerCommitted)
            {
                if (a.Weight >= 4 && (trigger < 0 || a.Weight > tokens[trigger].Weight)) trigger = k;
                continue;
            }

            var committed = personal || modal || carried || conditionEnd >= 0 || (a.Flags & CueFlags.SelfCommitting) != 0
                            || (deadline && a.Weight > 1 && temporal < 0 && !afterTrigger && !buyer) || ShopSubjectBefore(text, tokens, clause, k);
            // Only an explicit 给您/这单 turns a general rule into this buyer's deal (寄给您 inside 都是…寄给您 does not).
            if (!committed || (generic > (explicitPersonal ? 1 : 0) && a.Type != PromiseType.Quality)) continue;
            if (best < 0 || a.Weight > tokens[best].Weight) best = k;
            if (chase < 0 && CommitmentForms.IsChase(text, a)) chase = k;
        }

        if (best < 0 || CommitmentForms.CarrierPaceOnly(text, tokens, clause, tokens[best]) || (!afterTrigger && CommitmentForms.FilingNow(text, tokens, clause, best))) return verdict;
        // 帮您催促财务尽快退款: the shop commits to chasing; the refund is the chased party's (docs/promise-labelling.md, type).
        if (chase >= 0 && chase < best) best = chase;
        verdict.IsPromise = true;
        verdict.Type = ActionTypes.Refine(text, tokens, clause, tokens[best]);
        // 发票开具后寄给您: the parcel carries the thing named before 后. A notice (开好后短信告知您) stays a follow-up.
        if (trigger >= 0 && verdict.Type is PromiseType.Shipping) verdict.Type = tokens[trigger].Type;
        return verdict;
    }

    /// <summary>Negated, told to the buyer, a look-up, in progress, merely possible, or already done.</summary>
    private static bool Excluded(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int action, int skipUntil, bool future)
    {
        ref readonly var a = ref tokens[action];
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Start < skipUntil || k == action) continue;
            var before = k < action;
            var open = before ? !BarrierBetween(tokens, k, action) : !BarrierBetween(tokens, action, k);
            switch (t.Cue)
            {
                case Cue.StrongNegation when open:
                case Cue.WeakNegation when before && a.Start - t.End <= 2:
                case Cue.Stall when before && open:
                // 正在为您查询 stalls, but 正在催促站点尽快给您处理 is a follow-up already under way: still the shop's commitment.
                case Cue.Progressive when before && open && !(k == action - 1 && IsChasing(text, a)):
                // 可以在订单完成后申请: 可以 reaches past 后. Stated for this buyer (这边可以为您…) or with a day (明天可以送到) it commits.
                case Cue.Capability when before && !CommitmentForms.StatedForBuyer(text, tokens, k) && !(a.Type == PromiseType.Shipping && CommitmentForms.HasDeadline(tokens, clause)):
                // 已经帮您申请成功这边会发您邮箱: a later 会 starts a new, future predicate that 已经 does not reach.
                case Cue.Past when t.Weight == 0 && open && !(before && ModalBetween(tokens, k, action)):
                // 审核后才会下发取件单, 明天才能发货: 才 states what must happen first, a rule rather than a commitment.
                case Cue.Barrier when before && Is(text, t, "才"):
                // 帮您提交了售后, 给您申请了退款: 了 between a verb and the action named as its object reports it done. A price or
                // gift granted (申请了老客户价) still binds, as after 了; 开错了给您换开 starts a new predicate with 给您.
                case Cue.Past when t.Weight == 1 && AmountOnlyBetween(text, t.End, tokens[FirstInChain(tokens, action)].Start) && Is(text, t, "了") && IsVerbBeforeLe(text, clause, t) && (a.Flags & CueFlags.Personal) == 0
                                   && a.Type is not (PromiseType.FreeShipping or PromiseType.Discount or PromiseType.Gift):
                    return true;
                case Cue.Past when !before && !future && t.Start - ChainEnd(tokens, action) <= 3 && !ActionBetween(tokens, LastInChain(tokens, action), k)
                                   && a.Type is not (PromiseType.FreeShipping or PromiseType.Discount or PromiseType.Gift):
                    return true;
            }
        }

        return BuyerDirected(text, tokens, clause, action);
    }

    /// <summary>
    /// 您可以申请退款: a bare 您 governs the action unless the shop (我, 这边) or a clause boundary (后, 的话) takes
    /// over; 就/才 stay inside the buyer's part (您就直接取消). An action addressed to 您 (联系您) is not the buyer's.
    /// </summary>
    private static bool BuyerDirected(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        if ((tokens[action].Flags & CueFlags.Personal) != 0) return false;
        var boundary = false;
        for (var k = action - 1; k >= clause.TokenStart; k--)
        {
            switch (tokens[k].Cue)
            {
                // 建议顾客到站以后联系配送: advice covers the whole step, past 以后.
                case Cue.BuyerSubject: return !boundary || Is(text, tokens[k], "建议");
                case Cue.Barrier when !Is(text, tokens[k], "就") && !Is(text, tokens[k], "才"): boundary = true; break;
                case Cue.ShopSubject when StatementForms.IsPrepositionalObject(text, clause, tokens[k]): break;
                // 订单完成之后联系我们换开, 您来咨询我们为您修改: the shop is who the buyer contacts; the step is the buyer's
                // to take (docs/promise-labelling.md, step 2: 您确认收货后联系我们换开).
                case Cue.ShopSubject when ContactedByTheBuyer(text[clause.Start..tokens[k].Start]): return true;
                case Cue.ShopSubject or Cue.Personal: return false;
            }
        }

        return false;
    }

    private static bool ContactedByTheBuyer(ReadOnlySpan<char> before) =>
        before.EndsWith("联系", StringComparison.Ordinal) || before.EndsWith("咨询", StringComparison.Ordinal) || before.EndsWith("找", StringComparison.Ordinal);

    /// <summary>
    /// 这边反馈下, 小妹会催一下, 我电话联系下配送员: the shop as the subject right before the verb (modals between)
    /// speaks for itself. The speaker (我, 这边, 小妹…) may leave up to two plain characters (电话, 去, 再) before the verb;
    /// a third party (配送员根据取件单取件) may not, as that is how a process is described.
    /// </summary>
    private static bool ShopSubjectBefore(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        var expected = tokens[action].Start;
        var k = action - 1;
        for (; k >= clause.TokenStart && tokens[k].Cue == Cue.Modal && tokens[k].End >= expected - 2; k--) expected = tokens[k].Start;
        if (k < clause.TokenStart || tokens[k].Cue != Cue.ShopSubject) return false;
        // 我们家的发货速度: a 的 in the gap makes the speaker a possessor, not the one acting.
        return tokens[k].End == expected || (tokens[k].End >= expected - 2 && IsSpeaker(text[tokens[k].Start..tokens[k].End])
                                             && AllAdverbs(text[tokens[k].End..expected]));
    }

    /// <summary>How, not what: 我电话联系, 这边再反馈. A noun or verb in the gap (这边商品退回, 这边对比差价, 我想改) is another predicate.</summary>
    private static bool AllAdverbs(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if ("电话去再来先也直接手动亲自".IndexOf(c) < 0) return false;
        return true;
    }

    private static bool IsSpeaker(ReadOnlySpan<char> word) => word[0] == '我' || word is "这边" or "小妹" or "妹子" or "咱们";

    /// <summary>小妹就帮您反馈了: 就 before the verb (subject or 帮您 between) makes a final 了 mean "right away", not "done".</summary>
    private static bool JiuBefore(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        var k = action - 1;
        while (k >= clause.TokenStart && tokens[k].Cue is Cue.Personal or Cue.ShopSubject && tokens[k].End >= tokens[k + 1].Start - 1) k--;
        return k >= clause.TokenStart && tokens[k].Cue == Cue.Barrier && Is(text, tokens[k], "就") && tokens[k].End >= tokens[k + 1].Start - 1;
    }

    /// <summary>催促, 跟进, 反馈, 协调, 联系站点: working on it with others, as opposed to 回复/通知 the buyer.</summary>
    private static bool IsChasing(ReadOnlySpan<char> text, in CueToken a) =>
        a.Type == PromiseType.FollowUp && text[a.Start] is '催' or '跟' or '反' or '协' or '联' or '咨' or '督';

    /// <summary>Nothing, or only how much, between 了 and the action: 申请成功了[金额x]元差价 reports the refund done.</summary>
    private static bool AmountOnlyBetween(ReadOnlySpan<char> text, int from, int to)
    {
        if (from > to) return false;
        var gap = text[from..to];
        var open = false;
        foreach (var c in gap)
        {
            if (c == '[') open = true;
            else if (c == ']') open = false;
            else if (!open && !char.IsAsciiDigit(c) && !ChineseNumber.IsNumeral(c) && c is not ('元' or '块' or '的' or '个' or '张' or '份' or '.' or ' ')) return false;
        }

        return !open;
    }

    /// <summary>为了配送, 除了退款: 了 inside 为了/除了 is no aspect marker.</summary>
    private static bool IsVerbBeforeLe(ReadOnlySpan<char> text, in Clause clause, in CueToken le) =>
        le.Start > clause.Start && !CueScanner.IsParticleOrBreak(text[le.Start - 1]) && text[le.Start - 1] is not ('为' or '除' or '罢' or '算' or '好' or '到');

    private static bool ModalBetween(ReadOnlySpan<CueToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Cue == Cue.Modal) return true;
        return false;
    }

    private static bool BarrierBetween(ReadOnlySpan<CueToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Cue == Cue.Barrier) return true;
        return false;
    }

    /// <summary>留言备注了: actions written back to back are one verb phrase; 了 after the last one reports all of them.</summary>
    private static int LastInChain(ReadOnlySpan<CueToken> tokens, int action)
    {
        while (action + 1 < tokens.Length && tokens[action + 1].Cue == Cue.Action && tokens[action + 1].Start == tokens[action].End) action++;
        return action;
    }

    private static int FirstInChain(ReadOnlySpan<CueToken> tokens, int action)
    {
        while (action > 0 && tokens[action - 1].Cue == Cue.Action && tokens[action - 1].End == tokens[action].Start) action--;
        return action;
    }

    private static int ChainEnd(ReadOnlySpan<CueToken> tokens, int action) => tokens[LastInChain(tokens, action)].End;

    private static bool ActionBetween(ReadOnlySpan<CueToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Cue == Cue.Action) return true;
        return false;
    }

    private static bool ModalBefore(ReadOnlySpan<CueToken> tokens, in Clause clause, int end)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd && tokens[k].Start < end; k++)
            if (tokens[k].Cue is Cue.Modal or Cue.ClaimTrigger) return true;
        return false;
    }

    private static bool CommitBefore(ReadOnlySpan<CueToken> tokens, in Clause clause, int end)
    {
        for (var k = clause.TokenStart; k < end; k++)
            if (tokens[k].Cue is Cue.Personal or Cue.Modal) return true;
        return false;
    }

    private static bool IsTemporal(ReadOnlySpan<char> text, in CueToken t) =>
        Is(text, t, "后") || Is(text, t, "之后") || Is(text, t, "以后") || Is(text, t, "的时候") || Is(text, t, "时候");

    private static bool IsConditionEnd(ReadOnlySpan<char> text, in CueToken t) => Is(text, t, "的话") || Is(text, t, "就");

    public static bool Is(ReadOnlySpan<char> text, in CueToken t, string word) => text[t.Start..t.End].SequenceEqual(word);
}
