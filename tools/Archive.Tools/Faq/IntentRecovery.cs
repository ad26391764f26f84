using Archive.Faq;
using Archive.Messages;

namespace Archive.Tools.Faq;

/// <summary>
/// Whether the miner's top groups on a generated corpus are the questions the generator asked most. The truth is
/// question-level: each labelled buyer message carries its question family (free_shipping, courier_choice, …), and a
/// family's count is the number of distinct conversations in which a buyer asked it. Each reported group is mapped to
/// the majority family of its member messages (unlabelled messages vote "none"). precision@10 is the number of
/// distinct true top-10 families among the top-10 groups' families, over 10 (two groups of one family count once);
/// a group's count is right when its conversations are within 10% of its family's.
/// </summary>
public static class IntentRecovery
{
    public sealed record GroupRow(int Rank, string Representative, string Category, int Conversations, string Intent, double Purity, int TrueConversations, string Mix = "")
    {
        public double CountError => TrueConversations == 0 ? double.PositiveInfinity : Math.Abs(Conversations - TrueConversations) / (double)TrueConversations;
    }

    /// <summary>A true family, how many conversations asked it, and the mined group that holds most of its messages.</summary>
    public sealed record FamilyRow(string Intent, int TrueConversations, int BestRank, int BestConversations, double Captured, string Others = "");

    public sealed record Result(IReadOnlyList<GroupRow> Groups, IReadOnlyList<FamilyRow> TrueTop, double PrecisionAt10, double CountsWithin10Percent);

    public static Result Score(IReadOnlyList<ChatMessage> messages, IReadOnlyDictionary<string, string> intentOfMessage, int top = 10, int showTrue = 15)
    {
        var trace = new FaqTrace();
        var report = new FaqMiner().Mine(messages, new FaqMiningOptions { Limit = 1000, MaxReplies = 0, MaxExamples = 0 }, trace);

        var truth = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var conversationOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            if (m.Sender != Senders.Buyer) continue;
            conversationOf[m.MessageId] = m.ConversationId;
            if (intentOfMessage.TryGetValue(m.MessageId, out var intent))
                (truth.TryGetValue(intent, out var set) ? set : truth[intent] = new HashSet<string>(StringComparer.Ordinal)).Add(m.ConversationId);
        }
        var trueTop = truth.Select(p => (Intent: p.Key, Conversations: p.Value.Count))
            .OrderByDescending(p => p.Conversations).ThenBy(p => p.Intent, StringComparer.Ordinal).ToList();

        // votes[(group, family)] = messages; captured[(group, family)] = the family's conversations found in the group.
        var votes = new Dictionary<(int, string), int>();
        var captured = new Dictionary<(int, string), HashSet<string>>();
        foreach (var (messageId, question) in trace.QuestionOfMessage)
        {
            if (question < 0) continue;
            var family = intentOfMessage.GetValueOrDefault(messageId, "none");
            votes[(question, family)] = votes.GetValueOrDefault((question, family)) + 1;
            (captured.TryGetValue((question, family), out var set) ? set : captured[(question, family)] = []).Add(conversationOf[messageId]);
        }

        var rows = new List<GroupRow>();
        for (var q = 0; q < Math.Min(top, report.Questions.Count); q++)
        {
            var mine = votes.Where(v => v.Key.Item1 == q).OrderByDescending(v => v.Value).ThenBy(v => v.Key.Item2, StringComparer.Ordinal).ToList();
            var (majority, count) = mine.Count > 0 ? (mine[0].Key.Item2, mine[0].Value) : ("none", 0);
            var question = report.Questions[q];
            rows.Add(new GroupRow(q + 1, question.Representative, question.CategoryLabel, question.Conversations, majority,
                PairScore.Ratio(count, mine.Sum(v => v.Value)), truth.TryGetValue(majority, out var set) ? set.Count : 0,
                string.Join(" ", mine.Skip(1).Take(2).Select(v => $"{v.Key.Item2} {PairScore.Ratio(v.Value, mine.Sum(x => x.Value)):P0}"))));
        }

        var trueTopSet = trueTop.Take(top).Select(t => t.Intent).ToHashSet(StringComparer.Ordinal);
        var precision = (double)rows.Select(r => r.Intent).Distinct().Count(trueTopSet.Contains) / top;
        var within = PairScore.Ratio(rows.Count(r => r.CountError <= 0.10), top);

        var families = trueTop.Take(showTrue).Select(t =>
        {
            var held = captured.Where(c => c.Key.Item2 == t.Intent).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key.Item1).ToList();
            if (held.Count == 0) return new FamilyRow(t.Intent, t.Conversations, 0, 0, 0);
            var best = held[0];
            // Where the rest went: the next groups holding this family, as "rank:representative share".
            var others = string.Join(" ", held.Skip(1).Take(3).Select(c =>
                $"{c.Key.Item1 + 1}:{report.Questions[c.Key.Item1].Representative} {PairScore.Ratio(c.Value.Count, t.Conversations):P0}"));
            return new FamilyRow(t.Intent, t.Conversations, best.Key.Item1 + 1, report.Questions[best.Key.Item1].Conversations,
                PairScore.Ratio(best.Value.Count, t.Conversations), others);
        }).ToList();
        return new Result(rows, families, precision, within);
    }
}
