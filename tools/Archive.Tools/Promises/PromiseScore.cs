using Archive.Promises;

namespace Archive.Tools.Promises;

/// <summary>One case with what the detector said about it.</summary>
public sealed record ScoredCase(PromiseCase Case, IReadOnlyList<DetectedPromise> Detected)
{
    public bool GoldPositive => Case.Label is PromiseCase.Promise or PromiseCase.Claim;
    public bool PredictedPositive => Detected.Count > 0;
    public string? PredictedType => Detected.Count > 0 ? PromiseTypes.ToWire(Detected[0].Type) : null;
    public bool TypeCorrect => PredictedType == Case.Type;
    public bool Wrong => GoldPositive != PredictedPositive || (GoldPositive && !TypeCorrect);
}

/// <summary>Binary P/R/F1 of "is this a promise", type accuracy on true positives and per-type P/R/F1 (the main type counts).</summary>
public sealed class PromiseScore
{
    public int TruePositives, FalsePositives, FalseNegatives, TrueNegatives, TypeCorrect;
    public readonly SortedDictionary<string, (int Tp, int Fp, int Fn)> PerType = new(StringComparer.Ordinal);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double TypeAccuracy => Ratio(TypeCorrect, TruePositives);
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public static PromiseScore Of(IEnumerable<ScoredCase> cases)
    {
        var score = new PromiseScore();
        foreach (var c in cases) score.Add(c);
        return score;
    }

    private void Add(ScoredCase c)
    {
        switch (c.GoldPositive, c.PredictedPositive)
        {
            case (true, true): TruePositives++; if (c.TypeCorrect) TypeCorrect++; break;
            case (false, true): FalsePositives++; break;
            case (true, false): FalseNegatives++; break;
            default: TrueNegatives++; break;
        }

        var gold = c.GoldPositive ? c.Case.Type ?? "?" : null;
        var predicted = c.PredictedType;
        if (gold is not null && gold == predicted) Bump(gold, tp: 1);
        else
        {
            if (predicted is not null) Bump(predicted, fp: 1);
            if (gold is not null) Bump(gold, fn: 1);
        }
    }

    private void Bump(string type, int tp = 0, int fp = 0, int fn = 0)
    {
        var (a, b, d) = PerType.GetValueOrDefault(type);
        PerType[type] = (a + tp, b + fp, d + fn);
    }

    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
