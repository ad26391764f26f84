using System.Text;
using Archive.Promises;
using Archive.Tests.Shared;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Promises;

/// <summary>Quality gates of the issue: precision ≥ 0.90, recall ≥ 0.80, type accuracy ≥ 0.85 on true promises.</summary>
public class LabelledSetQualityTests(ITestOutputHelper output)
{
    private const string LabelledSet = "tests/data/promises-labelled.tsv";
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static List<(string Sender, string Text, string Label, string? Type)> Labelled() =>
        RepoFiles.Rows(LabelledSet).Select(f => (f[0], f[1], f[2], f.Length > 3 && f[3].Length > 0 ? f[3] : null)).ToList();

    [Fact]
    public void ShopPromisesInTheLabelledSetMeetTheTargets()
    {
        var detector = new PromiseDetector();
        var score = PromiseScore.Of(Labelled().Where(r => r.Sender is "agent" or "auto").Select(r => (r.Text, r.Label == "promise" ? r.Type : null)),
            t => detector.DetectShopPromises(t, SentAt));
        output.WriteLine(score.ToString());
        AssertAtLeast(score, 0.90, 0.80, 0.85);
    }

    [Fact]
    public void BuyerClaimsInTheLabelledSetMeetTheTargets()
    {
        var detector = new PromiseDetector();
        var score = PromiseScore.Of(Labelled().Where(r => r.Sender == "buyer").Select(r => (r.Text, r.Label == "claim" ? r.Type : null)),
            t => detector.DetectBuyerClaims(t, SentAt));
        output.WriteLine(score.ToString());
        AssertAtLeast(score, 0.90, 0.80, 0.85);
    }

    [Fact]
    public void LabelledSetHasTheRequiredShape()
    {
        var rows = Labelled();
        Assert.True(rows.Count >= 350, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.Contains(r.Sender, new[] { "agent", "auto", "buyer" }));
        Assert.All(rows, r => Assert.Contains(r.Label, new[] { "promise", "none", "claim" }));
        Assert.All(rows.Where(r => r.Label != "none"), r => Assert.True(PromiseTypes.TryParse(r.Type!, out _), r.Text));
        Assert.True(rows.Count(r => r.Label == "none") * 3 >= rows.Count, "at least a third are negatives");
        Assert.True(rows.Count(r => r.Label == "claim") >= 20);
        foreach (var type in PromiseTypes.All)
            Assert.True(rows.Count(r => r.Label == "promise" && r.Type == PromiseTypes.ToWire(type)) >= 12, $"{type} has fewer than 12 positives");
    }

    /// <summary>
    /// Real JDDC agent lines the detector's rules were tuned on: three sets (300, 330 and 350 lines), relabelled at stop 12
    /// to docs/promise-labelling.md by labellers who never saw the detector. With the stop-13 rules (the conversation's
    /// topic for paperwork-only promises, a consent tag opening the next sentence, holding on, the delivery desk's call):
    /// P 0.839 / R 0.743 / type 0.846, P 0.882 / R 0.882 / type 0.889 and P 0.709 / R 0.867 / type 0.718: below the
    /// issue's targets even on the lines tuned on. The bounds are those results minus a margin, a guard against
    /// regressions that does not pretend the targets were met.
    /// </summary>
    [SharedDataTheory("jddc/chat_0.1per.txt")]
    [InlineData("tests/data/jddc-promise-tuning.tsv", 0.78, 0.70, 0.80)]
    [InlineData("tests/data/jddc-promise-tuning-2.tsv", 0.80, 0.82, 0.85)]
    [InlineData("tests/data/jddc-promise-tuning-3.tsv", 0.62, 0.82, 0.64)]
    public void JddcTuningSetsStayAtTheMeasuredQuality(string labelFile, double precision, double recall, double typeAccuracy) =>
        AssertAtLeast(ScoreJddc(labelFile), precision, recall, typeAccuracy);

    /// <summary>
    /// Real JDDC agent lines sampled apart from every earlier set and labelled blind to docs/promise-labelling.md, each
    /// evaluated once when it was new, with the conversation before each line:
    /// held-out 2 (stop 12, 56 promises): P 0.710, R 0.786, type 0.727 — its mistakes read since, not tuned on;
    /// held-out 3 (stop 13, 41 promises): P 0.646, R 0.756, type 0.806 — then read, and three stop-13 rules came from
    /// it and the earlier sets (now P 0.674);
    /// held-out 4 and 5 (stop 13, 48 and 49 promises, two labellers, two samples): P 0.792 / 0.568, R 0.792 / 0.510,
    /// type 0.868 / 0.840;
    /// held-out 6 (stop 14, 48 promises, two labellers and an adjudicator, guide revision 2): P 0.655, R 0.750, type 0.861
    /// — then read, and two more stop-14 rules came from it (now P 0.706);
    /// held-out 7 (stop 14, 36 promises, the same procedure, run once): P 0.622, R 0.778, type 0.857 — then read, one rule from it;
    /// held-out 8 (stop 14, 47 promises, the same procedure, run once with the final stop-14 detector): P 0.708, R 0.723, type 0.794;
    /// held-out 9 (stop 15, 37 promises, the same procedure, run once with the stop-14 detector): P 0.581, R 0.676, type 0.720
    /// — then read, and the stop-15 rules came from it and held-out 8 (now P 0.659, R 0.784, type 0.759).
    /// Lines holding a best-effort word, a numeric range, 取消 or 解锁 were relabelled to revision 2 at stop 14, and lines
    /// holding 申请 or 提交 to revision 3 (filing now is in-chat work) at stop 15 (file headers); the bounds follow.
    /// Below the targets: the bounds, the measured values minus a margin, guard against regressions only.
    /// </summary>
    [SharedDataTheory("jddc/chat_0.1per.txt")]
    [InlineData("tests/data/jddc-promise-heldout-2.tsv", 0.66, 0.70, 0.70)]
    [InlineData("tests/data/jddc-promise-heldout-3.tsv", 0.70, 0.70, 0.77)]
    [InlineData("tests/data/jddc-promise-heldout-4.tsv", 0.72, 0.71, 0.82)]
    [InlineData("tests/data/jddc-promise-heldout-5.tsv", 0.63, 0.57, 0.82)]
    [InlineData("tests/data/jddc-promise-heldout-6.tsv", 0.66, 0.71, 0.82)]
    [InlineData("tests/data/jddc-promise-heldout-7.tsv", 0.58, 0.74, 0.82)]
    [InlineData("tests/data/jddc-promise-heldout-8.tsv", 0.66, 0.63, 0.74)]
    [InlineData("tests/data/jddc-promise-heldout-9.tsv", 0.62, 0.74, 0.72)]
    public void HeldOutJddcSetsStayAtTheMeasuredQuality(string labelFile, double precision, double recall, double typeAccuracy) =>
        AssertAtLeast(ScoreJddc(labelFile), precision, recall, typeAccuracy);

    /// <summary>
    /// Real agent answers from another part of JDDC, the 2018 baseline's dev split (1,141 answers, each with the dialogue
    /// before it), which no rule was ever written from: held-out 10 (stop 15, two blind labellers and an adjudicator,
    /// guide revision 2, 68 promises), run once with the mid-stop-15 detector: P 0.641, R 0.603, type 0.732 (the stop-14
    /// detector: the same P and R, type 0.683) — then read, and relabelled on its filing lines to revision 3 (now P 0.656,
    /// R 0.588, type 0.725); held-out 11 (stop 15, the same procedure, revision 3, 51 promises), run once with the final
    /// stop-15 detector: P 0.744, R 0.627, type 0.938 (the stop-14 detector: P 0.689, R 0.608, type 0.935).
    /// </summary>
    [SharedDataTheory("jddc/jddc2018_baseline_devAnswers.txt")]
    [InlineData("tests/data/jddc-promise-heldout-10.tsv", 0.60, 0.55, 0.68)]
    [InlineData("tests/data/jddc-promise-heldout-11.tsv", 0.70, 0.58, 0.88)]
    public void HeldOutDevAnswerSetsStayAtTheMeasuredQuality(string labelFile, double precision, double recall, double typeAccuracy) =>
        AssertAtLeast(ScoreAnswers(labelFile, "dev"), precision, recall, typeAccuracy);

    /// <summary>
    /// The JDDC 2018 baseline's train split (10,270 answers), untouched by any rule: held-out 12 (stop 15, two blind
    /// labellers and an adjudicator, guide revision 3, 60 promises), run once with the final stop-15 detector: P 0.671,
    /// R 0.783, type 0.915 (the stop-14 detector: P 0.657, R 0.767, type 0.913). Held-out 13 (stop 16, two blind
    /// labellers, revision 3; labeller B's 57 promises are all among labeller A's 69), run
    /// once with the final stop-16 detector: against A P 0.708, R 0.667, type 0.891; against B P 0.646, R 0.737, type 0.929
    /// (the stop-15 detector: P 0.672 / 0.609, R 0.623 / 0.684). Adjudicated later in the stop (67 promises): the same
    /// run-once detector P 0.708, R 0.687, type 0.870 (the stop-15 detector: P 0.672, R 0.642, type 0.884). Held-out 14
    /// (stop 17, two blind labellers at F1 0.872, an adjudicator for the 12 answers they split on; 52 promises), run once
    /// with the final stop-17 detector: P 0.571, R 0.692, type 0.972; against A P 0.556, R 0.686; against B P 0.508, R 0.744.
    /// </summary>
    [SharedDataTheory("jddc/jddc2018_baseline_trainAnswers.txt")]
    [InlineData("tests/data/jddc-promise-heldout-12.tsv", 0.63, 0.74, 0.87)]
    [InlineData("tests/data/jddc-promise-heldout-13.tsv", 0.67, 0.65, 0.83)]
    [InlineData("tests/data/jddc-promise-heldout-13-labeller-a.tsv", 0.66, 0.62, 0.85)]
    [InlineData("tests/data/jddc-promise-heldout-13-labeller-b.tsv", 0.60, 0.69, 0.88)]
    [InlineData("tests/data/jddc-promise-heldout-14.tsv", 0.55, 0.67, 0.94)]
    [InlineData("tests/data/jddc-promise-heldout-14-labeller-a.tsv", 0.54, 0.66, 0.92)]
    [InlineData("tests/data/jddc-promise-heldout-14-labeller-b.tsv", 0.49, 0.72, 0.94)]
    public void HeldOutTrainAnswerSetsStayAtTheMeasuredQuality(string labelFile, double precision, double recall, double typeAccuracy) =>
        AssertAtLeast(ScoreAnswers(labelFile, "train"), precision, recall, typeAccuracy);

    private static void AssertAtLeast(PromiseScore score, double precision, double recall, double typeAccuracy) =>
        Assert.True(score.Precision >= precision && score.Recall >= recall && score.TypeAccuracy >= typeAccuracy, score.ToString());

    /// <summary>
    /// The JDDC lines a label file names, by 1-based line number of the chat file (column 1 the session, column 7 the
    /// text), each read with the lines of its session before it, as promise-eval and the ingest worker read them.
    /// </summary>
    private PromiseScore ScoreJddc(string labelFile)
    {
        var lines = File.ReadAllLines(SharedData.File("jddc/chat_0.1per.txt")!, Encoding.UTF8).Select(l => l.Split('\t', 7)).ToArray();
        IReadOnlyList<string> Earlier(int number)
        {
            var earlier = new List<string>();
            for (var k = number - 1; k >= 1 && earlier.Count < PromiseDetector.ContextDepth && lines[k - 1][0] == lines[number - 1][0]; k--)
                earlier.Add(lines[k - 1][6]);
            return earlier;
        }

        var detector = new PromiseDetector();
        var rows = RepoFiles.Rows(labelFile)
            .Select(f => (lines[int.Parse(f[0]) - 1][6], Earlier(int.Parse(f[0])), f[1] == "1" ? f[2] : null))
            .ToList();
        Assert.True(rows.Count >= 200);
        var score = PromiseScore.Of(rows, (t, earlier) => detector.DetectShopPromises(t, SentAt, earlier));
        output.WriteLine(score.ToString());
        return score;
    }

    /// <summary>
    /// Answers of the JDDC 2018 baseline's <paramref name="split"/> (dev, train) by 1-based line of its answers file,
    /// each read as one agent message (its utterances, joined there by ASCII commas, apart by spaces as the chat file
    /// writes them) with the same line of its questions file, the dialogue before it, newest turn first: as promise-eval
    /// reads them.
    /// </summary>
    private PromiseScore ScoreAnswers(string labelFile, string split)
    {
        static string[] Utterances(string joined) => joined.Split(',').Select(u => u.Trim()).Where(u => u.Length > 0).ToArray();
        var answers = File.ReadAllLines(SharedData.File($"jddc/jddc2018_baseline_{split}Answers.txt")!, Encoding.UTF8);
        var questions = File.ReadAllLines(SharedData.File($"jddc/jddc2018_baseline_{split}Questions.txt")!, Encoding.UTF8);
        var detector = new PromiseDetector();
        var rows = RepoFiles.Rows(labelFile)
            .Select(f => (Number: int.Parse(f[0]), Type: f[1] == "1" ? f[2] : null))
            .Select(r => (string.Join(' ', Utterances(answers[r.Number - 1])),
                (IReadOnlyList<string>)Utterances(questions[r.Number - 1]).Reverse().Take(PromiseDetector.ContextDepth).ToList(), r.Type))
            .ToList();
        Assert.True(rows.Count >= 200);
        var score = PromiseScore.Of(rows, (t, earlier) => detector.DetectShopPromises(t, SentAt, earlier));
        output.WriteLine(score.ToString());
        return score;
    }
}
