namespace Archive.Tools.Promises;

/// <summary>
/// How far two labellers of the same JDDC lines agree: the second scored against the first as if it were a detector
/// (precision, recall, type accuracy), and Cohen's kappa on "is a promise". A detector is judged against one
/// labeller, so the people's own agreement is the most a detector's score can be expected to show.
/// </summary>
public static class LabelAgreement
{
    public sealed record Label(bool IsPromise, string? Type);

    public sealed record Result(int Lines, int Both, int FirstOnly, int SecondOnly, int Neither, int SameType)
    {
        public double Precision => PromiseScore.Ratio(Both, Both + SecondOnly);
        public double Recall => PromiseScore.Ratio(Both, Both + FirstOnly);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double TypeAgreement => PromiseScore.Ratio(SameType, Both);

        /// <summary>Agreement beyond what two labellers with these rates of "yes" would reach by chance.</summary>
        public double Kappa
        {
            get
            {
                double n = Lines;
                if (n == 0) return 0;
                var observed = (Both + Neither) / n;
                var firstYes = (Both + FirstOnly) / n;
                var secondYes = (Both + SecondOnly) / n;
                var chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
                return chance >= 1 ? 1 : (observed - chance) / (1 - chance);
            }
        }
    }

    /// <summary>Labels of a JDDC label file by line number.</summary>
    public static Dictionary<int, Label> Read(string path)
    {
        var labels = new Dictionary<int, Label>();
        foreach (var row in PromiseCases.JddcLabelRows(path)) labels[row.Line] = new Label(row.IsPromise, row.Type);
        return labels;
    }

    /// <summary>Compares the lines both files label; lines only one of them has are left out.</summary>
    public static Result Compare(IReadOnlyDictionary<int, Label> first, IReadOnlyDictionary<int, Label> second)
    {
        int lines = 0, both = 0, firstOnly = 0, secondOnly = 0, neither = 0, sameType = 0;
        foreach (var (line, a) in first)
        {
            if (!second.TryGetValue(line, out var b)) continue;
            lines++;
            if (a.IsPromise && b.IsPromise)
            {
                both++;
                if (a.Type == b.Type) sameType++;
            }
            else if (a.IsPromise) firstOnly++;
            else if (b.IsPromise) secondOnly++;
            else neither++;
        }

        return new Result(lines, both, firstOnly, secondOnly, neither, sameType);
    }
}
