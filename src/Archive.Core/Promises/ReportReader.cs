namespace Archive.Promises;

/// <summary>Reads messages that talk about promises rather than make them: buyer claims and shop reports of done work.</summary>
internal static class ReportReader
{
    /// <summary>
    /// A claim is a trigger (说好, 答应, 你们说, 承诺) followed in the same sentence by an action the trigger is about.
    /// A buyer's question about it (不是说有赠品吗) is still a claim; a negated trigger (没说过) is not.
    /// </summary>
    public static List<DetectedPromise>? Claims(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens,
        ReadOnlySpan<Clause> clauses, DateTimeOffset sentAt)
    {
        List<DetectedPromise>? claims = null;
        for (var i = 0; i < clauses.Length; i++)
        {
            var trigger = Trigger(text, tokens, clauses[i]);
            if (trigger < 0) continue;
            var sentence = clauses[i].Sentence;
            var best = -1;
            var bestClause = i;
            var stop = false;
            for (var j = i; j < clauses.Length && !stop && clauses[j].Sentence == sentence; j++)
            {
                for (var k = Math.Max(clauses[j].TokenStart, trigger + 1); k < clauses[j].TokenEnd; k++)
                {
                    // 他说没申请过退款, 他说已经退了: what was said is a denial or a report, not a promise.
                    if (tokens[k].Cue is Cue.WeakNegation or Cue.StrongNegation or Cue.Past && tokens[k].Weight == 0) { stop = true; break; }
                    if (tokens[k].Cue != Cue.Action || Negated(tokens, clauses[j], k)) continue;
                    if (best < 0 || tokens[k].Weight > tokens[best].Weight) { best = k; bestClause = j; }
                }
            }

            if (best < 0) continue;
            var type = ActionTypes.Refine(text, tokens, clauses[bestClause], tokens[best]);
            claims ??= [];
            if (claims.Exists(c => c.Type == type)) continue;
            var span = text[clauses[i].Start..clauses[bestClause].End];
            decimal? amount = null;
            if (type is PromiseType.Discount or PromiseType.Refund or PromiseType.Compensation) AmountExtractor.TryFind(span, out amount);
            var evidence = original.AsSpan(clauses[i].Start, clauses[bestClause].End - clauses[i].Start).Trim().ToString();
            claims.Add(new DetectedPromise(type, DueDateResolver.ResolveCalendarDate(span, sentAt), amount, null, evidence));
            while (i + 1 < clauses.Length && clauses[i + 1].Sentence == sentence) i++;
        }

        return claims;
    }

    private static int Trigger(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            // 承诺 is a commitment word in a shop's mouth and a claim word in a buyer's: "你们承诺假一赔十的".
            var isTrigger = tokens[k].Cue == Cue.ClaimTrigger || (tokens[k].Cue == Cue.Modal && ClauseJudge.Is(text, tokens[k], "承诺"));
            if (!isTrigger) continue;
            var negated = k > clause.TokenStart && tokens[k - 1].Cue is Cue.WeakNegation or Cue.StrongNegation && tokens[k].Start - tokens[k - 1].End <= 1;
            return negated ? -1 : k;
        }

        return -1;
    }

    /// <summary>
    /// Types a shop message reports as done: an action with 已/已经/刚 before it, or 了/过 right after it, not negated
    /// (还没发货), not asked (发货了吗), not hedged (应该已经发了). Vague actions (申请, 安排) do not count.
    /// </summary>
    public static HashSet<PromiseType>? Fulfilment(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses)
    {
        HashSet<PromiseType>? done = null;
        foreach (ref readonly var clause in clauses)
        {
            if (!clause.HasTokens || Clauses.IsQuestion(text, tokens, clause) || Clauses.Has(tokens, clause, Cue.Hedge, Cue.Conditional)) continue;
            for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            {
                ref readonly var a = ref tokens[k];
                if (a.Cue != Cue.Action || a.Weight < 2 || Negated(tokens, clause, k) || !Completed(text, tokens, clause, k)) continue;
                (done ??= []).Add(a.Type);
            }
        }

        return done;
    }

    private static bool Completed(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        bool future = false, before = false, after = false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            switch (t.Cue)
            {
                case Cue.Progressive when k < action: return false;
                case Cue.Modal or Cue.Deadline: future = true; break;
                case Cue.Past when t.Weight == 0: before = true; break;
                case Cue.Past when k > action && t.Start - tokens[action].End <= 3: after = true; break;
            }
        }

        // 已经…/…已处理 always reports; a bare 了 does not when the clause looks ahead (明天就给您发货了).
        if (before || (after && !future)) return true;
        var rest = text[tokens[action].End..clause.End];
        return rest.StartsWith("成功") || rest.StartsWith("完成") || rest.StartsWith("完毕") || rest.StartsWith("好了");
    }

    private static bool Negated(ReadOnlySpan<CueToken> tokens, in Clause clause, int action)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue == Cue.StrongNegation) return true;
            if (tokens[k].Cue == Cue.WeakNegation && k < action && tokens[action].Start - tokens[k].End <= 2) return true;
        }

        return false;
    }

}
