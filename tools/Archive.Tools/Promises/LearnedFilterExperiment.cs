using System.Text.RegularExpressions;
using Archive.Promises;

namespace Archive.Tools.Promises;

/// <summary>
/// Would a learned model do better than the rules on real lines? A logistic regression over the line's character
/// 1–3-grams (masks collapsed), the previous message's bigrams and, optionally, the detector's own answer, scored by
/// five-fold cross-validation over every labelled JDDC line (folds by session, so a conversation never sits on both
/// sides). Nothing here runs in the service: it measures how far the labelled lines could carry a learned model.
/// </summary>
public static partial class LearnedFilterExperiment
{
    public sealed record Line(string Session, bool Gold, bool Detected, string? DetectedType, string Text, string Previous);

    /// <summary>P, R and counts of one way of deciding, over all lines.</summary>
    public sealed record Outcome(string Method, double Threshold, double Precision, double Recall, int Tp, int Fp, int Fn);

    private const int Folds = 5;
    private const int Epochs = 30;
    private const double LearningRate = 0.2, L2 = 1e-4;

    /// <summary>The labelled real lines of every file, with the detector's answer; the shared data each file needs must be there.</summary>
    public static List<Line> Read(IEnumerable<string> labelFiles, DateTimeOffset sentAt)
    {
        var detector = new PromiseDetector();
        var seen = new HashSet<string>();
        var lines = new List<Line>();
        foreach (var file in labelFiles)
        foreach (var c in PromiseCases.ReadJddcLabels(file) ?? throw new FileNotFoundException($"the shared data {file} reads is missing"))
        {
            if (!seen.Add(c.Source)) continue; // a line labelled in two files counts once, with the first file's label
            var found = detector.DetectShopPromises(c.Text, sentAt, c.Earlier);
            lines.Add(new Line(c.Session, c.Label == PromiseCase.Promise, found.Count > 0,
                found.Count > 0 ? found[0].Type.ToString() : null, c.Text, c.Earlier.FirstOrDefault() ?? ""));
        }

        return lines;
    }

    public static List<Outcome> Run(IReadOnlyList<Line> lines)
    {
        var outcomes = new List<Outcome> { Score("rules (the detector)", 0, lines, lines.Select(l => l.Detected).ToList()) };
        double[] thresholds = [0.3, 0.5, 0.7, 0.8];
        foreach (var withDetector in new[] { false, true })
        {
            var p = CrossValidated(lines, withDetector);
            var name = withDetector ? "model with the detector's answer as a feature" : "model on text and context only";
            foreach (var t in thresholds) outcomes.Add(Score(name, t, lines, p.Select(x => x > t).ToList()));
            if (!withDetector)
                foreach (var t in thresholds)
                    outcomes.Add(Score("rules AND text model (a filter on the rules)", t, lines, p.Select((x, i) => lines[i].Detected && x > t).ToList()));
        }

        return outcomes;
    }

    /// <summary>One point of the learning curve: the best F1 any threshold reaches with a share of the training folds.</summary>
    public sealed record CurvePoint(string Method, double Share, int TrainingLines, Outcome Best);

    /// <summary>
    /// Would more labelled lines carry the model to the target? Each fold's training lines are cut to a share (drawn
    /// by line, the same draw for both models) and the threshold is the best one on the scored lines themselves, an
    /// oracle that favours the model.
    /// </summary>
    public static List<CurvePoint> LearningCurve(IReadOnlyList<Line> lines)
    {
        var points = new List<CurvePoint>();
        foreach (var withDetector in new[] { false, true })
        foreach (var share in new[] { 0.25, 0.5, 1.0 })
        {
            var p = CrossValidated(lines, withDetector, share);
            var name = withDetector ? "model with the detector's answer" : "model on text and context only";
            var best = Enumerable.Range(1, 19).Select(i => i * 0.05)
                .Select(t => Score(name, t, lines, p.Select(x => x > t).ToList()))
                .MaxBy(o => F1(o));
            points.Add(new CurvePoint(name, share, (int)Math.Round(lines.Count * (Folds - 1) / (double)Folds * share), best!));
        }

        return points;
    }

    public static double F1(Outcome o) => o.Precision + o.Recall == 0 ? 0 : 2 * o.Precision * o.Recall / (o.Precision + o.Recall);

    private static double[] CrossValidated(IReadOnlyList<Line> lines, bool withDetector, double share = 1.0)
    {
        var sessions = lines.Select(l => l.Session).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        var random = new Random(7);
        var fold = sessions.OrderBy(_ => random.Next()).Select((s, i) => (s, i % Folds)).ToDictionary(x => x.s, x => x.Item2);
        var features = lines.Select(l => Features(l, withDetector)).ToList();
        var probabilities = new double[lines.Count];
        for (var k = 0; k < Folds; k++)
        {
            var draw = new Random(3 + k);
            var train = Enumerable.Range(0, lines.Count).Where(i => fold[lines[i].Session] != k && draw.NextDouble() < share).ToList();
            var weights = Train(train.Select(i => features[i]).ToList(), train.Select(i => lines[i].Gold).ToList());
            foreach (var i in Enumerable.Range(0, lines.Count).Where(i => fold[lines[i].Session] == k))
                probabilities[i] = Predict(weights, features[i]);
        }

        return probabilities;
    }

    private static HashSet<string> Features(Line line, bool withDetector)
    {
        var f = new HashSet<string>(StringComparer.Ordinal) { "bias" };
        var text = Mask().Replace(line.Text, "#");
        for (var n = 1; n <= 3; n++)
            for (var i = 0; i + n <= text.Length; i++) f.Add($"t{n}:{text.AsSpan(i, n)}");
        var previous = Mask().Replace(line.Previous, "#");
        for (var i = 0; i + 2 <= previous.Length; i++) f.Add($"c:{previous.AsSpan(i, 2)}");
        if (withDetector)
        {
            f.Add("detected:" + line.Detected);
            f.Add("type:" + line.DetectedType);
        }

        return f;
    }

    private static Dictionary<string, double> Train(List<HashSet<string>> x, List<bool> y)
    {
        var w = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, x.Count).ToArray();
        var random = new Random(1);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var gradient = Predict(w, x[i]) - (y[i] ? 1 : 0);
                foreach (var k in x[i]) w[k] = w.GetValueOrDefault(k) - LearningRate * (gradient + L2 * w.GetValueOrDefault(k));
            }
        }

        return w;
    }

    private static double Predict(Dictionary<string, double> w, HashSet<string> x)
    {
        var z = x.Sum(k => w.GetValueOrDefault(k));
        return 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
    }

    private static Outcome Score(string method, double threshold, IReadOnlyList<Line> lines, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (predicted[i] && lines[i].Gold) tp++;
            else if (predicted[i]) fp++;
            else if (lines[i].Gold) fn++;
        }

        return new Outcome(method, threshold, PromiseScore.Ratio(tp, tp + fp), PromiseScore.Ratio(tp, tp + fn), tp, fp, fn);
    }

    [GeneratedRegex(@"\[[^\]]*x\]")]
    private static partial Regex Mask();
}
