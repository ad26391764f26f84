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
        Run(text, sentAt, Mode.Shop, [], out _) ?? [];

    /// <summary>
    /// As <see cref="DetectShopPromises(string, DateTimeOffset)"/>, reading the conversation's earlier messages
    /// (<paramref name="earlier"/>, newest first) for what a promise of paperwork only (帮您申请, 小妹帮您修改) is for.
    /// </summary>
    public IReadOnlyList<DetectedPromise> DetectShopPromises(string text, DateTimeOffset sentAt, IReadOnlyList<string> earlier) =>
        Run(text, sentAt, Mode.Shop, earlier, out _) ?? [];

    /// <summary>
    /// Promises a buyer says the shop made (你们说好送赠品的, 客服答应给我包邮). Only an explicit calendar date is kept
    /// as DueBy: a relative one (明天) was relative to a message the buyer is recalling, not to this one.
    /// </summary>
    public IReadOnlyList<DetectedPromise> DetectBuyerClaims(string text, DateTimeOffset sentAt) =>
        Run(text, sentAt, Mode.Claims, [], out _) ?? [];

    /// <summary>The promise types a shop message reports as done (已发货, 退款已处理, 已补发, 优惠券已发放, 发票已开…).</summary>
    public IReadOnlySet<PromiseType> DetectFulfilmentReports(string text)
    {
        Run(text, default, Mode.Fulfilment, [], out var done);
        return done ?? NoTypes;
    }

    /// <summary>How many of a conversation's earlier messages the detector reads (newest first); more are ignored.</summary>
    public const int ContextDepth = ConversationTopic.Depth;

    /// <summary>
    /// Both readings of a shop message from one pass over it, as ingest needs them: its commitments (as
    /// <see cref="DetectShopPromises(string, DateTimeOffset, IReadOnlyList{string})"/>) and the promise types it reports
    /// done (as <see cref="DetectFulfilmentReports"/>).
    /// </summary>
    public (IReadOnlyList<DetectedPromise> Promises, IReadOnlySet<PromiseType> Fulfils) DetectShopMessage(string text, DateTimeOffset sentAt, IReadOnlyList<string> earlier)
    {
        var promises = Run(text, sentAt, Mode.ShopAndFulfilment, earlier, out var done);
        return (promises ?? [], done ?? NoTypes);
    }

    /// <summary>A character of every claim trigger (说好, 答应, 承诺, 保证过, 讲好, 约好, 告诉我会), normalized.</summary>
    internal static readonly SearchValues<char> ClaimTriggerChars = SearchValues.Create("说答诺证讲约告");

    private enum Mode { Shop, Claims, Fulfilment, ShopAndFulfilment }

    private static List<DetectedPromise>? Run(string text, DateTimeOffset sentAt, Mode mode, IReadOnlyList<string> earlier, out HashSet<PromiseType>? done)
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
            if (mode == Mode.Claims && !normalized.ContainsAny(ClaimTriggerChars)) return null; // most buyer messages
            var tokenBuffer = small ? stackalloc CueToken[text.Length + 1] : (rentedTokens = ArrayPool<CueToken>.Shared.Rent(text.Length + 1));
            var tokens = tokenBuffer[..CueScanner.Scan(normalized, tokenBuffer)];
            var clauseBuffer = small ? stackalloc Clause[text.Length + 1] : (rentedClauses = ArrayPool<Clause>.Shared.Rent(text.Length + 1));
            var clauses = clauseBuffer[..Clauses.Split(normalized, tokens, clauseBuffer)];
            switch (mode)
            {
                case Mode.Claims: return ReportReader.Claims(text, normalized, tokens, clauses, sentAt);
                case Mode.Fulfilment: done = ReportReader.Fulfilment(normalized, tokens, clauses); return null;
                default:
                    if (mode == Mode.ShopAndFulfilment) done = ReportReader.Fulfilment(normalized, tokens, clauses);
                    return Shop(text, normalized, tokens, clauses, sentAt, earlier);
            }
        }
        finally
        {
            if (rentedText is not null) ArrayPool<char>.Shared.Return(rentedText);
            if (rentedTokens is not null) ArrayPool<CueToken>.Shared.Return(rentedTokens);
            if (rentedClauses is not null) ArrayPool<Clause>.Shared.Return(rentedClauses);
        }
    }

    private static List<DetectedPromise>? Shop(string original, ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, DateTimeOffset sentAt,
        IReadOnlyList<string> earlier)
    {
        if (!HasAction(tokens)) // most messages: nothing to judge
            return (AffirmedAnswer.Read(original, text, earlier, sentAt) ?? ReviewDay.Read(original, text, tokens, clauses, earlier, sentAt)) is { } answer ? [answer] : null;
        var verdicts = clauses.Length <= 64 ? stackalloc Verdict[clauses.Length] : new Verdict[clauses.Length];
        var anyPromise = false;
        var timetable = IsTimetable(tokens);
        for (var i = 0; i < clauses.Length; i++)
        {
            var asked = SentenceIsOffer(text, tokens, clauses, i) || Clauses.IsQuestion(text, tokens, clauses[i]);
            var sameSentence = i > 0 && clauses[i - 1].Sentence == clauses[i].Sentence;
            var carried = sameSentence && (verdicts[i - 1].OpenCondition || LendsSubject(tokens, clauses[i - 1]));
            // "预计 [数字x]天发货": a hedge standing alone governs the phrase after it.
            asked |= sameSentence && clauses[i - 1].End - clauses[i - 1].Start <= 4 && Clauses.Has(tokens, clauses[i - 1], Cue.Hedge) && !Clauses.Has(tokens, clauses[i - 1], Cue.Action);
            verdicts[i] = ClauseJudge.Judge(text, tokens, clauses[i], asked, carried, sameSentence && Topics.EndsWithTrigger(text, tokens, clauses[i - 1]), GenericSoFar(tokens, clauses, i),
                timetable);
            anyPromise |= verdicts[i].IsPromise;
        }

        if (!anyPromise) return ReviewDay.Read(original, text, tokens, clauses, earlier, sentAt) is { } review ? [review] : null;
        CommitmentForms.DropWorkWhileTheBuyerHoldsOn(text, tokens, clauses, verdicts);
        RefundTimetable.DropRefundsReadOffTheTimetable(text, clauses, verdicts);
        CommitmentForms.DropCallingAhead(text, tokens, clauses, verdicts);
        Topics.Inherit(text, tokens, clauses, verdicts, earlier);
        return PromiseAssembler.Assemble(original, text, tokens, clauses, verdicts, sentAt);
    }

    /// <summary>白条是1-3工作日到账;余额…24小时到账: a message naming several times reads out the platform's timetable, not this case's.</summary>
    private static bool IsTimetable(ReadOnlySpan<CueToken> tokens)
    {
        int times = 0, windows = 0, lastTimeEnd = -2;
        foreach (ref readonly var t in tokens)
        {
            // [数字x]-[数字x]个工作日之内: words of one time written back to back are one time.
            if (t.Cue == Cue.Deadline && t.Start > lastTimeEnd + 1 && ++times > 1) return true;
            if (t.Cue == Cue.Deadline) lastTimeEnd = t.End;
            if ((t.Flags & CueFlags.Range) != 0 && ++windows > 1) return true; // 储蓄卡1-3个工作日 信用卡2-5个
        }

        return false;
    }

    /// <summary>
    /// 我帮您 联系下站点: agents type the subject and 帮您 apart from the verb. A short phrase of only such words, ended by
    /// a space, commits the clause after it as if they were written together.
    /// </summary>
    private static bool LendsSubject(ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (!char.IsWhiteSpace(clause.Terminator) || clause.End - clause.Start > 6 || !clause.HasTokens) return false;
        var personal = false;
        var covered = 0;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            if (tokens[k].Cue is not (Cue.Personal or Cue.ShopSubject or Cue.Modal)) return false;
            personal |= tokens[k].Cue == Cue.Personal;
            covered += tokens[k].End - tokens[k].Start;
        }

        return personal && covered >= clause.End - clause.Start - 1; // nothing but 我/这边/马上/帮您 (and one filler such as 就)
    }

    /// <summary>
    /// A phrase that asks consent (…，您看可以吗？ / 明天帮您补发可以吗) offers rather than commits. The scope is the
    /// phrase — clauses of the sentence not separated by a space, as chat agents type one utterance per phrase. A tag
    /// standing alone as its own phrase covers the phrase before it, or the whole sentence when it ends the sentence
    /// (为您反馈 还请您耐心等待 您看可以吗). A tag opening a phrase (您看这样好吗，我这边…) never reaches an earlier phrase.
    /// </summary>
    private static bool SentenceIsOffer(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i)
    {
        var (start, end) = Phrase(clauses, i);
        for (var j = start; j <= end; j++)
            if (Clauses.ConsentScope(text, tokens, clauses[j]) != Clauses.Consent.None && !AsksAboutARequest(text, clauses, i, j)) return true;
        for (var j = end + 1; j < clauses.Length && clauses[j].Sentence == clauses[i].Sentence; j++)
        {
            var last = j + 1 == clauses.Length || clauses[j + 1].Sentence != clauses[j].Sentence;
            if (last && Clauses.ConfirmsProduct(text, tokens, clauses[j])) return true;
            if (!StandaloneTag(text, tokens, clauses, j)) continue;
            if (last || j == end + 1) return true;
        }

        // 我会通知您的。您看可以吗: a tag standing alone at the start of the next sentence asks about this one.
        var next = end + 1;
        while (next < clauses.Length && clauses[next].Sentence == clauses[i].Sentence) next++;
        return next < clauses.Length && StandaloneTag(text, tokens, clauses, next);
    }

    /// <summary>
    /// …会在24小时之内联系您，请您给小妹留一个电话号码，好吗: a consent tag right after a request to the buyer asks about
    /// the request; what the shop committed to before it stands. (…请您提供联系方式，我们会在N小时内给您回电，您看可以吗
    /// still puts the whole plan to the buyer.)
    /// </summary>
    private static bool AsksAboutARequest(ReadOnlySpan<char> text, ReadOnlySpan<Clause> clauses, int i, int tag)
    {
        if (tag - 1 <= i) return false;
        var clause = text[clauses[tag - 1].Start..clauses[tag - 1].End].TrimStart();
        foreach (var request in Requests)
            if (clause.StartsWith(request, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] Requests = ["请您", "麻烦您", "您留", "请留", "留一下", "您提供", "请提供", "提供一下", "您给", "请给"];

    private static bool StandaloneTag(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int j) =>
        Phrase(clauses, j) == (j, j) && clauses[j].End - clauses[j].Start <= 8 && Clauses.ConsentScope(text, tokens, clauses[j]) == Clauses.Consent.Sentence;

    private static (int Start, int End) Phrase(ReadOnlySpan<Clause> clauses, int i)
    {
        var start = i;
        while (start > 0 && clauses[start - 1].Sentence == clauses[i].Sentence && !char.IsWhiteSpace(clauses[start - 1].Terminator)) start--;
        var end = i;
        while (end + 1 < clauses.Length && clauses[end + 1].Sentence == clauses[i].Sentence && !char.IsWhiteSpace(clauses[end].Terminator)) end++;
        return (start, end);
    }

    /// <summary>
    /// The strongest general-rule cue from the start of the phrase up to this clause: 0 none, 1 a rule that 给您
    /// overrides (满99包邮 vs 凑满两件给您包邮), 2 a system rule that it does not (系统会给您发短信).
    /// </summary>
    private static int GenericSoFar(ReadOnlySpan<CueToken> tokens, ReadOnlySpan<Clause> clauses, int i)
    {
        var level = 0;
        for (var j = i; j >= Phrase(clauses, i).Start; j--)
        {
            // 您的订单已进入调度系统，预约客服会…: an earlier clause reporting where this order is states no rule.
            if (j < i && HasPastMarker(tokens, clauses[j])) continue;
            for (var k = clauses[j].TokenStart; k < clauses[j].TokenEnd; k++)
                if (tokens[k].Cue == Cue.Generic) level = Math.Max(level, tokens[k].Weight + 1);
        }

        return level;
    }

    private static bool HasPastMarker(ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Past && tokens[k].Weight == 0) return true;
        return false;
    }

    private static bool HasAction(ReadOnlySpan<CueToken> tokens)
    {
        foreach (ref readonly var t in tokens)
            if (t.Cue == Cue.Action) return true;
        return false;
    }
}
