using Archive.Tools.Faq;

namespace Archive.Tools.Tests;

public sealed class LexicalCeilingTests
{
    [Fact]
    public void SeparablePairsReachFullF1AtTheThresholdBetweenThem()
    {
        var pairs = new List<(double, bool)> { (0.9, true), (0.8, true), (0.3, false), (0.1, false) };

        var result = LexicalCeiling.Sweep("test", pairs, minPrecision: 0.8);

        Assert.Equal(1.0, result.BestF1.F1);
        Assert.Equal(0.8, result.BestF1Threshold);
        Assert.Equal(1.0, result.AtPrecision.Recall);
    }

    [Fact]
    public void PairsWithTheSameScoreAreCutTogether()
    {
        // A threshold cannot take one of two equal scores without the other, so precision 0.8 is out of reach.
        var pairs = new List<(double, bool)> { (0.7, true), (0.7, false), (0.2, true), (0.2, false) };

        var result = LexicalCeiling.Sweep("test", pairs, minPrecision: 0.8);

        Assert.Equal(0, result.AtPrecision.TruePositives);
        Assert.Equal(0.5, result.BestF1.Precision);
    }

    [Fact]
    public void CharacterJaccardIgnoresPunctuationAndCountsSharedGrams()
    {
        Assert.Equal(1.0, LexicalCeiling.CharacterJaccard("花呗怎么还？", "花呗怎么还", 2));
        Assert.Equal(1.0 / 5, LexicalCeiling.CharacterJaccard("花呗还款", "花呗借款", 2), 6); // {花呗} of {花呗,呗还,还款,呗借,借款}
        Assert.Equal(0.0, LexicalCeiling.CharacterJaccard("", "？", 1));
    }
}
