using System.Diagnostics;
using Archive.Faq;
using Archive.Tools.Faq;
using Archive.Tools.Promises;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// faq-eval [--count N] [--seed S] [--only atec,intents,chitchat,timing,jddc,intent-labels] [--show N]: measures the FAQ miner.
/// (d) timing runs first on a fresh corpus so the figure is cold (JIT, normalizer table, lexicon included);
/// (b) reuses that corpus. (f) intent-labels mines the JDDC sample exactly as (e) does and scores it against the
/// held-out blind labels of tests/data/jddc-intent-labels.tsv: question detection, grouping agreement (pairwise and
/// B-cubed) and the top groups' purity. Research data is read from ../shared/data (or ARCHIVE_SHARED_DATA); parts whose data is
/// missing are skipped with a note.
/// </summary>
public static class FaqEvalCommand
{
    private const string AtecFile = "atec_afqmc/atec_nlp_sim_train.csv";
    private const string ChitChatDirectory = "jddc2020_chitchat_labels";
    private const string JddcFile = "jddc/chat_0.1per.txt";

    /// <summary>One set of options for (e) and (f), so the labels score the report (e) shows.</summary>
    private static readonly FaqMiningOptions JddcOptions = new() { Limit = 10, MaxReplies = 1, MaxExamples = 3 };

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var count = arguments.GetInt("count", 1_000_000);
        var seed = arguments.GetInt("seed", 42);
        var show = arguments.GetInt("show", 10);
        var only = (arguments.Get("only") ?? "timing,intents,atec,chitchat,jddc,intent-labels").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        AnsiConsole.MarkupLineInterpolated($"[grey]similarity threshold {QuestionGrouper.DefaultThreshold} (the miner's default, used everywhere)[/]");

        FaqCorpus.Generated? corpus = null;
        if (only.Contains("timing") || only.Contains("intents"))
        {
            var clock = Stopwatch.StartNew();
            corpus = FaqCorpus.Generate(count, seed);
            AnsiConsole.MarkupLineInterpolated($"[grey]generated {corpus.Messages.Count:N0} messages ({corpus.Stats.Conversations:N0} conversations) with seed {seed} in {clock.Elapsed.TotalSeconds:F1} s[/]");
        }
        if (only.Contains("timing")) Timing(corpus!);
        if (only.Contains("intents")) Intents(corpus!);
        corpus = null;
        if (only.Contains("atec")) Atec();
        if (only.Contains("chitchat")) ChitChat(show);
        if (only.Contains("jddc")) Jddc();
        if (only.Contains("intent-labels")) IntentLabelsPart();
        return Task.FromResult(0);
    }

    private static void Timing(FaqCorpus.Generated corpus)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = new FaqMiner().Mine(corpus.Messages, new FaqMiningOptions());
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var warmClock = Stopwatch.StartNew();
        new FaqMiner().Mine(corpus.Messages, new FaqMiningOptions());
        warmClock.Stop();

        var table = new Table().Title("(d) mining time (generated corpus, in memory, one thread)").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("messages", corpus.Messages.Count.ToString("N0"));
        table.AddRow("buyer messages / taken as questions", $"{report.BuyerMessages:N0} / {report.QuestionMessages:N0}");
        table.AddRow("cold mining time", $"{clock.Elapsed.TotalSeconds:F2} s");
        table.AddRow("cold per message", $"{clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, corpus.Messages.Count):F2} µs");
        table.AddRow("warm mining time (second run)", $"{warmClock.Elapsed.TotalSeconds:F2} s");
        table.AddRow("warm per message", $"{warmClock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, corpus.Messages.Count):F2} µs");
        table.AddRow("allocated during the cold run", $"{allocated / 1048576.0:N0} MB");
        AnsiConsole.Write(table);
    }

    private static void Intents(FaqCorpus.Generated corpus)
    {
        var result = IntentRecovery.Score(corpus.Messages, corpus.IntentOfMessage);
        var table = new Table().Title("(b) top-10 mined groups vs the generator's true question families").AddColumn("#").AddColumn("representative")
            .AddColumn("category").AddColumn(new TableColumn("conversations").RightAligned()).AddColumn("majority family")
            .AddColumn(new TableColumn("purity").RightAligned()).AddColumn(new TableColumn("true conversations").RightAligned()).AddColumn(new TableColumn("count error").RightAligned());
        foreach (var r in result.Groups)
            table.AddRow(r.Rank.ToString(), Markup.Escape(r.Representative), Markup.Escape(r.Category), r.Conversations.ToString("N0"), r.Intent,
                r.Purity.ToString("P0"), r.TrueConversations.ToString("N0"), double.IsInfinity(r.CountError) ? "-" : r.CountError.ToString("P0"));
        AnsiConsole.Write(table);
        foreach (var r in result.Groups.Where(r => r.Mix.Length > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]group {r.Rank} ({r.Intent}) also holds: {r.Mix}[/]");

        var truth = new Table().Title("true top question families (distinct conversations asking) and the mined group holding most of each")
            .AddColumn("family").AddColumn(new TableColumn("true").RightAligned()).AddColumn(new TableColumn("group rank").RightAligned())
            .AddColumn(new TableColumn("group conversations").RightAligned()).AddColumn(new TableColumn("family's conversations in it").RightAligned());
        foreach (var f in result.TrueTop)
            truth.AddRow(f.Intent, f.TrueConversations.ToString("N0"), f.BestRank == 0 ? "-" : f.BestRank.ToString(), f.BestConversations.ToString("N0"), f.Captured.ToString("P0"));
        AnsiConsole.Write(truth);
        foreach (var f in result.TrueTop.Where(f => f.Others.Length > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{f.Intent} is also in groups {f.Others}[/]");
        AnsiConsole.MarkupLineInterpolated($"precision@10 (distinct true top-10 families among the top-10 groups / 10): [bold]{result.PrecisionAt10:F2}[/]");
        AnsiConsole.MarkupLineInterpolated($"top-10 groups whose count is within 10% of their family's: [bold]{result.CountsWithin10Percent:P0}[/]");
    }

    private static void Atec()
    {
        if (PromiseCases.SharedDataFile(AtecFile) is not { } path) { Missing(AtecFile); return; }
        var pairs = AtecEvaluation.Read(path);
        var result = AtecEvaluation.Score(pairs);
        var table = new Table().Title($"(a) ATEC pairs: \"same group\" ({result.Pairs:N0} pairs, {pairs.Count(p => p.Same):N0} same)")
            .AddColumn("decision").AddColumn(new TableColumn("P").RightAligned()).AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned()).AddColumn("TP / FP / FN / TN");
        foreach (var (name, s) in new[] { ("grouped together by the miner's clustering", result.Grouped), ("pairwise cosine ≥ threshold", result.Pairwise) })
            table.AddRow(name, s.Precision.ToString("F3"), s.Recall.ToString("F3"), s.F1.ToString("F3"), s.Accuracy.ToString("F3"),
                $"{s.TruePositives} / {s.FalsePositives} / {s.FalseNegatives} / {s.TrueNegatives}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"[grey]{result.DistinctKeys:N0} distinct keys in {result.Groups:N0} groups, {result.Elapsed.TotalSeconds:F1} s[/]");
        AtecCeiling(pairs, result);
    }

    /// <summary>The most any threshold on a lexical similarity reaches on these pairs, the threshold chosen on them.</summary>
    private static void AtecCeiling(List<AtecPair> pairs, AtecEvaluation.Result result)
    {
        const double minPrecision = 0.8;
        var sweeps = new[]
        {
            LexicalCeiling.Sweep("the miner's similarity (normalized keys, word + character n-grams, synonyms)", result.MinerSimilarities, minPrecision),
            LexicalCeiling.Sweep("character unigram Jaccard (raw text)", pairs.Select(p => (LexicalCeiling.CharacterJaccard(p.First, p.Second, 1), p.Same)).ToList(), minPrecision),
            LexicalCeiling.Sweep("character bigram Jaccard (raw text)", pairs.Select(p => (LexicalCeiling.CharacterJaccard(p.First, p.Second, 2), p.Same)).ToList(), minPrecision),
        };
        var table = new Table().Title("(a') ceiling of a lexical threshold on ATEC: the threshold chosen on the same pairs (an oracle)")
            .AddColumn("similarity").AddColumn(new TableColumn("best F1 (P / R)").RightAligned())
            .AddColumn(new TableColumn($"highest R with P ≥ {minPrecision:F1} (its F1)").RightAligned());
        foreach (var s in sweeps)
            table.AddRow(s.Similarity,
                $"{s.BestF1.F1:F3} ({s.BestF1.Precision:F3} / {s.BestF1.Recall:F3}) at {s.BestF1Threshold:F2}",
                s.AtPrecision.TruePositives == 0 ? "none" : $"{s.AtPrecision.Recall:F3} ({s.AtPrecision.F1:F3}) at {s.AtPrecisionThreshold:F2}");
        AnsiConsole.Write(table);
    }

    private static void ChitChat(int show)
    {
        if (PromiseCases.SharedDataFile(Path.Combine(ChitChatDirectory, ChitChatLabels.Files[0])) is not { } first) { Missing(ChitChatDirectory); return; }
        var cases = ChitChatLabels.Read(Path.GetDirectoryName(first)!);
        var clock = Stopwatch.StartNew();
        var predicted = cases.Select(c => QuestionDetector.IsQuestion(c.Text)).ToList();
        clock.Stop();
        var score = PairScore.Of(cases.Select((c, i) => (!c.ChitChat, predicted[i])));
        var table = new Table().Title($"(c) question detection on JDDC 2020 chit-chat labels ({cases.Count:N0} buyer lines, {cases.Count(c => c.ChitChat):N0} chit-chat)")
            .AddColumn("measure (positive = business, predicted = detected as question)").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("accuracy", score.Accuracy.ToString("F3"));
        table.AddRow("precision (detected questions that are business)", score.Precision.ToString("F3"));
        table.AddRow("recall (business lines detected as questions)", score.Recall.ToString("F3"));
        table.AddRow("F1", score.F1.ToString("F3"));
        table.AddRow("chit-chat rejected (specificity)", score.Specificity.ToString("F3"));
        table.AddRow("TP / FP / FN / TN", $"{score.TruePositives} / {score.FalsePositives} / {score.FalseNegatives} / {score.TrueNegatives}");
        table.AddRow("per line", $"{clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, cases.Count):F1} µs (first call includes start-up)");
        AnsiConsole.Write(table);
        if (show == 0) return;
        var wrong = new Table().Title($"chit-chat taken for questions (first {show})").AddColumn("file").AddColumn("text");
        foreach (var (c, _) in cases.Zip(predicted).Where(p => p.First.ChitChat && p.Second).Take(show))
            wrong.AddRow(c.File, Markup.Escape(c.Text));
        AnsiConsole.Write(wrong);
    }

    private static void Jddc()
    {
        if (PromiseCases.SharedDataFile(JddcFile) is not { } path) { Missing(JddcFile); return; }
        var messages = FaqCorpus.ReadJddc(path);
        var clock = Stopwatch.StartNew();
        var report = new FaqMiner().Mine(messages, JddcOptions);
        clock.Stop();
        var table = new Table().Title($"(e) top-10 questions in the real JDDC sample ({messages.Count:N0} messages, {report.QuestionMessages:N0} of {report.BuyerMessages:N0} buyer messages taken as questions, {clock.Elapsed.TotalMilliseconds:F0} ms)")
            .AddColumn("#").AddColumn("representative").AddColumn(new TableColumn("conv.").RightAligned()).AddColumn(new TableColumn("buyers").RightAligned())
            .AddColumn("category").AddColumn("examples").AddColumn("top suggested reply (uses)");
        var rank = 0;
        foreach (var q in report.Questions)
        {
            var reply = q.SuggestedReplies.Count > 0 ? $"{q.SuggestedReplies[0].Text} ({q.SuggestedReplies[0].Uses})" : "-";
            table.AddRow((++rank).ToString(), Markup.Escape(q.Representative), q.Conversations.ToString(), q.Buyers.ToString(), Markup.Escape(q.CategoryLabel),
                Markup.Escape(string.Join(" | ", q.Examples)), Markup.Escape(reply));
        }
        AnsiConsole.Write(table);
    }

    private static void IntentLabelsPart()
    {
        if (PromiseCases.SharedDataFile(JddcFile) is not { } path) { Missing(JddcFile); return; }
        if (IntentLabels.LabelFile() is not { } labelPath)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]skipped: tests/data/{IntentLabels.FileName} not found (run from the repository)[/]");
            return;
        }
        var labels = IntentLabels.Read(labelPath);
        var clock = Stopwatch.StartNew();
        var r = IntentLabelAgreement.Score(FaqCorpus.ReadJddc(path), labels, IntentLabels.MessageIdsByLine(path), JddcOptions);
        clock.Stop();
        AnsiConsole.MarkupLineInterpolated($"[grey](f) {r.Labelled} labelled buyer lines, {r.Unmapped} not found among the imported buyer messages; {r.ReportedGroups:N0} groups reported with the limit lifted; {clock.Elapsed.TotalMilliseconds:F0} ms[/]");

        var d = r.Detection;
        var detection = new Table().Title($"(f1) question detection on the labelled JDDC lines ({d.Total} lines, {d.TruePositives + d.FalseNegatives} questions)")
            .AddColumn("measure (positive = labelled question, predicted = taken for a question by the miner)").AddColumn(new TableColumn("value").RightAligned());
        detection.AddRow("precision", d.Precision.ToString("F3"));
        detection.AddRow("recall", d.Recall.ToString("F3"));
        detection.AddRow("F1", d.F1.ToString("F3"));
        detection.AddRow("accuracy", d.Accuracy.ToString("F3"));
        detection.AddRow("TP / FP / FN / TN", $"{d.TruePositives} / {d.FalsePositives} / {d.FalseNegatives} / {d.TrueNegatives}");
        AnsiConsole.Write(detection);
        AnsiConsole.MarkupLineInterpolated($"[grey]miner trace vs QuestionDetector re-run: {r.DetectorDisagreements} disagreements; {r.MultiQuestion} labelled lines hold several questions (their group is their last one's)[/]");

        GroupingTable($"(f2) grouping vs labelled intents, groups reported with (e)'s options ({r.ReportedGroups} groups); 其他 never agrees", r.Grouping);
        GroupingTable("(f2') the same, every non-vague group (MinConversations 1, so groups asked in one conversation count)", r.AnyConversations);

        var top = new Table().Title("(f3) the top-10 groups of (e) and the labelled lines in them").AddColumn("#").AddColumn("representative").AddColumn("category")
            .AddColumn(new TableColumn("conv.").RightAligned()).AddColumn(new TableColumn("labelled").RightAligned()).AddColumn(new TableColumn("not q. / 其他").RightAligned())
            .AddColumn("majority intent").AddColumn(new TableColumn("purity").RightAligned()).AddColumn("next intents");
        foreach (var row in r.Top)
            top.AddRow(row.Rank.ToString(), Markup.Escape(row.Representative), Markup.Escape(row.Category), row.Conversations.ToString(), row.Labelled.ToString(),
                $"{row.NotQuestions} / {row.Unique}", Markup.Escape(row.Majority) + (row.Tied ? " (tie)" : ""), row.Labelled == 0 ? "-" : row.Purity.ToString("P0"), Markup.Escape(row.Mix));
        AnsiConsole.Write(top);

        var intents = new Table().Title("the labels' 10 most frequent intents").AddColumn("intent").AddColumn(new TableColumn("lines").RightAligned())
            .AddColumn(new TableColumn("in a group").RightAligned()).AddColumn(new TableColumn("top-20 group with it as majority").RightAligned())
            .AddColumn(new TableColumn("group holding most (lines)").RightAligned());
        foreach (var i in r.TopIntents)
            intents.AddRow(Markup.Escape(i.Intent), i.Lines.ToString(), i.Grouped.ToString(), i.MajorityRank == 0 ? "-" : i.MajorityRank + (i.MajorityTied ? " (tie)" : ""),
                i.HoldingRank == 0 ? "-" : $"{i.HoldingRank} ({i.HeldLines})");
        AnsiConsole.Write(intents);
        if (r.TieNote.Length > 0) AnsiConsole.MarkupLineInterpolated($"[grey]{r.TieNote}[/]");
        AnsiConsole.MarkupLineInterpolated($"top-10 labelled intents that are the majority intent of a top-20 group: [bold]{r.TopIntentsCovered} of {r.TopIntents.Count}[/] ({r.TopIntents.Count(i => i.MajorityTied)} of them only by a tie broken by name)");
    }

    private static void GroupingTable(string title, IntentLabelAgreement.Grouping g)
    {
        var p = g.Pairs;
        var table = new Table().Title(title).AddColumn("measure").AddColumn(new TableColumn("P").RightAligned()).AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned()).AddColumn("counts");
        table.AddRow("labelled questions in a group", "", "", "", $"{g.Grouped} of {g.Questions}, in {g.Groups} groups");
        table.AddRow("pairwise \"same group\" vs \"same intent\" (grouped questions)", p.Precision.ToString("F3"), p.Recall.ToString("F3"), p.F1.ToString("F3"),
            $"TP {p.TruePositives} / FP {p.FalsePositives} / FN {p.FalseNegatives} / TN {p.TrueNegatives}");
        table.AddRow("pairwise recall over all labelled questions", "", g.RecallOverAllQuestions.ToString("F3"), "", $"{p.TruePositives} of {g.SameIntentPairsAllQuestions} same-intent pairs");
        table.AddRow("B-cubed (grouped questions)", g.BCubedPrecision.ToString("F3"), g.BCubedRecall.ToString("F3"), g.BCubedF1.ToString("F3"), $"{g.Grouped} items");
        table.AddRow("labelled non-questions in a group (not scored)", "", "", "", g.GroupedNonQuestions.ToString());
        AnsiConsole.Write(table);
    }

    private static void Missing(string relative) =>
        AnsiConsole.MarkupLineInterpolated($"[yellow]skipped: ../shared/data/{relative} not found (set ARCHIVE_SHARED_DATA or place ../shared beside the repository)[/]");
}
