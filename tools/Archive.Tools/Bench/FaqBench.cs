using System.Diagnostics;
using Archive.Faq;
using Archive.Ingestion;

namespace Archive.Tools.Bench;

/// <summary>
/// Most-asked questions over the whole archive: the first request mines every message from the index (cold: reading
/// and mining), the following ones are answered from the cache as the API answers them.
/// </summary>
internal static class FaqBench
{
    public static void Run(ArchiveEngine engine, BenchReport report)
    {
        var view = new FaqView(null, null, null);
        var read = Stopwatch.StartNew();
        new Archive.Index.ConversationStream(engine.Index).Read(null, null, null, messages => messages.Count());
        report.FaqReadSeconds = read.Elapsed.TotalSeconds;
        var cold = Stopwatch.StartNew();
        var answer = engine.Faq.GetAsync(view).GetAwaiter().GetResult();
        report.FaqColdSeconds = cold.Elapsed.TotalSeconds;
        report.FaqGroups = answer.Report.Questions.Count;

        var latencies = new List<double>(200);
        for (var i = 0; i < 200; i++)
        {
            var t = Stopwatch.GetTimestamp();
            engine.Faq.GetAsync(view).GetAwaiter().GetResult();
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        report.FaqCachedP99Ms = Percentiles.Of(latencies, 99);
    }
}
