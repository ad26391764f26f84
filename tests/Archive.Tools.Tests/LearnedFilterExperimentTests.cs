using Archive.Tools.Promises;

namespace Archive.Tools.Tests;

public sealed class LearnedFilterExperimentTests
{
    // Promises that say 给您发货 and stalls that say 请稍等, one line a session, with the detector right on every other line.
    private static List<LearnedFilterExperiment.Line> Lines() =>
        Enumerable.Range(0, 200).Select(i =>
        {
            var promise = i % 2 == 0;
            var text = promise ? $"好的 明天给您发货 第{i}单" : $"请稍等 正在查询 第{i}单";
            return new LearnedFilterExperiment.Line($"s{i}", promise, Detected: i % 4 < 2, DetectedType: null, text, "");
        }).ToList();

    [Fact]
    public void TheRulesRowScoresTheDetectorsOwnAnswers()
    {
        var rules = LearnedFilterExperiment.Run(Lines())[0];

        // Detected on i % 4 in {0, 1}: half the promises (i % 4 == 0) and half the stalls (i % 4 == 1).
        Assert.Equal((50, 50, 50), (rules.Tp, rules.Fp, rules.Fn));
    }

    [Fact]
    public void AModelLearnsWordsThatSeparateTheLabelsOnSessionsItDidNotSee()
    {
        var textOnly = LearnedFilterExperiment.Run(Lines()).Single(o => o.Method.StartsWith("model on text", StringComparison.Ordinal) && o.Threshold == 0.5);

        Assert.True(textOnly.Precision >= 0.95 && textOnly.Recall >= 0.95, $"P {textOnly.Precision:F2} R {textOnly.Recall:F2}");
    }

    [Fact]
    public void TheLearningCurveTrainsOnAQuarterAHalfAndAllOfEachFoldsLines()
    {
        var curve = LearnedFilterExperiment.LearningCurve(Lines());

        // 200 lines in five folds: 160 to train on in each, cut to 40, 80 and 160.
        Assert.Equal([40, 80, 160, 40, 80, 160], curve.Select(p => p.TrainingLines));
        var full = curve.Single(p => p.Method.StartsWith("model on text", StringComparison.Ordinal) && p.Share == 1.0);
        Assert.True(LearnedFilterExperiment.F1(full.Best) >= 0.95, $"F1 {LearnedFilterExperiment.F1(full.Best):F2}");
    }
}
