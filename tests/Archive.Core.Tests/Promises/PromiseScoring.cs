using System.Text;
using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>Scores the detector on labelled rows: "is it a promise" P/R and type accuracy on true positives (main type).</summary>
internal sealed record PromiseScore(int TruePositives, int FalsePositives, int FalseNegatives, int TypeCorrect, IReadOnlyList<string> Mistakes)
{
    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);
    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);
    public double TypeAccuracy => TypeCorrect / (double)Math.Max(1, TruePositives);

    public override string ToString() =>
        $"P={Precision:F3} R={Recall:F3} type={TypeAccuracy:F3} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})\n" + string.Join("\n", Mistakes);

    public static PromiseScore Of(IEnumerable<(string Text, string? GoldType)> rows, Func<string, IReadOnlyList<DetectedPromise>> detect) =>
        Of(rows.Select(r => (r.Text, (IReadOnlyList<string>)[], r.GoldType)), (text, _) => detect(text));

    /// <summary>Rows read with the conversation before them (newest first), as the ingest worker reads them.</summary>
    public static PromiseScore Of(IEnumerable<(string Text, IReadOnlyList<string> Earlier, string? GoldType)> rows,
        Func<string, IReadOnlyList<string>, IReadOnlyList<DetectedPromise>> detect)
    {
        int tp = 0, fp = 0, fn = 0, typed = 0;
        var mistakes = new List<string>();
        foreach (var (text, earlier, gold) in rows)
        {
            var found = detect(text, earlier);
            var predicted = found.Count > 0 ? PromiseTypes.ToWire(found[0].Type) : null;
            if (gold is not null && predicted is not null) { tp++; if (gold == predicted) typed++; else mistakes.Add($"type {predicted} ≠ {gold}: {text}"); }
            else if (predicted is not null) { fp++; mistakes.Add($"FP {predicted}: {text}"); }
            else if (gold is not null) { fn++; mistakes.Add($"FN {gold}: {text}"); }
        }

        return new PromiseScore(tp, fp, fn, typed, mistakes);
    }
}

internal static class RepoFiles
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Archive.sln"))) return System.IO.Path.Combine(dir.FullName, relative);
        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string[]> Rows(string relative) =>
        File.ReadLines(Path(relative), Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t'));
}
