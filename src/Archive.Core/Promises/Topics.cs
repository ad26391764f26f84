namespace Archive.Promises;

/// <summary>
/// A vague promise about something named earlier in the sentence takes that thing's type: 在您的发票开具后，帮您修改 is
/// about the invoice. A notice (您的发票开具，我会通知您的) stays what the shop will do, contact the buyer: a follow-up.
/// The in-clause form (开好后帮您修改) is handled by <see cref="ClauseJudge"/>; this covers the topic typed in a clause of
/// its own, as chat agents write.
/// </summary>
internal static class Topics
{
    public static void Inherit(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, Span<Verdict> verdicts,
        IReadOnlyList<string> earlier)
    {
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise) continue;
            // 发票…开具，然后寄出给您 / 已开具哦，今晚寄出: mailing, in a message that named the invoice before, mails the paper.
            if (verdicts[i].Type == PromiseType.Shipping && MailsOnly(text, tokens, clauses[i]) && InvoiceNamedBefore(text, tokens, clauses[i].Start))
            {
                verdicts[i].Type = PromiseType.Invoice;
                continue;
            }

            // 帮您申请补发，明天发出: the parcel sent is the re-sent item the filing before it named.
            if (verdicts[i].Type == PromiseType.Shipping && i > 0 && clauses[i - 1].Sentence == clauses[i].Sentence && !verdicts[i - 1].IsPromise
                && Specific(tokens, clauses[i - 1]) == PromiseType.Compensation)
            {
                verdicts[i].Type = PromiseType.Compensation;
                continue;
            }

            // 联系财务修改 / 跟进处理修改 / 登记修改: chasing a change is about the thing changed, like 帮您修改 itself.
            if (verdicts[i].Type == PromiseType.FollowUp && !IsNotice(text, tokens, clauses[i]) && NamesChange(text, tokens, clauses[i])
                && (NearestSpecific(tokens, clauses, verdicts, i) ?? ConversationTopic.InvoiceOnlyWords(text) ?? ConversationTopic.Of(earlier)) is PromiseType.Invoice)
            {
                verdicts[i].Type = PromiseType.Invoice;
                continue;
            }

            // A notice (…开具，我会通知您) stays a follow-up: the shop will contact the buyer (held-out labels, stop 15).
            if (verdicts[i].Type != PromiseType.Other) continue;
            for (var j = i - 1; j >= 0 && clauses[j].Sentence == clauses[i].Sentence; j--)
            {
                if (verdicts[j].IsPromise) break; // a promise of its own in between is the nearer topic
                // A vague act is about what it waits for (…开具后，帮您修改).
                if (!EndsWithTrigger(text, tokens, clauses[j])) continue;
                if (Specific(tokens, clauses[j]) is { } type) { verdicts[i].Type = type; break; }
            }

            // 原发票开具后帮您申请复印件, 在开票后为您更改: a change or a filing in a message about the invoice is about the
            // invoice (帮您备注不要放发票 is a note about packing).
            if (verdicts[i].Type == PromiseType.Other && text.ContainsAny(InvoiceWords) && text[clauses[i].Start..clauses[i].End].ContainsAny(ChangeOrFiling))
            {
                verdicts[i].Type = PromiseType.Invoice;
                continue;
            }

            if (verdicts[i].Type != PromiseType.Other) continue;
            // Named in the message, else in the conversation before it (the buyer's 我要退货 → 小妹帮您申请).
            if (IsProcedural(text, tokens, clauses[i])
                && (NearestSpecific(tokens, clauses, verdicts, i) ?? ConversationTopic.InvoiceOnlyWords(text) ?? ConversationTopic.Of(earlier)) is { } topic)
                verdicts[i].Type = topic;
            else if (ActionTypes.ArrangedDelivery(text, tokens, clauses[i]) is { } arranged) verdicts[i].Type = arranged;
        }
    }

    private static readonly System.Buffers.SearchValues<string> ChangeOrFiling = System.Buffers.SearchValues.Create(
        ["改", "申请", "提交", "复印"], StringComparison.Ordinal);

    // 开具 alone may be a test report (开具检测单); these only ever mean the invoice.
    private static readonly System.Buffers.SearchValues<string> InvoiceWords = System.Buffers.SearchValues.Create(
        ["发票", "开票", "换开", "增票", "专票", "普票", "抬头", "税号"], StringComparison.Ordinal);

    /// <summary>
    /// 帮您申请/备注/修改 name the paperwork, not what it is for: 这边帮您备注，预计一个工作日换开 is about the invoice,
    /// 给您申请处理 申请原返… about the refund. The thing is whatever specific action is named nearest, before or after,
    /// even in a clause that only estimates (预计) and so promises nothing itself.
    /// </summary>
    private static PromiseType? NearestSpecific(ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, ReadOnlySpan<Verdict> verdicts, int i)
    {
        for (var distance = 1; distance <= 3; distance++)
        {
            foreach (var j in (ReadOnlySpan<int>)[i - distance, i + distance])
            {
                if (j < 0 || j >= clauses.Length || verdicts[j].IsPromise) continue;
                if (Specific(tokens, clauses[j]) is { } type) return type;
            }
        }

        return null;
    }

    private static bool IsProcedural(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue != Cue.Action) continue;
            if (tokens[k].Type != PromiseType.Other) return false; // the clause names something more specific of its own
            var word = text[tokens[k].Start..tokens[k].End];
            if (word is not ("申请" or "代为申请" or "备注" or "安排") && !IsChange(word)) return false;
        }

        return true;
    }

    private static bool NamesChange(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Action && tokens[k].Type == PromiseType.Other && IsChange(text[tokens[k].Start..tokens[k].End]))
                return true;
        return false;
    }

    private static bool IsChange(ReadOnlySpan<char> word) => word is "修改" or "更改" or "改一下" or "改下" or "改成";

    /// <summary>寄出, 寄给您, 一起寄: sending by post, with no word of goods leaving (发货, 配送, 出库) in the clause.</summary>
    private static bool MailsOnly(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        var mails = false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue != Cue.Action || tokens[k].Type != PromiseType.Shipping) continue;
            if (!text[tokens[k].Start..tokens[k].End].Contains('寄') && text[tokens[k].Start..tokens[k].End] is not "随货") return false;
            mails = true;
        }

        return mails;
    }

    private static bool InvoiceNamedBefore(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, int position)
    {
        foreach (ref readonly var t in tokens)
            if (t.Start < position && t.Cue == Cue.Action && t.Type == PromiseType.Invoice) return true;
        return text[..position].Contains('票');
    }

    /// <summary>通知/告知/短信/告诉: telling the buyer the outcome, as opposed to chasing it (催, 反馈, 联系站点).</summary>
    private static bool IsNotice(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue != Cue.Action || tokens[k].Type != PromiseType.FollowUp) continue;
            var word = text[tokens[k].Start..tokens[k].End];
            if (word.Contains('通') || word.Contains('告') || word.Contains("短信", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    public static bool EndsWithTrigger(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenEnd - 1; k >= clause.TokenStart; k--)
        {
            if (tokens[k].Cue == Cue.Barrier) return ClauseJudge.Is(text, tokens[k], "后") || ClauseJudge.Is(text, tokens[k], "之后") || ClauseJudge.Is(text, tokens[k], "以后");
            // …修改完成，/…审核成功， (not a bare 了: 我给您加急了，明天就发走 reports, it sets no trigger; nor does 已经为您申请成功，
            // or 申请成功了, which report the step done, so a time after it is the shop's for this case: 差价N个工作日原路退回)
            if (tokens[k].Cue == Cue.Past && tokens[k].Weight == 1 && tokens[k].End - tokens[k].Start == 2)
                return !text[clause.Start..tokens[k].Start].Contains('已') && !text[tokens[k].End..].StartsWith('了');
        }

        return false;
    }

    /// <summary>The most specific money, goods or paper action of the clause.</summary>
    private static PromiseType? Specific(ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        var best = -1;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            // Not a topic when negated, asked or the buyer's own step (建议您…申请售后).
            if (t.Cue is Cue.StrongNegation or Cue.WeakNegation or Cue.QuestionTag or Cue.BuyerSubject or Cue.Capability) return null;
            if (t.Cue != Cue.Action || t.Weight < 4 || t.Type is PromiseType.FollowUp or PromiseType.Other or PromiseType.Quality) continue;
            if (best < 0 || t.Weight > tokens[best].Weight) best = k;
        }

        return best < 0 ? null : tokens[best].Type;
    }
}
