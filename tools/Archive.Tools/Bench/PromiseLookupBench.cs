using System.Diagnostics;
using Archive.Annotations;
using Archive.Ingestion;
using Archive.Messages;

namespace Archive.Tools.Bench;

/// <summary>"What did we promise this buyer?" for returning buyers (two or more conversations), one call each.</summary>
internal static class PromiseLookupBench
{
    public sealed record Sample(IReadOnlyList<string> Buyers, DateTimeOffset AsOf);

    /// <summary>Which buyers to ask about, chosen from the generated corpus (which can then be let go).</summary>
    public static Sample? Choose(IReadOnlyList<ChatMessage> corpus, int count, int seed)
    {
        var returning = corpus
            .GroupBy(m => m.BuyerId, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.ConversationId).Distinct().Skip(1).Any())
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (returning.Count == 0) return null;
        var random = new Random(seed);
        return new Sample(Enumerable.Range(0, count).Select(_ => returning[random.Next(returning.Count)]).ToList(), corpus.Max(m => m.SentAt));
    }

    public static void Run(ArchiveEngine engine, Sample sample, BenchReport report)
    {
        var (buyers, asOf) = (sample.Buyers, sample.AsOf);
        foreach (var b in buyers.Take(100)) engine.Promises.Find(new PromiseQuery { BuyerId = b, AsOf = asOf }); // warm-up
        var latencies = new List<double>(buyers.Count);
        long found = 0;
        foreach (var b in buyers)
        {
            var t = Stopwatch.GetTimestamp();
            var result = engine.Promises.Find(new PromiseQuery { BuyerId = b, AsOf = asOf });
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            found += result.Promises.Count;
        }
        report.PromiseLookups = buyers.Count;
        report.PromiseLookupP50Ms = Percentiles.Of(latencies, 50);
        report.PromiseLookupP99Ms = Percentiles.Of(latencies, 99);
        report.PromisesPerReturningBuyer = (double)found / buyers.Count;
    }
}
