using Archive.Faq;
using Archive.Tests.Shared;

namespace Archive.Core.Tests.Faq;

/// <summary>Opt-in checks on the JDDC 2020 chit-chat labels beside the repository; skipped when ../shared is absent.</summary>
public sealed class FaqSharedDataTests
{
    private const string Labels = "jddc2020_chitchat_labels/chat_train.tsv";

    [SharedDataFact(Labels)]
    public void DetectedQuestionsOnRealBuyerLinesAreMostlyBusiness()
    {
        var lines = File.ReadLines(SharedData.File(Labels)!).Skip(1).Select(l => l.Split('\t')).Where(f => f[0].Length > 0).ToList();
        var detected = lines.Where(f => QuestionDetector.IsQuestion(f[0])).ToList();
        var business = detected.Count(f => f.Length < 2 || f[1].Trim() != "1");

        Assert.True(detected.Count > lines.Count / 3, $"only {detected.Count} of {lines.Count} lines detected");
        Assert.True(business >= 0.9 * detected.Count, $"{business} of {detected.Count} detected questions are business");
    }
}
