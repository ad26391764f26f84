namespace Archive.Promises;

/// <summary>What one clause commits to, if anything.</summary>
internal struct Verdict
{
    public bool IsPromise;
    public PromiseType Type;
    public int Weight;
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
    /// <param name="afterCondition">The previous clause was an open condition (如果…，): this one is its consequence.</param>
    /// <param name="genericSentence">The sentence states a general rule (本店, 满99, 预售).</param>
    public static Verdict Judge(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, bool asked, bool afterCondition, bool genericSentence)
    {
        var verdict = new Verdict();
        bool hedge = false, generic = genericSentence, personal = false, modal = false, deadline = false;
        int conditional = -1, conditionEnd = -1, temporal = -1;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            switch (t.Cue)
            {
                case Cue.Hedge: hedge = true; break;
                case Cue.Generic: generic = true; break;
                case Cue.Personal: personal = true; break;
                case Cue.Modal or Cue.ClaimTrigger: modal = true; break;
                case Cue.Deadline: deadline = true; break;
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
        if (asked || hedge) return verdict;

        int best = -1, trigger = -1;
        var triggerCommitted = temporal >= 0 && CommitBefore(tokens, clause, temporal);
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var a = ref tokens[k];
            if (a.Cue != Cue.Action || a.Start < skipUntil) continue;
            if (Excluded(text, tokens, clause, k, skipUntil, modal || deadline)) continue;
            // 收到退回的商品后给您换: what happens before 后 is the trigger, not the promise, unless the shop commits to it (给您补发后…).
            if (k < temporal && !triggerCommitted)
            {
                if (a.Weight >= 4 && (trigger < 0 || a.Weight > tokens[trigger].Weight)) trigger = k;
                continue;
            }

            var committed = personal || modal || deadline || afterCondition || conditionEnd >= 0 || (a.Flags & CueFlags.SelfCommitting) != 0;
            if (!committed || (generic && !personal && a.Type != PromiseType.Quality)) continue;
            if (best < 0 || a.Weight > tokens[best].Weight) best = k;
        }

        if (best < 0) return verdict;
        verdict.IsPromise = true;
        verdict.Type = Refine(text, tokens, clause, tokens[best]);
        // 退款成功后会短信通知您, 发票开具后寄给您: the notice or the parcel is about the thing named before 后.
        if (trigger >= 0 && verdict.Type is PromiseType.FollowUp or PromiseType.Shipping) verdict.Type = tokens[trigger].Type;
        verdict.Weight = tokens[best].Weight;
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
                case Cue.Stall or Cue.Progressive when before && open:
                case Cue.Capability when before && open && !future:
                case Cue.Past when t.Weight == 0 && open:
                    return true;
                case Cue.Past when !before && !future && t.Start - a.End <= 3 && !ActionBetween(tokens, action, k)
                                   && a.Type is not (PromiseType.FreeShipping or PromiseType.Discount or PromiseType.Gift):
                    return true;
            }
        }

        return BuyerDirected(tokens, clause, action);
    }

    /// <summary>您可以申请退款: a bare 您 governs the action unless the shop (我, 这边) or a barrier (后, 就) takes over.</summary>
    private static bool BuyerDirected(ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        for (var k = action - 1; k >= clause.TokenStart; k--)
        {
            switch (tokens[k].Cue)
            {
                case Cue.BuyerSubject: return true;
                case Cue.ShopSubject or Cue.Barrier or Cue.Personal: return false;
            }
        }

        return false;
    }

    private static bool BarrierBetween(ReadOnlySpan<CueToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Cue == Cue.Barrier) return true;
        return false;
    }

    private static bool ActionBetween(ReadOnlySpan<CueToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].Cue == Cue.Action) return true;
        return false;
    }

    /// <summary>运费我们出 is free shipping unless the clause is about a return; 包换 with 质量 is a quality guarantee.</summary>
    internal static PromiseType Refine(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, in CueToken best)
    {
        var span = text[clause.Start..clause.End];
        if ((best.Flags & CueFlags.Approval) != 0)
        {
            CueToken? request = null;
            for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
                if (tokens[k].Cue == Cue.Action && (tokens[k].Flags & CueFlags.Approval) == 0 && (request is null || tokens[k].Weight > request.Value.Weight)) request = tokens[k];
            return request?.Type ?? PromiseType.Other;
        }

        if ((best.Flags & CueFlags.CostBorne) != 0)
            return span.IndexOfAny('退', '换') >= 0 || span.Contains("寄回", StringComparison.Ordinal) || span.Contains("来回", StringComparison.Ordinal)
                ? PromiseType.ReturnExchange
                : PromiseType.FreeShipping;
        if (best.Type == PromiseType.ReturnExchange && (best.Flags & CueFlags.SelfCommitting) != 0)
            for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
                if (tokens[k].Cue == Cue.Action && tokens[k].Type == PromiseType.Quality) return PromiseType.Quality;
        return best.Type;
    }

    private static bool CommitBefore(ReadOnlySpan<CueToken> tokens, in Clause clause, int end)
    {
        for (var k = clause.TokenStart; k < end; k++)
            if (tokens[k].Cue is Cue.Personal or Cue.Modal || (tokens[k].Cue == Cue.Action && (tokens[k].Flags & CueFlags.Personal) != 0)) return true;
        return false;
    }

    private static bool IsTemporal(ReadOnlySpan<char> text, in CueToken t) => Is(text, t, "后") || Is(text, t, "之后") || Is(text, t, "以后");

    private static bool IsConditionEnd(ReadOnlySpan<char> text, in CueToken t) => Is(text, t, "的话") || Is(text, t, "就");

    public static bool Is(ReadOnlySpan<char> text, in CueToken t, string word) => text[t.Start..t.End].SequenceEqual(word);
}
