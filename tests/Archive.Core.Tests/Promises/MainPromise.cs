using Archive.Promises;

namespace Archive.Core.Tests.Promises;

/// <summary>The main type a shop message promises (null for none), read at one fixed time: what the rule tests assert on.</summary>
internal static class MainPromise
{
    private static readonly DateTimeOffset SentAt = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly PromiseDetector Detector = new(); // stateless: one serves every test class

    public static PromiseType? Of(string text) => Detector.DetectShopPromises(text, SentAt) is { Count: > 0 } found ? found[0].Type : null;
}
