using System.Diagnostics;

namespace Archive.Tools.Load;

/// <summary>
/// Posts generated NDJSON batches from a few tasks at a target rate: batch i is due at start + i·batch/rate, and a
/// task that is behind posts at once, so a service that cannot keep up is driven as fast as it accepts. A rate of
/// 0 means as fast as possible.
/// </summary>
internal sealed class IngestDriver(HttpClient http, GeneratedBatches batches, QueryPool pool, LoadStats stats, int rate, int tasks)
{
    public SearchableLag Lag { get; } = new();

    private long _nextBatch;
    private long _acknowledged;
    private long _started;

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public int BatchSize { get; init; } = 1_000;

    public async Task RunAsync(CancellationToken stop)
    {
        _started = Stopwatch.GetTimestamp();
        var lag = Lag.PollAsync(http, stop);
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(() => PostLoopAsync(stop))));
        await lag;
    }

    private async Task PostLoopAsync(CancellationToken stop)
    {
        var endpoint = stats.For("POST messages (ingest)");
        while (!stop.IsCancellationRequested)
        {
            var index = Interlocked.Increment(ref _nextBatch) - 1;
            if (rate > 0)
            {
                var due = TimeSpan.FromSeconds((double)index * BatchSize / rate) - Stopwatch.GetElapsedTime(_started);
                if (due > TimeSpan.Zero)
                {
                    try { await Task.Delay(due, stop); }
                    catch (OperationCanceledException) { return; }
                }
            }
            if (batches.Next() is not { } batch) return;
            var (status, body) = await TimedHttp.SendAsync(http,
                new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = batch.Content() }, endpoint);
            if (status != 202) continue;
            Lag.Acknowledged(body);
            Interlocked.Add(ref _acknowledged, batch.Messages.Count);
            pool.AddAcknowledged(batch.Messages);
        }
    }
}
