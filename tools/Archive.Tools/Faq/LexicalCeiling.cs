namespace Archive.Tools.Faq;

/// <summary>
/// How far any threshold on a pair similarity could go on a labelled pair set, with the threshold chosen on the
/// same pairs (an oracle no real grouping has). If even this stays far from a target, no tuning of a lexical
/// threshold will reach it; a different kind of similarity is needed.
/// </summary>
public static class LexicalCeiling
{
    public sealed record Result(string Similarity, PairScore BestF1, double BestF1Threshold, PairScore AtPrecision, double AtPrecisionThreshold);

    /// <summary>The best F1 over all thresholds, and the highest recall among thresholds whose precision is at least <paramref name="minPrecision"/>.</summary>
    public static Result Sweep(string similarity, IReadOnlyList<(double Score, bool Same)> pairs, double minPrecision)
    {
        var sorted = pairs.OrderByDescending(p => p.Score).ToArray();
        var positives = sorted.Count(p => p.Same);
        var negatives = sorted.Length - positives;
        PairScore best = default, atPrecision = default;
        double bestThreshold = double.NaN, atPrecisionThreshold = double.NaN;
        int tp = 0, fp = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Same) tp++; else fp++;
            // A threshold sits between distinct scores: every pair with this score is in or out together.
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score) continue;
            var score = new PairScore(tp, fp, positives - tp, negatives - fp);
            if (score.F1 > best.F1) (best, bestThreshold) = (score, sorted[i].Score);
            if (score.Precision >= minPrecision && score.Recall > atPrecision.Recall) (atPrecision, atPrecisionThreshold) = (score, sorted[i].Score);
        }
        return new Result(similarity, best, bestThreshold, atPrecision, atPrecisionThreshold);
    }

    /// <summary>Jaccard overlap of the character n-grams of two texts, letters and digits only.</summary>
    public static double CharacterJaccard(string a, string b, int n)
    {
        var x = Grams(a, n);
        var y = Grams(b, n);
        var union = x.Count + y.Count;
        if (union == 0) return 0;
        var shared = x.Count(y.Contains);
        return (double)shared / (union - shared);
    }

    private static HashSet<string> Grams(string text, int n)
    {
        var kept = new string(text.Where(char.IsLetterOrDigit).ToArray());
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (kept.Length < n) { if (kept.Length > 0) grams.Add(kept); return grams; }
        for (var i = 0; i + n <= kept.Length; i++) grams.Add(kept.Substring(i, n));
        return grams;
    }
}
