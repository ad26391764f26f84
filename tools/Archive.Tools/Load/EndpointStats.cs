using System.Collections.Concurrent;

namespace Archive.Tools.Load;

/// <summary>
/// Latencies and outcomes of one endpoint's requests, recorded from many tasks. Every outcome counts; latencies only
/// of requests started after the warm-up (JIT, first reads of a new index), so percentiles describe the steady state.
/// </summary>
internal sealed class EndpointStats(string name, long measureFrom = 0)
{
    private int _requests;
    private const int SamplesKept = 5;
    private readonly Lock _lock = new();
    private readonly List<double> _latencies = [];
    private readonly List<string> _failureSamples = [];

    public string Name { get; } = name;
    public int Success { get; private set; }
    public int ClientErrors { get; private set; }
    public int TooManyRequests { get; private set; }
    public int ServerErrors { get; private set; }
    public int TransportErrors { get; private set; }
    public int Requests { get { lock (_lock) return _requests; } }
    public IReadOnlyList<string> FailureSamples { get { lock (_lock) return _failureSamples.ToList(); } }

    public void Record(long startedAt, double milliseconds, int status, string? detail = null)
    {
        lock (_lock)
        {
            Count(startedAt, milliseconds);
            if (status < 400) Success++;
            else if (status < 500) ClientErrors++;
            else ServerErrors++;
            if (status == 429) TooManyRequests++;
            if (status >= 400 && (status != 429 || TooManyRequests == 1) && _failureSamples.Count < SamplesKept) _failureSamples.Add(detail ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void RecordTransportError(long startedAt, double milliseconds, Exception e)
    {
        lock (_lock)
        {
            Count(startedAt, milliseconds);
            TransportErrors++;
            if (_failureSamples.Count < SamplesKept) _failureSamples.Add($"{e.GetType().Name}: {e.GetBaseException().Message}");
        }
    }

    // Under _lock: every request is counted, its latency only after the warm-up.
    private void Count(long startedAt, double milliseconds)
    {
        _requests++;
        if (startedAt >= measureFrom) _latencies.Add(milliseconds);
    }

    public double[] Latencies() { lock (_lock) return _latencies.ToArray(); }

    private readonly List<double> _serverTimes = [];

    /// <summary>The service's own share of a request (its Server-Timing header), after the warm-up.</summary>
    public void RecordServerTime(long startedAt, double milliseconds)
    {
        lock (_lock)
            if (startedAt >= measureFrom) _serverTimes.Add(milliseconds);
    }

    public double[] ServerTimes() { lock (_lock) return _serverTimes.ToArray(); }
}

/// <summary>Every endpoint's stats by name, in the order first used.</summary>
internal sealed class LoadStats(TimeSpan warmup)
{
    /// <summary>Requests started from this timestamp on have their latency counted.</summary>
    public long MeasureFrom { get; } = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);

    private readonly ConcurrentDictionary<string, EndpointStats> _byName = new();
    private readonly ConcurrentQueue<string> _order = new();

    public EndpointStats For(string name) => _byName.GetOrAdd(name, n =>
    {
        _order.Enqueue(n);
        return new EndpointStats(n, MeasureFrom);
    });

    public IEnumerable<EndpointStats> All => _order.Distinct().Select(n => _byName[n]);

    public int TotalRequests => _byName.Values.Sum(s => s.Requests);
    public int Failures => _byName.Values.Sum(s => s.ServerErrors + s.TransportErrors);
}
