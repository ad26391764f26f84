using Archive.Tools.Promises;

namespace Archive.Tools.Tests;

public sealed class LabelAgreementTests
{
    private static Dictionary<int, LabelAgreement.Label> Labels(params (int Line, bool Promise, string? Type)[] rows) =>
        rows.ToDictionary(r => r.Line, r => new LabelAgreement.Label(r.Promise, r.Type));

    [Fact]
    public void IdenticalLabelsAgreeFullyWithKappaOne()
    {
        var labels = Labels((1, true, "refund"), (2, false, null), (3, true, "follow_up"), (4, false, null));

        var result = LabelAgreement.Compare(labels, labels);

        Assert.Equal((1.0, 1.0, 1.0, 1.0), (result.Precision, result.Recall, result.TypeAgreement, result.Kappa));
    }

    [Fact]
    public void KappaDiscountsAgreementExpectedByChance()
    {
        // 10 lines: both yes 2, first only 1, second only 1, neither 6. Observed 0.8; chance 0.3*0.3 + 0.7*0.7 = 0.58.
        var first = Labels((1, true, "refund"), (2, true, "gift"), (3, true, "refund"), (4, false, null), (5, false, null),
            (6, false, null), (7, false, null), (8, false, null), (9, false, null), (10, false, null));
        var second = Labels((1, true, "refund"), (2, true, "discount"), (3, false, null), (4, true, "other"), (5, false, null),
            (6, false, null), (7, false, null), (8, false, null), (9, false, null), (10, false, null), (11, true, "gift"));

        var result = LabelAgreement.Compare(first, second);

        Assert.Equal(10, result.Lines); // line 11 is labelled by one of them only
        Assert.Equal((2, 1, 1, 6), (result.Both, result.FirstOnly, result.SecondOnly, result.Neither));
        Assert.Equal((0.8 - 0.58) / (1 - 0.58), result.Kappa, 6);
        Assert.Equal(0.5, result.TypeAgreement);
    }
}
