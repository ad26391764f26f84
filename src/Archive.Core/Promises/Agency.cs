namespace Archive.Promises;

/// <summary>
/// Who a clause's 会 speaks for. 会 only says that something will happen; it commits the shop when the shop is the
/// one acting (我们会, 这边会, or no subject after 帮您), not when the agent describes what a courier, a station or a
/// process will do — the agent cannot be held to that, and buyers are told it as information.
/// </summary>
internal static class Agency
{
    /// <summary>
    /// Parties the agent reports on rather than speaks for: couriers, stations, the platform and its system, the
    /// appointment desk that calls every buyer of a large item the day before delivery (预约客服), and the installers.
    /// </summary>
    private static readonly string[] ThirdParties =
        ["快递员", "快递小哥", "快递", "配送员", "配送师傅", "配送小哥", "配送", "师傅", "站点", "物流", "系统", "平台", "银行", "预约客服", "安装", "安装人员", "安装师傅", "维修师傅", "上门师傅", "送货师傅"];

    private static readonly string[] Staff = ["专人", "专员", "同事", "客服", "工作人员", "售后", "人工", "小妹", "我"];

    /// <summary>
    /// Where in the clause actions stop being the shop's own: from a 会 whose subject is a third party (配送员会联系您,
    /// 会有配送师傅联系您) or that states the consequence of a process step (审核通过了就会发货); the clause end otherwise.
    /// </summary>
    /// <param name="conditional">The clause is the agent's own conditional (如果…/…的话), which commits to its consequence.</param>
    public static int ReportedFrom(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, bool conditional)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Cue != Cue.Modal || t.Weight != 0) continue;
            if (ExistentialAfter(text, t.End, clause.End)) return t.Start;
            if (ThirdPartySubject(text, tokens, clause, k) is var subject and >= 0) return subject;
            if (!conditional && IsProcessConsequence(text, tokens, clause, k)) return t.Start;
        }

        return clause.End;
    }

    /// <summary>
    /// 会有配送师傅联系您, 会有短信提醒, 会有换货和换新两种: "there will be…" makes what follows the one acting or a thing
    /// that exists. Only the shop's own staff (会有专人联系您) keep it the shop's commitment.
    /// </summary>
    private static bool ExistentialAfter(ReadOnlySpan<char> text, int from, int end)
    {
        if (from >= end || text[from] != '有') return false;
        var rest = text[(from + 1)..end];
        foreach (var staff in Staff)
            if (rest.StartsWith(staff, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// 配送员会电话联系您, 快递明天就会送到: the nearest subject before 会 is a third party, with only adverbs, times and
    /// 就 between. A speaker (我, 小妹), 帮您 or an action of the speaker's (我联系快递会…) nearer to 会 takes over;
    /// 站点这边 is still the station. Returns where the third party's actions start (师傅上门取件会联系您: the pick-up is
    /// the courier's too), or -1.
    /// </summary>
    private static int ThirdPartySubject(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int modal)
    {
        var end = tokens[modal].Start;
        bool adjacent = true, actionBetween = false;
        for (var k = modal - 1; k >= clause.TokenStart; k--)
        {
            ref readonly var t = ref tokens[k];
            if (t.Cue == Cue.Personal) return -1;
            // 快递小哥为了配送更快会…: an action inside a purpose or a relative phrase does not replace the subject.
            // 配送会提前联系您 / 配送的时候会联系您: the word for the delivery desk is also the word for delivering.
            if (t.Cue == Cue.Action && adjacent && t.End >= end - 1 && IsThirdParty(text[t.Start..t.End])) return t.Start;
            if (t.Cue == Cue.Action) { adjacent = false; actionBetween = true; continue; }
            if (t.Cue == Cue.ShopSubject)
            {
                if (StatementForms.IsPrepositionalObject(text, clause, t)) continue; // 我和快递员说好了会…
                var word = text[t.Start..t.End];
                if (word is "这边" && EndsWithThirdParty(text[clause.Start..t.Start])) return t.Start;
                return IsThirdParty(word) ? t.Start : -1;
            }

            // Words right before 会 (明天, 就, 后) are skipped to reach the subject written before them (快递明天就会…).
            adjacent &= t.End >= end - 1;
            if (adjacent) end = t.Start;
        }

        return !actionBetween && EndsWithThirdParty(text[clause.Start..end].TrimEnd(" 也还都再过".AsSpan())) ? tokens[modal].Start : -1;
    }

    private static bool IsThirdParty(ReadOnlySpan<char> word)
    {
        foreach (var party in ThirdParties)
            if (word.SequenceEqual(party)) return true;
        return false;
    }

    private static bool EndsWithThirdParty(ReadOnlySpan<char> text)
    {
        foreach (var party in ThirdParties)
            if (text.EndsWith(party, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// 审核通过了就会发货, 签收后就会自动确认: "once X, Y will happen" (就会 after an event and no one acting) states
    /// how the process runs. With the speaker as subject (付款了我们就会发货) or this buyer named it is a commitment again.
    /// </summary>
    private static bool IsProcessConsequence(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, int modal)
    {
        var jiu = modal - 1;
        if (jiu < clause.TokenStart || tokens[jiu].Cue != Cue.Barrier || !ClauseJudge.Is(text, tokens[jiu], "就") || tokens[jiu].End != tokens[modal].Start) return false;
        for (var k = clause.TokenStart; k < jiu; k++)
            if (tokens[k].Cue is Cue.ShopSubject or Cue.Personal) return false;
        // …就会给您联系的: naming this buyer (给您, 联系您) speaks of this buyer's case, as 给您 does for a rule (满99给您包邮).
        for (var k = modal + 1; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Personal || (tokens[k].Cue == Cue.Action && (tokens[k].Flags & CueFlags.Personal) != 0)) return false;
        return true;
    }
}
