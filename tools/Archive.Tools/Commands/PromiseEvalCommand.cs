using System.Diagnostics;
using Archive.Promises;
using Archive.Tools.Promises;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// Scores <see cref="PromiseDetector"/> on a labelled file: the project's own set (shop promises and buyer claims
/// scored apart) or labels of real JDDC lines (texts read from ../shared by line number): --jddc the held-out set
/// (jddc-promise-heldout-2.tsv), --jddc-tuning the first set meant for tuning (its mistakes may be read and fixed;
/// tuning-2 and tuning-3 are given as files). --agreement A B compares two labellers of the same lines. --scan-jddc N prints
/// what the detector flags in JDDC agent lines, leaving out the held-out labelled lines so nobody tunes on them.
/// --learned-cv A B … cross-validates a learned model on labelled real lines against the rules.
/// </summary>
public static class PromiseEvalCommand
{
    private const string HeldOutLabels = "tests/data/jddc-promise-heldout-2.tsv";
    private const string SecondHeldOutLabels = "tests/data/jddc-promise-heldout-2-second.tsv";
    private const string TuningLabels = "tests/data/jddc-promise-tuning.tsv";
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args, "jddc", "jddc-tuning");
        var show = arguments.GetInt("show", 20);
        if (arguments.Get("scan-jddc") is not null) return Task.FromResult(Scan(arguments.GetInt("scan-jddc", 50), arguments.GetInt("skip", 0)));
        if (arguments.Get("agreement") is { } first) return Task.FromResult(Agreement(first, arguments.Positional));
        if (arguments.Get("learned-cv") is { } firstFile) return Task.FromResult(LearnedCrossValidation([firstFile, .. arguments.Positional]));

        if (arguments.Positional.Count > 0 && (arguments.Flag("jddc") || arguments.Flag("jddc-tuning")))
            throw new ToolArgumentException("give either a labelled file or --jddc / --jddc-tuning, one set per run");
        var jddc = arguments.Flag("jddc") || arguments.Flag("jddc-tuning");
        var path = arguments.Positional.Count > 0 ? arguments.Positional[0]
            : arguments.Flag("jddc") ? Locate(HeldOutLabels) : arguments.Flag("jddc-tuning") ? Locate(TuningLabels) : null;
        if (path is null) throw new ToolArgumentException("missing labelled file");
        if (!File.Exists(path))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]file not found: {path}[/]");
            return Task.FromResult(2);
        }

        List<PromiseCase> cases;
        if (jddc || PromiseCases.IsJddcLabelFile(path))
        {
            if (PromiseCases.ReadJddcLabels(path) is not { } real) return Task.FromResult(MissingShared(path));
            cases = real;
        }
        else cases = PromiseCases.ReadLabelledSet(path);

        var detector = new PromiseDetector();
        var clock = Stopwatch.StartNew();
        var scored = cases.Select(c => new ScoredCase(c, c.IsShopSide ? detector.DetectShopPromises(c.Text, SentAt, c.Earlier) : detector.DetectBuyerClaims(c.Text, SentAt))).ToList();
        clock.Stop();

        var shop = scored.Where(s => s.Case.IsShopSide).ToList();
        var buyer = scored.Where(s => !s.Case.IsShopSide).ToList();
        Report(Path.GetFileName(path), "shop promises (agent/auto)", PromiseScore.Of(shop));
        if (buyer.Count > 0) Report(Path.GetFileName(path), "buyer claims", PromiseScore.Of(buyer));
        AnsiConsole.MarkupLineInterpolated($"[grey]{cases.Count} messages, {clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, cases.Count):F1} µs per message (first call includes start-up)[/]");
        ShowMistakes(scored, show);
        return Task.FromResult(0);
    }

    private static void Report(string file, string title, PromiseScore score)
    {
        var summary = new Table().Title($"{file}: {title}").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        summary.AddRow("precision", score.Precision.ToString("F3"));
        summary.AddRow("recall", score.Recall.ToString("F3"));
        summary.AddRow("F1", score.F1.ToString("F3"));
        summary.AddRow("type accuracy (true positives)", score.TypeAccuracy.ToString("F3"));
        summary.AddRow("TP / FP / FN / TN", $"{score.TruePositives} / {score.FalsePositives} / {score.FalseNegatives} / {score.TrueNegatives}");
        AnsiConsole.Write(summary);

        var perType = new Table().Title($"{title}: per type (main type of the message)").AddColumn("type");
        foreach (var c in new[] { "gold", "P", "R", "F1" }) perType.AddColumn(new TableColumn(c).RightAligned());
        foreach (var (type, (tp, fp, fn)) in score.PerType)
        {
            var p = PromiseScore.Ratio(tp, tp + fp);
            var r = PromiseScore.Ratio(tp, tp + fn);
            perType.AddRow(type, (tp + fn).ToString(), p.ToString("F2"), r.ToString("F2"), (p + r == 0 ? 0 : 2 * p * r / (p + r)).ToString("F2"));
        }

        AnsiConsole.Write(perType);
    }

    private static void ShowMistakes(List<ScoredCase> scored, int show)
    {
        var wrong = scored.Where(s => s.Wrong).ToList();
        if (wrong.Count == 0 || show == 0) return;
        var table = new Table().Title($"misclassified ({Math.Min(show, wrong.Count)} of {wrong.Count})").AddColumn("where").AddColumn("gold").AddColumn("detected").AddColumn("text");
        foreach (var s in wrong.Take(show))
        {
            var gold = s.GoldPositive ? $"{s.Case.Label} {s.Case.Type}" : "none";
            var detected = s.PredictedPositive ? string.Join(", ", s.Detected.Select(d => PromiseTypes.ToWire(d.Type))) : "none";
            table.AddRow(Markup.Escape(s.Case.Source), Markup.Escape(gold), Markup.Escape(detected), Markup.Escape(Clip(s.Case.Text, 90)));
        }

        AnsiConsole.Write(table);
    }

    /// <summary>Flagged JDDC agent lines, for a human to read; the held-out labelled lines are never shown.</summary>
    private static int Scan(int count, int skip)
    {
        if (PromiseCases.SharedDataFile(PromiseCases.JddcChatFile) is not { } chat) return MissingShared(null);
        var heldOut = new[] { HeldOutLabels, SecondHeldOutLabels }
            .Select(Locate).Where(labels => labels is not null && File.Exists(labels))
            .SelectMany(labels => PromiseCases.JddcLabelRows(labels!).Select(row => row.Line))
            .ToHashSet();
        var detector = new PromiseDetector();
        var agentLines = PromiseCases.JddcAgentTexts(chat).Where(p => !heldOut.Contains(p.Key)).OrderBy(p => p.Key).ToList();
        var flagged = agentLines.Select(p => (Line: p.Key, Text: p.Value, Found: detector.DetectShopPromises(p.Value, SentAt))).Where(f => f.Found.Count > 0).ToList();
        AnsiConsole.MarkupLineInterpolated($"{flagged.Count} of {agentLines.Count} agent lines flagged ({PromiseScore.Ratio(flagged.Count, agentLines.Count):P1}); held-out lines excluded: {heldOut.Count}");
        var table = new Table().AddColumn("line").AddColumn("types").AddColumn("evidence").AddColumn("text");
        foreach (var f in flagged.Skip(skip).Take(count))
            table.AddRow(f.Line.ToString(), Markup.Escape(string.Join(", ", f.Found.Select(p => PromiseTypes.ToWire(p.Type)))),
                Markup.Escape(Clip(f.Found[0].Evidence, 40)), Markup.Escape(Clip(f.Text, 90)));
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>--agreement A.tsv B.tsv: two labellers of the same lines, B scored against A.</summary>
    private static int Agreement(string first, IReadOnlyList<string> rest)
    {
        if (rest.Count != 1) throw new ToolArgumentException("--agreement takes two label files: --agreement first.tsv second.tsv");
        var result = LabelAgreement.Compare(LabelAgreement.Read(first), LabelAgreement.Read(rest[0]));
        var table = new Table().Title($"agreement between labellers: {Path.GetFileName(rest[0])} scored against {Path.GetFileName(first)}")
            .AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("lines labelled by both", result.Lines.ToString());
        table.AddRow("promise for both / first only / second only / neither", $"{result.Both} / {result.FirstOnly} / {result.SecondOnly} / {result.Neither}");
        table.AddRow("precision (second against first)", result.Precision.ToString("F3"));
        table.AddRow("recall (second against first)", result.Recall.ToString("F3"));
        table.AddRow("F1", result.F1.ToString("F3"));
        table.AddRow("same type, where both say promise", result.TypeAgreement.ToString("F3"));
        table.AddRow("Cohen's kappa, is a promise", result.Kappa.ToString("F3"));
        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>--learned-cv A.tsv B.tsv …: how a model learned from the labelled real lines compares with the rules (cross-validated).</summary>
    private static int LearnedCrossValidation(IReadOnlyList<string> files)
    {
        if (files.FirstOrDefault(f => PromiseCases.SharedFilesFor(f).Any(s => PromiseCases.SharedDataFile(s) is null)) is { } missing)
            return MissingShared(missing);
        var lines = LearnedFilterExperiment.Read(files, SentAt);
        var table = new Table().Title($"{lines.Count} labelled real lines ({lines.Count(l => l.Gold)} promises), five folds by session")
            .AddColumn("method").AddColumn(new TableColumn("threshold").RightAligned()).AddColumn(new TableColumn("P").RightAligned())
            .AddColumn(new TableColumn("R").RightAligned()).AddColumn(new TableColumn("TP / FP / FN").RightAligned());
        foreach (var o in LearnedFilterExperiment.Run(lines))
            table.AddRow(Markup.Escape(o.Method), o.Threshold == 0 ? "" : o.Threshold.ToString("F1"), o.Precision.ToString("F3"), o.Recall.ToString("F3"), $"{o.Tp} / {o.Fp} / {o.Fn}");
        AnsiConsole.Write(table);
        var curve = new Table().Title("learning curve: training lines cut to a share, best threshold chosen on the scored lines (an oracle)")
            .AddColumn("method").AddColumn(new TableColumn("training lines").RightAligned()).AddColumn(new TableColumn("threshold").RightAligned())
            .AddColumn(new TableColumn("P").RightAligned()).AddColumn(new TableColumn("R").RightAligned()).AddColumn(new TableColumn("F1").RightAligned());
        foreach (var point in LearnedFilterExperiment.LearningCurve(lines))
            curve.AddRow(Markup.Escape(point.Method), point.TrainingLines.ToString(), point.Best.Threshold.ToString("F2"), point.Best.Precision.ToString("F3"),
                point.Best.Recall.ToString("F3"), LearnedFilterExperiment.F1(point.Best).ToString("F3"));
        AnsiConsole.Write(curve);
        return 0;
    }

    private static int MissingShared(string? labelFile)
    {
        var needed = labelFile is null ? PromiseCases.JddcChatFile : string.Join(", ", PromiseCases.SharedFilesFor(labelFile));
        AnsiConsole.MarkupLineInterpolated($"[red]../shared/data/{needed} not found: JDDC evaluation reads the research data from beside the repository (or ARCHIVE_SHARED_DATA).[/]");
        return 2;
    }

    private static string? Locate(string repoRelative) =>
        File.Exists(repoRelative) ? repoRelative : PromiseCases.RepoRoot() is { } root ? Path.Combine(root, repoRelative) : null;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
