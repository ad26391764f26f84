using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Archive.Tools.Load;

/// <summary>
/// How long an acknowledged batch takes to become searchable (the contract says within 2 s): each acknowledgement's
/// batch number and time are noted, and the service's <c>searchableBatch</c> is polled every 100 ms; a batch's lag
/// is the time from its 202 to the first poll that shows it searchable (so up to 100 ms more than the truth).
/// </summary>
internal sealed class SearchableLag
{
    private readonly ConcurrentDictionary<long, long> _acknowledgedAt = new();
    private readonly List<double> _lags = [];
    private readonly Lock _lock = new();

    public void Acknowledged(byte[] responseBody)
    {
        try
        {
            using var json = JsonDocument.Parse(responseBody);
            if (json.RootElement.TryGetProperty("batch", out var b) && b.TryGetInt64(out var batch))
                _acknowledgedAt[batch] = Stopwatch.GetTimestamp();
        }
        catch (JsonException)
        {
        }
    }

    public async Task PollAsync(HttpClient http, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(100, stop);
                if (await LoadRun.StatusAsync(http) is not { } status
                    || !status.TryGetProperty("searchableBatch", out var s) || !s.TryGetInt64(out var searchable)) continue;
                var now = Stopwatch.GetTimestamp();
                foreach (var (batch, at) in _acknowledgedAt)
                {
                    if (batch > searchable || !_acknowledgedAt.TryRemove(batch, out _)) continue;
                    lock (_lock) _lags.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public double[] Lags() { lock (_lock) return _lags.ToArray(); }

    /// <summary>Acknowledged batches not yet seen searchable when the run ended.</summary>
    public int Pending => _acknowledgedAt.Count;
}
