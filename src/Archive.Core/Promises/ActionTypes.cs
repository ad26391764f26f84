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

    private static bool IsVisit(ReadOnlySpan<char> word) => word is "安装" or "上门" or "上门取件" or "取件" or "维修";

    private static CueToken? NextAction(ReadOnlySpan<CueToken> tokens, in Clause clause, in CueToken action)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Action && tokens[k].Start >= action.End && tokens[k].Start <= action.End + 2) return tokens[k];
        return null;
    }
}
