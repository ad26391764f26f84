namespace Archive.Promises;

/// <summary>
/// 咱们会在今天为您审核的哈, 明天审核, 今天[数字x]点前审核完: a named day for reviewing this buyer's application is a time
/// the buyer will hold the shop to, of whatever the application is for (the conversation's topic). A duration
/// ([数字x]小时内审核, 一个工作日审核完毕) is the platform's timetable, and a hedge (预计, 一般) or a question leaves it open.
/// </summary>
internal static class ReviewDay
{
    private static readonly System.Buffers.SearchValues<string> Days =
        System.Buffers.SearchValues.Create(["今天", "明天", "后天"], StringComparison.Ordinal);

    public static DetectedPromise? Read(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses,
        IReadOnlyList<string> earlier, DateTimeOffset sentAt)
    {
        foreach (ref readonly var clause in clauses)
        {
            var span = text[clause.Start..clause.End];
            // A question (its mark or tag), a hedge or a negation leaves the day open.
            if (!span.Contains("审核", StringComparison.Ordinal) || !span.ContainsAny(Days) || Clauses.IsQuestion(text, tokens, clause)
                || Clauses.Has(tokens, clause, Cue.Hedge, Cue.StrongNegation, Cue.WeakNegation)) continue;
            var type = ConversationTopic.Of(earlier) ?? PromiseType.Other;
            return new DetectedPromise(type, DueDateResolver.ResolveNormalized(span, sentAt), null, null, original.Trim());
        }

        return null;
    }
}
