namespace Archive.Tools.Faq;

/// <summary>A confusion matrix with the usual ratios; the positive class is whatever the caller says it is.</summary>
public readonly record struct PairScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);
    public double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    public static PairScore Of(IEnumerable<(bool Gold, bool Predicted)> cases)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (gold, predicted) in cases)
        {
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
            else tn++;
        }
        return new PairScore(tp, fp, fn, tn);
    }

    public static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
}
