namespace Archive.Promises;

/// <summary>
/// Turns per-clause verdicts into the message's promises: one per type, the main commitment first, with the
/// deadline, amount and condition read from the clauses that carry it.
/// </summary>
internal static class PromiseAssembler
{
    private const int TypeCount = 11;

    public static List<DetectedPromise> Assemble(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens,
        ReadOnlySpan<Clause> clauses, ReadOnlySpan<Verdict> verdicts, DateTimeOffset sentAt)
    {
        Span<int> first = stackalloc int[TypeCount];
        first.Fill(-1);
        for (var i = 0; i < clauses.Length; i++)
            if (verdicts[i].IsPromise && first[(int)verdicts[i].Type] < 0) first[(int)verdicts[i].Type] = i;

        // The shipment of a replacement, a gift or an invoice is part of that promise, not a second one.
        var carrier = FirstOf(first, PromiseType.Compensation, PromiseType.ReturnExchange, PromiseType.Gift, PromiseType.Invoice);
        var absorbShipping = carrier is not null && first[(int)PromiseType.Shipping] >= 0;

        var anyTyped = false;
        for (var t = 0; t < TypeCount; t++)
            if (first[t] >= 0 && (PromiseType)t != PromiseType.Other) anyTyped = true;

        var order = new List<PromiseType>(2);
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise || first[(int)verdicts[i].Type] != i) continue;
            var type = verdicts[i].Type;
            if (type == PromiseType.Shipping && absorbShipping) continue;
            // 申请/修改/预约 name the paperwork, not the deal: with anything more telling in the message, they are left out.
            if (type == PromiseType.Other && anyTyped) continue;
            // Reading order: the first thing committed is the main promise (docs/promise-labelling.md, type).
            order.Add(type);
        }

        var promises = new List<DetectedPromise>(order.Count);
        foreach (var type in order)
        {
            var alsoShipping = absorbShipping && type == carrier;
            promises.Add(Build(original, text, tokens, clauses, verdicts, type, alsoShipping, sentAt));
        }

        return promises;
    }

    private static PromiseType? FirstOf(ReadOnlySpan<int> first, params ReadOnlySpan<PromiseType> types)
    {
        PromiseType? found = null;
        foreach (var t in types)
            if (first[(int)t] >= 0 && (found is null || first[(int)t] < first[(int)found.Value])) found = t;
        return found;
    }

    private static DetectedPromise Build(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses,
        ReadOnlySpan<Verdict> verdicts, PromiseType type, bool alsoShipping, DateTimeOffset sentAt)
    {
        int evidence = -1;
        DateTimeOffset? due = null;
        decimal? amount = null;
        var amountFound = !CarriesAmount(type);
        string? condition = null;
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise || (verdicts[i].Type != type && !(alsoShipping && verdicts[i].Type == PromiseType.Shipping))) continue;
            if (evidence < 0 && verdicts[i].Type == type) evidence = i;
            due ??= DueOf(text, tokens, clauses, verdicts, i, sentAt);
            if (!amountFound) amountFound = AmountOf(text, tokens, clauses, i, out amount);
            condition ??= ConditionOf(original, clauses, verdicts, i);
        }

        if (evidence < 0) evidence = 0;
        var span = original.AsSpan(clauses[evidence].Start, clauses[evidence].End - clauses[evidence].Start).Trim();
        return new DetectedPromise(type, due, amount, condition, span.ToString());
    }

    private static bool CarriesAmount(PromiseType type) => type is PromiseType.Discount or PromiseType.Refund or PromiseType.Compensation;

    /// <summary>The clause's own deadline, else one stated in a neighbouring clause of the same sentence that has no action of its own (…，三个工作日内).</summary>
    private static DateTimeOffset? DueOf(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses,
        ReadOnlySpan<Verdict> verdicts, int i, DateTimeOffset sentAt)
    {
        var own = DueDateResolver.ResolveNormalized(text[clauses[i].Start..clauses[i].End], sentAt);
        if (own is not null || Clauses.Has(tokens, clauses[i], Cue.Deadline)) return own;
        foreach (var j in (ReadOnlySpan<int>)[i + 1, i - 1])
        {
            if (j < 0 || j >= clauses.Length || clauses[j].Sentence != clauses[i].Sentence) continue;
            if (Clauses.Has(tokens, clauses[j], Cue.Action) || verdicts[j].Hedged || verdicts[j].OpenCondition || !Clauses.Has(tokens, clauses[j], Cue.Deadline)) continue;
            return DueDateResolver.ResolveNormalized(text[clauses[j].Start..clauses[j].End], sentAt);
        }

        return null;
    }

    private static bool AmountOf(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i, out decimal? amount)
    {
        if (AmountExtractor.TryFind(text[clauses[i].Start..clauses[i].End], out amount)) return true;
        var next = i + 1;
        return next < clauses.Length && clauses[next].Sentence == clauses[i].Sentence && !Clauses.Has(tokens, clauses[next], Cue.Action)
               && AmountExtractor.TryFind(text[clauses[next].Start..clauses[next].End], out amount);
    }

    private static string? ConditionOf(string original, ReadOnlySpan<Clause> clauses, ReadOnlySpan<Verdict> verdicts, int i)
    {
        var v = verdicts[i];
        if (!v.HasCondition && i > 0 && verdicts[i - 1].OpenCondition && clauses[i - 1].Sentence == clauses[i].Sentence) v = verdicts[i - 1];
        if (!v.HasCondition) return null;
        var condition = original.AsSpan(v.ConditionStart, v.ConditionEnd - v.ConditionStart).Trim();
        return condition.IsEmpty ? null : condition.ToString();
    }
}
