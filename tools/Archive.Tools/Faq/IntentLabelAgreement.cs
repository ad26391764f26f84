using Archive.Faq;
using Archive.Messages;

namespace Archive.Tools.Faq;

/// <summary>
/// The miner on the real JDDC sample against held-out, blind intent labels (<see cref="IntentLabels"/>). Three views:
/// question detection per labelled buyer line; agreement of the miner's groups with the labelled intents (pairwise
/// and B-cubed); and what the top groups hold. A line's group is the reported question <see cref="FaqTrace"/> records
/// for its message, so "in a group" means in a group the miner would report with the given options at any rank
/// (the limit is lifted; groups below MinConversations or judged vague are not reported and count as no group).
/// A second grouping view lowers MinConversations to 1, so that every group but the vague ones is seen: the trace
/// exposes reported groups only, and questions asked in one conversation would otherwise all read as ungrouped.
/// 其他 marks a question asked once: it agrees with no other line, so in B-cubed each 其他 line is a class of its own.
/// </summary>
public static class IntentLabelAgreement
{
    /// <summary>A labelled line as the miner saw it: <paramref name="Taken"/> for a question, <paramref name="Group"/> its reported rank (0-based) or -1.</summary>
    public sealed record Item(IntentLabel Label, bool Taken, int Group)
    {
        /// <summary>The B-cubed gold class: the intent, or the line itself when its question is unique.</summary>
        public string Class => Label.HasSharedIntent ? Label.Intent : $"#{Label.Line}";
    }

    public sealed record Grouping(int Questions, int Grouped, int GroupedNonQuestions, int Groups, PairScore Pairs, int SameIntentPairsAllQuestions,
        double BCubedPrecision, double BCubedRecall)
    {
        public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);

        /// <summary>Same-intent pairs among all labelled questions that the miner put in one group: the cost of ungrouped questions included.</summary>
        public double RecallOverAllQuestions => PairScore.Ratio(Pairs.TruePositives, SameIntentPairsAllQuestions);
    }

    public sealed record GroupRow(int Rank, string Representative, string Category, int Conversations, int Labelled, int NotQuestions, int Unique,
        string Majority, bool Tied, double Purity, string Mix);

    /// <summary>A frequent labelled intent; ranks are 1-based and 0 when there is none.</summary>
    public sealed record IntentRow(string Intent, int Lines, int Grouped, int MajorityRank, bool MajorityTied, int HoldingRank, int HeldLines);

    public sealed record Result(int Labelled, int Unmapped, PairScore Detection, int DetectorDisagreements, int MultiQuestion, int ReportedGroups,
        Grouping Grouping, Grouping AnyConversations, IReadOnlyList<GroupRow> Top, IReadOnlyList<IntentRow> TopIntents, int TopIntentsCovered, string TieNote);

    public static Result Score(IReadOnlyList<ChatMessage> messages, IReadOnlyList<IntentLabel> labels, IReadOnlyDictionary<int, string> idByLine,
        FaqMiningOptions options, int top = 10, int majorityWithin = 20)
    {
        var trace = new FaqTrace();
        // The limit only cuts the list of reported groups; the grouping and the order of the first ranks stay those of options.
        var report = new FaqMiner().Mine(messages, options with { Limit = int.MaxValue }, trace);
        var byId = new Dictionary<string, ChatMessage>(StringComparer.Ordinal);
        foreach (var m in messages) byId[m.MessageId] = m;

        var normalizer = new QuestionNormalizer();
        var items = new List<Item>(labels.Count);
        int unmapped = 0, disagreements = 0, multiQuestion = 0;
        foreach (var label in labels)
        {
            if (!idByLine.TryGetValue(label.Line, out var id) || !byId.TryGetValue(id, out var message) || message.Sender != Senders.Buyer)
            {
                unmapped++;
                continue;
            }
            var taken = trace.QuestionOfMessage.TryGetValue(id, out var group);
            // The trace is the miner's own decision; the detector is re-run only to show the two cannot drift apart,
            // and to count messages of several questions, whose trace entry is the group of their last one.
            var found = QuestionDetector.FindQuestions(message.Text, normalizer);
            if (taken != (found.Count > 0)) disagreements++;
            if (found.Count > 1) multiQuestion++;
            items.Add(new Item(label, taken, taken ? group : -1));
        }

        var detection = PairScore.Of(items.Select(i => (i.Label.IsQuestion, i.Taken)));
        var grouping = ScoreGrouping(items);
        var wide = new FaqTrace();
        new FaqMiner().Mine(messages, options with { Limit = int.MaxValue, MinConversations = 1 }, wide);
        var anyConversations = ScoreGrouping(items.ConvertAll(i =>
            i with { Group = wide.QuestionOfMessage.TryGetValue(idByLine[i.Label.Line], out var g) ? g : -1 }));
        var rows = new List<GroupRow>();
        var majorityOf = new Dictionary<int, (string Intent, bool Tied)>();
        for (var rank = 0; rank < Math.Min(Math.Max(top, majorityWithin), report.Questions.Count); rank++)
        {
            var inGroup = items.Where(i => i.Group == rank).ToList();
            var (majority, count, tied, mix) = Majority(inGroup);
            majorityOf[rank] = (majority, tied);
            if (rank >= top) continue;
            var q = report.Questions[rank];
            rows.Add(new GroupRow(rank + 1, q.Representative, q.CategoryLabel, q.Conversations, inGroup.Count, inGroup.Count(i => !i.Label.IsQuestion),
                inGroup.Count(i => i.Label.IsUnique), majority, tied, PairScore.Ratio(count, inGroup.Count), mix));
        }

        var frequent = items.Where(i => i.Label.HasSharedIntent).GroupBy(i => i.Label.Intent, StringComparer.Ordinal)
            .Select(g => (Intent: g.Key, Items: g.ToList())).OrderByDescending(g => g.Items.Count).ThenBy(g => g.Intent, StringComparer.Ordinal).ToList();
        var intents = frequent.Take(top).Select(f =>
        {
            var majorityRank = majorityOf.Where(p => p.Key < majorityWithin && p.Value.Intent == f.Intent).Select(p => p.Key + 1).DefaultIfEmpty(0).Min();
            var holding = f.Items.Where(i => i.Group >= 0).GroupBy(i => i.Group).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            return new IntentRow(f.Intent, f.Items.Count, f.Items.Count(i => i.Group >= 0), majorityRank, majorityRank > 0 && majorityOf[majorityRank - 1].Tied, holding is null ? 0 : holding.Key + 1, holding?.Count() ?? 0);
        }).ToList();

        // A cut through a tie decides membership by name; say so rather than let the ordinal order pass for a ranking.
        var tie = "";
        if (frequent.Count > top && frequent[top].Items.Count == frequent[top - 1].Items.Count)
        {
            var tied = frequent.Where(f => f.Items.Count == frequent[top - 1].Items.Count).Select(f => f.Intent).ToList();
            tie = $"place {top} is tied at {frequent[top - 1].Items.Count} lines between {string.Join(", ", tied)}; the first by ordinal name are kept";
        }

        return new Result(labels.Count, unmapped, detection, disagreements, multiQuestion, report.Questions.Count, grouping, anyConversations, rows, intents,
            intents.Count(i => i.MajorityRank > 0), tie);
    }

    private static Grouping ScoreGrouping(List<Item> items)
    {
        var questions = items.Where(i => i.Label.IsQuestion).ToList();
        var grouped = questions.Where(i => i.Group >= 0).ToList();

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var a = 0; a < grouped.Count; a++)
            for (var b = a + 1; b < grouped.Count; b++)
            {
                var same = grouped[a].Group == grouped[b].Group;
                var gold = SameIntent(grouped[a].Label, grouped[b].Label);
                if (same && gold) tp++;
                else if (same) fp++;
                else if (gold) fn++;
                else tn++;
            }
        var goldAll = 0;
        for (var a = 0; a < questions.Count; a++)
            for (var b = a + 1; b < questions.Count; b++)
                if (SameIntent(questions[a].Label, questions[b].Label)) goldAll++;

        // B-cubed over the grouped questions, each counted against its own group and its own class (itself included).
        double precision = 0, recall = 0;
        foreach (var item in grouped)
        {
            var cluster = grouped.Where(j => j.Group == item.Group).ToList();
            var klass = grouped.Where(j => j.Class == item.Class).ToList();
            precision += (double)cluster.Count(j => j.Class == item.Class) / cluster.Count;
            recall += (double)klass.Count(j => j.Group == item.Group) / klass.Count;
        }

        return new Grouping(questions.Count, grouped.Count, items.Count(i => !i.Label.IsQuestion && i.Group >= 0), grouped.Select(i => i.Group).Distinct().Count(),
            new PairScore(tp, fp, fn, tn), goldAll, PairScore.Ratio(precision, grouped.Count), PairScore.Ratio(recall, grouped.Count));
    }

    private static bool SameIntent(IntentLabel a, IntentLabel b) => a.HasSharedIntent && b.HasSharedIntent && a.Intent == b.Intent;

    /// <summary>
    /// The most frequent shared intent among a group's labelled lines, its count, whether another intent has as many
    /// (the ordinal name then decides, which is no evidence), and the next two as "intent n".
    /// Non-questions and 其他 never win, but they stay in the denominator of purity: they are lines the group should not hold.
    /// </summary>
    private static (string Intent, int Count, bool Tied, string Mix) Majority(List<Item> inGroup)
    {
        var votes = inGroup.Where(i => i.Label.HasSharedIntent).GroupBy(i => i.Label.Intent, StringComparer.Ordinal)
            .Select(g => (Intent: g.Key, Count: g.Count())).OrderByDescending(v => v.Count).ThenBy(v => v.Intent, StringComparer.Ordinal).ToList();
        if (votes.Count == 0) return ("-", 0, false, "");
        return (votes[0].Intent, votes[0].Count, votes.Count > 1 && votes[1].Count == votes[0].Count, string.Join(", ", votes.Skip(1).Take(2).Select(v => $"{v.Intent} {v.Count}")));
    }
}
