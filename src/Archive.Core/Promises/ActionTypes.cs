namespace Archive.Promises;

/// <summary>The promise type of a clause's main action, when the words around it say more than the action alone.</summary>
internal static class ActionTypes
{
    /// <summary>运费我们出 is free shipping unless the clause is about a return; 包换 with 质量 is a quality guarantee.</summary>
    public static PromiseType Refine(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause, in CueToken best)
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
        if (best.Type == PromiseType.FollowUp && text[best.Start..best.End].Contains("联系", StringComparison.Ordinal)
            && NextAction(tokens, clause, best) is { } visit && IsVisit(text[visit.Start..visit.End]))
            return visit.Type; // 师傅联系您安装: the call only arranges the visit, the visit is what is promised (联系您确认 stays a follow-up)
        if (best.Type == PromiseType.ReturnExchange && (best.Flags & CueFlags.SelfCommitting) != 0)
            for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
                if (tokens[k].Cue == Cue.Action && tokens[k].Type == PromiseType.Quality) return PromiseType.Quality;
        return best.Type;
    }

    /// <summary>
    /// 会尽快安排, 尽快为您预约, 帮您预约一下: arranging with nothing else named is arranging the delivery (shipping), as
    /// chat agents mean it; 会和您预约 is the shop getting back to the buyer (follow_up). A visit (安装, 上门, 取件, 维修)
    /// or an invoice named anywhere in the message is what is arranged instead. Applied after the conversation's topic
    /// (<see cref="Topics"/>): 这边会安排给您发过来 after the buyer asked for the invoice is the invoice.
    /// </summary>
    public static PromiseType? ArrangedDelivery(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (text.ContainsAny(OtherArrangements)) return null;
        var k = clause.TokenStart;
        while (k < clause.TokenEnd && !(tokens[k].Cue == Cue.Action && text[tokens[k].Start..tokens[k].End] is "安排" or "预约")) k++;
        if (k == clause.TokenEnd) return null;
        var best = tokens[k];
        var before = text[clause.Start..best.Start];
        return before.EndsWith("和您", StringComparison.Ordinal) || before.EndsWith("跟您", StringComparison.Ordinal) || before.EndsWith("与您", StringComparison.Ordinal)
            ? PromiseType.FollowUp
            : PromiseType.Shipping;
    }

    private static readonly System.Buffers.SearchValues<string> OtherArrangements = System.Buffers.SearchValues.Create(
        ["安装", "上门", "取件", "取货", "维修", "师傅", "检测", "发票", "打印", "退", "换"], StringComparison.Ordinal);

    private static bool IsVisit(ReadOnlySpan<char> word) => word is "安装" or "上门" or "上门取件" or "取件" or "维修";

    private static CueToken? NextAction(ReadOnlySpan<CueToken> tokens, in Clause clause, in CueToken action)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Action && tokens[k].Start >= action.End && tokens[k].Start <= action.End + 2) return tokens[k];
        return null;
    }
}
