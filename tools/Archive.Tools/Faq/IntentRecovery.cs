using Archive.Faq;
using Archive.Messages;
using Archive.Tools.Generation;

namespace Archive.Tools.Faq;

/// <summary>
/// Whether the miner's top groups on a generated corpus are the intents the generator asked most. Each reported group
/// is mapped to the majority true intent of its member messages (unlabelled messages count as "none"); the truth per
/// intent is the number of distinct conversations in which a buyer asked it.
/// </summary>
public static class IntentRecovery
{
    public sealed record GroupRow(int Rank, string Representative, string Category, int Conversations, string Intent, double Purity, int TrueConversations)
    {
        public double CountError => TrueConversations == 0 ? double.PositiveInfinity : Math.Abs(Conversations - TrueConversations) / (double)TrueConversations;
    }

    public sealed record Result(
        IReadOnlyList<GroupRow> Groups, IReadOnlyList<(string Intent, int Conversations)> TrueTop, double PrecisionAt10,
        double CountsWithin10Percent, IReadOnlyList<(string Intent, int Mined, int True)> ByCategory);

    /// <summary>Category keys of the miner that name the same thing as a generator intent.</summary>
    private static readonly Dictionary<string, string> IntentOfCategory = new(StringComparer.Ordinal)
    {
        [QuestionCategories.Value] = Intents.Value, [QuestionCategories.Stock] = Intents.Stock,
        [QuestionCategories.ShippingFee] = Intents.ShippingFee, [QuestionCategories.Discount] = Intents.Discount,
        [QuestionCategories.Bargain] = Intents.Bargain, [QuestionCategories.ReturnExchange] = Intents.ReturnExchange,
        [QuestionCategories.Quality] = Intents.Quality, [QuestionCategories.OrderPayment] = Intents.OrderPayment,
        [QuestionCategories.Logistics] = Intents.Logistics, [QuestionCategories.Invoice] = Intents.Invoice,
        [QuestionCategories.AfterSales] = Intents.AfterSales,
    };

    public static Result Score(IReadOnlyList<ChatMessage> messages, IReadOnlyDictionary<string, string> intentOfMessage, int top = 10)
    {
        var trace = new FaqTrace();
        var report = new FaqMiner().Mine(messages, new FaqMiningOptions { Limit = 1000, MaxReplies = 0, MaxExamples = 0 }, trace);

        var truth = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in messages)
            if (m.Sender == Senders.Buyer && intentOfMessage.TryGetValue(m.MessageId, out var intent))
                (truth.TryGetValue(intent, out var set) ? set : truth[intent] = new HashSet<string>(StringComparer.Ordinal)).Add(m.ConversationId);
        var trueTop = truth.Select(p => (Intent: p.Key, Conversations: p.Value.Count))
            .OrderByDescending(p => p.Conversations).ThenBy(p => p.Intent, StringComparer.Ordinal).ToList();

        var votes = new Dictionary<(int, string), int>();
        foreach (var (messageId, question) in trace.QuestionOfMessage)
        {
            if (question < 0) continue;
            var key = (question, intentOfMessage.GetValueOrDefault(messageId, "none"));
            votes[key] = votes.GetValueOrDefault(key) + 1;
        }

        var rows = new List<GroupRow>();
        for (var q = 0; q < Math.Min(top, report.Questions.Count); q++)
        {
            var mine = votes.Where(v => v.Key.Item1 == q).OrderByDescending(v => v.Value).ThenBy(v => v.Key.Item2, StringComparer.Ordinal).ToList();
            var (majority, count) = mine.Count > 0 ? (mine[0].Key.Item2, mine[0].Value) : ("none", 0);
            var question = report.Questions[q];
            rows.Add(new GroupRow(q + 1, question.Representative, question.CategoryLabel, question.Conversations, majority,
                PairScore.Ratio(count, mine.Sum(v => v.Value)), truth.TryGetValue(majority, out var set) ? set.Count : 0));
        }

        var trueTopSet = trueTop.Take(top).Select(t => t.Intent).ToHashSet(StringComparer.Ordinal);
        var precision = (double)rows.Select(r => r.Intent).Distinct().Count(trueTopSet.Contains) / top;
        var within = PairScore.Ratio(rows.Count(r => r.CountError <= 0.10), top);

        // The same question by category: all reported groups of a category together, against the intent it names.
        var byCategory = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var conversationOf = messages.Where(m => m.Sender == Senders.Buyer).ToDictionary(m => m.MessageId, m => m.ConversationId, StringComparer.Ordinal);
        foreach (var (messageId, question) in trace.QuestionOfMessage)
        {
            if (question < 0 || !IntentOfCategory.TryGetValue(report.Questions[question].Category, out var intent)) continue;
            (byCategory.TryGetValue(intent, out var set) ? set : byCategory[intent] = new HashSet<string>(StringComparer.Ordinal)).Add(conversationOf[messageId]);
        }
        var categoryRows = trueTop.Select(t => (t.Intent, byCategory.TryGetValue(t.Intent, out var s) ? s.Count : 0, t.Conversations)).ToList();
        return new Result(rows, trueTop, precision, within, categoryRows);
    }
}
