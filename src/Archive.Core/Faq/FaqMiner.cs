using Archive.Messages;

namespace Archive.Faq;

/// <summary>
/// Finds what buyers ask most. One pass over the messages (ordered by conversation, then time) detects buyer
/// questions, normalizes them and pairs each with the agent's answer that followed it; then the distinct normalized
/// wordings are grouped (<see cref="QuestionGrouper"/>), counted by distinct conversation and buyer, filed under a
/// category, and each reported group's answers are grouped the same way into suggested quick phrases. Deterministic:
/// the same messages and options give the same report. Not thread-safe; a miner per call is cheap.
/// </summary>
public sealed class FaqMiner
{
    private readonly QuestionNormalizer _normalizer = new();

    public FaqReport Mine(IEnumerable<ChatMessage> messages, FaqMiningOptions options) => Mine(messages, options, null);

    /// <summary>As <see cref="Mine(IEnumerable{ChatMessage}, FaqMiningOptions)"/>, also recording in
    /// <paramref name="trace"/> which reported question each current-period buyer message was counted for.</summary>
    public FaqReport Mine(IEnumerable<ChatMessage> messages, FaqMiningOptions options, FaqTrace? trace)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Category is { } category && !QuestionCategories.IsKnown(category))
            throw new ArgumentException($"unknown category '{category}'", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit);

        var periods = MiningPeriods.Of(options);
        var collected = Collect(messages, periods, options, trace is not null);
        var groupOf = new QuestionGrouper(options.Similarity).Group(collected.Keys, collected.KeyWeights);
        var groups = FaqGroupStats.Count(collected, groupOf);

        var selected = new List<(int Group, string Category)>();
        foreach (var group in groups.ByConversations())
        {
            if (groups.Conversations[group] < Math.Max(1, options.MinConversations)) break;
            if (groups.IsVague(group, collected)) continue;
            var groupCategory = groups.CategoryOf(group, collected);
            if (options.Category is not null && groupCategory != options.Category) continue;
            selected.Add((group, groupCategory));
            if (selected.Count >= options.Limit) break;
        }

        trace?.Record(collected, groupOf, selected.ConvertAll(s => s.Group));
        var replies = new ReplySuggester(options.Similarity);
        var questions = selected.Select(s => new FaqQuestion
        {
            Representative = groups.Representative(s.Group, collected),
            Conversations = groups.Conversations[s.Group],
            Buyers = groups.Buyers[s.Group],
            Messages = groups.Messages[s.Group],
            Examples = groups.Examples(s.Group, collected, options.MaxExamples),
            Category = s.Category,
            CategoryLabel = QuestionCategories.Label(s.Category),
            SuggestedReplies = replies.Suggest(groups.ReplyUses(s.Group, collected), collected, options.MaxReplies),
            PreviousConversations = groups.PreviousConversations[s.Group],
            Trend = periods.HasPrevious ? Trend(groups.Conversations[s.Group], groups.PreviousConversations[s.Group]) : null,
        }).ToList();

        return new FaqReport
        {
            Questions = questions,
            BuyerMessages = collected.BuyerMessages,
            QuestionMessages = collected.QuestionMessages,
            From = options.From,
            To = options.To,
            PreviousFrom = periods.HasPrevious ? periods.PreviousFrom : null,
        };
    }

    private FaqCollection Collect(IEnumerable<ChatMessage> messages, MiningPeriods periods, FaqMiningOptions options, bool keepIds)
    {
        var collected = new FaqCollection { MessageIds = keepIds ? [] : null };
        string? conversationId = null;
        var conversation = -1;
        var pending = new List<int>();
        foreach (var message in messages)
        {
            if (!string.Equals(message.ConversationId, conversationId, StringComparison.Ordinal))
            {
                conversationId = message.ConversationId;
                conversation = collected.ConversationIndex(conversationId);
                pending.Clear();
            }

            var period = periods.Classify(message.SentAt);
            if (message.Sender == Senders.Buyer)
            {
                if (period == Period.Ignored) continue;
                if (period == Period.Current) collected.BuyerMessages++;
                var questions = QuestionDetector.FindQuestions(message.Text, _normalizer);
                if (questions.Count == 0) continue;
                if (period == Period.Current) collected.QuestionMessages++;
                foreach (var question in questions)
                {
                    pending.Add(collected.AddQuestion(question, conversation, message.BuyerId, period == Period.Current));
                    collected.MessageIds?.Add(message.MessageId);
                }
            }
            else if (pending.Count > 0 && (message.Sender == Senders.Agent || (options.IncludeAutoReplies && message.Sender == Senders.Auto)))
            {
                var reply = ReplyTrimmer.Trim(message.Text);
                if (ReplySuggester.IsHoldingOrGreeting(reply)) continue;
                var replyId = collected.ReplyIndex(reply);
                foreach (var occurrence in pending) collected.SetReply(occurrence, replyId);
                pending.Clear();
            }
        }
        return collected;
    }

    private static string Trend(int current, int previous)
    {
        if (previous == 0) return current > 0 ? "new" : "flat";
        var ratio = (double)current / previous;
        return ratio > 1.1 ? "up" : ratio < 0.9 ? "down" : "flat";
    }
}

internal enum Period : byte
{
    Ignored,
    Current,
    Previous,
}

/// <summary>The current period [From, To] and the previous one of equal length just before it.</summary>
internal readonly record struct MiningPeriods(DateTimeOffset From, DateTimeOffset To, DateTimeOffset PreviousFrom, bool HasPrevious)
{
    public static MiningPeriods Of(FaqMiningOptions options)
    {
        var from = options.From ?? DateTimeOffset.MinValue;
        var to = options.To ?? DateTimeOffset.MaxValue;
        if (to < from) throw new ArgumentException("To is before From", nameof(options));
        var hasPrevious = options.From is not null && options.To is not null;
        return new MiningPeriods(from, to, hasPrevious ? from - (to - from) : from, hasPrevious);
    }

    public Period Classify(DateTimeOffset sentAt) =>
        sentAt >= From && sentAt <= To ? Period.Current
        : HasPrevious && sentAt >= PreviousFrom && sentAt < From ? Period.Previous
        : Period.Ignored;
}

/// <summary>For evaluation: the reported question (index into <see cref="FaqReport.Questions"/>) of each
/// current-period buyer message the miner took for a question; messages of unreported groups map to -1.</summary>
public sealed class FaqTrace
{
    private readonly Dictionary<string, int> _questionOf = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> QuestionOfMessage => _questionOf;

    internal void Record(FaqCollection collected, int[] groupOf, List<int> reported)
    {
        var rank = new Dictionary<int, int>();
        for (var i = 0; i < reported.Count; i++) rank[reported[i]] = i;
        for (var i = 0; i < collected.Occurrences.Count; i++)
        {
            var o = collected.Occurrences[i];
            if (o.Current) _questionOf[collected.MessageIds![i]] = rank.GetValueOrDefault(groupOf[o.Key], -1);
        }
    }
}
