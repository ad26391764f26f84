using Archive.Tools.Load;

namespace Archive.Tools.Faults;

/// <summary>
/// Posts generated batches back to back from a few tasks until stopped, recording in the ledger which messages were
/// sent and which were acknowledged (202). A request cut off by a kill is not acknowledged.
/// </summary>
internal sealed class AckingPoster(HttpClient http, GeneratedBatches batches, AckLedger ledger, EndpointStats stats)
{
    private long _acknowledged;
    private int _consecutiveFailures;

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    public Task RunAsync(int tasks, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(() => LoopAsync(stop))));

    /// <summary>Posts one batch; true when it was acknowledged, null when the generator is exhausted.</summary>
    public async Task<bool?> PostOneAsync()
    {
        if (batches.Next() is not { } batch) return null;
        ledger.Attempted(batch.Messages);
        var (status, _) = await TimedHttp.SendAsync(http,
            new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = batch.Content() }, stats);
        if (status != 202)
        {
            Interlocked.Increment(ref _consecutiveFailures);
            return false;
        }
        ledger.Acknowledge(batch.Messages);
        Interlocked.Add(ref _acknowledged, batch.Messages.Count);
        Volatile.Write(ref _consecutiveFailures, 0);
        return true;
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var acknowledged = await PostOneAsync();
            if (acknowledged is null) return;
            if (acknowledged == false) await Task.Delay(50, CancellationToken.None);
        }
    }
}
