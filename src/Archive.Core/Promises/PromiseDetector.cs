using System.Buffers;

namespace Archive.Promises;

/// <summary>
/// Finds what a shop commits to in a chat message, what a buyer says was promised, and what a shop message reports
/// as done. Deterministic and lexicon-driven: normalize (traditional → simplified, full-width → ASCII) → cue tokens
/// → clauses → a verdict per clause (<see cref="ClauseJudge"/>) → promises merged per message. Thread-safe and
/// allocation-free for messages without a promise.
/// </summary>
public sealed class PromiseDetector
{
    private const int StackChars = 384;
    private static readonly IReadOnlySet<PromiseType> NoTypes = new HashSet<PromiseType>();

    /// <summary>
    /// Commitments in an agent or auto-reply message, the message's main commitment first. A physical item's
    /// shipping (补发…明天寄出) is folded into it rather than listed apart, and follow-ups (短信通知您) are only
    /// listed when nothing more specific was promised.
    /// </summary>
    public IReadOnlyList<DetectedPromise> DetectShopPromises(string text, DateTimeOffset sentAt) =>
        Run(text, sentAt, Mode.Shop, out _) ?? [];

    /// <summary>
    /// Promises a buyer says the shop made (你们说好送赠品的, 客服答应给我包邮). Only an explicit calendar date is kept
    /// as DueBy: a relative one (明天) was relative to a message the buyer is recalling, not to this one.
    /// </summary>
    public IReadOnlyList<DetectedPromise> DetectBuyerClaims(string text, DateTimeOffset sentAt) =>
        Run(text, sentAt, Mode.Claims, out _) ?? [];

    /// <summary>The promise types a shop message reports as done (已发货, 退款已处理, 已补发, 优惠券已发放, 发票已开…).</summary>
    public IReadOnlySet<PromiseType> DetectFulfilmentReports(string text)
    {
        Run(text, default, Mode.Fulfilment, out var done);
        return done ?? NoTypes;
    }

    private enum Mode { Shop, Claims, Fulfilment }

    private static List<DetectedPromise>? Run(string text, DateTimeOffset sentAt, Mode mode, out HashSet<PromiseType>? done)
    {
        ArgumentNullException.ThrowIfNull(text);
        done = null;
        if (text.Length == 0) return null;
        char[]? rentedText = null;
        CueToken[]? rentedTokens = null;
        Clause[]? rentedClauses = null;
        var small = text.Length <= StackChars;
        try
        {
            var normalized = PromiseText.Normalize(text, small ? stackalloc char[text.Length] : (rentedText = ArrayPool<char>.Shared.Rent(text.Length)));
            var tokenBuffer = small ? stackalloc CueToken[text.Length + 1] : (rentedTokens = ArrayPool<CueToken>.Shared.Rent(text.Length + 1));
            var tokens = tokenBuffer[..CueScanner.Scan(normalized, tokenBuffer)];
            var clauseBuffer = small ? stackalloc Clause[text.Length + 1] : (rentedClauses = ArrayPool<Clause>.Shared.Rent(text.Length + 1));
            var clauses = clauseBuffer[..Clauses.Split(normalized, tokens, clauseBuffer)];
            switch (mode)
            {
                case Mode.Claims: return ReportReader.Claims(text, normalized, tokens, clauses, sentAt);
                case Mode.Fulfilment: done = ReportReader.Fulfilment(normalized, tokens, clauses); return null;
                default: return Shop(text, normalized, tokens, clauses, sentAt);
            }
        }
        finally
        {
            if (rentedText is not null) ArrayPool<char>.Shared.Return(rentedText);
            if (rentedTokens is not null) ArrayPool<CueToken>.Shared.Return(rentedTokens);
            if (rentedClauses is not null) ArrayPool<Clause>.Shared.Return(rentedClauses);
        }
    }

    private static List<DetectedPromise>? Shop(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, DateTimeOffset sentAt)
    {
        if (!HasAction(tokens)) return null; // most messages: nothing to judge
        var verdicts = clauses.Length <= 64 ? stackalloc Verdict[clauses.Length] : new Verdict[clauses.Length];
        var anyPromise = false;
        for (var i = 0; i < clauses.Length; i++)
        {
            var asked = SentenceIsOffer(text, tokens, clauses, i) || Clauses.IsQuestion(text, tokens, clauses[i]);
            var afterCondition = i > 0 && verdicts[i - 1].OpenCondition && clauses[i - 1].Sentence == clauses[i].Sentence;
            verdicts[i] = ClauseJudge.Judge(text, tokens, clauses[i], asked, afterCondition, SentenceHas(tokens, clauses, i, Cue.Generic));
            anyPromise |= verdicts[i].IsPromise;
        }

        return anyPromise ? PromiseAssembler.Assemble(original, text, tokens, clauses, verdicts, sentAt) : null;
    }

    /// <summary>A sentence that ends in a bare question tag (…，您看可以吗？) offers rather than commits.</summary>
    private static bool SentenceIsOffer(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i)
    {
        var last = i;
        while (last + 1 < clauses.Length && clauses[last + 1].Sentence == clauses[i].Sentence) last++;
        return last != i && Clauses.IsBareTag(text, tokens, clauses[last]);
    }

    private static bool SentenceHas(ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i, Cue cue)
    {
        for (var j = 0; j < clauses.Length; j++)
        {
            if (clauses[j].Sentence != clauses[i].Sentence) continue;
            for (var k = clauses[j].TokenStart; k < clauses[j].TokenEnd; k++)
                if (tokens[k].Cue == cue) return true;
        }

        return false;
    }

    private static bool HasAction(ReadOnlySpan<CueToken> tokens)
    {
        foreach (ref readonly var t in tokens)
            if (t.Cue == Cue.Action) return true;
        return false;
    }
}
