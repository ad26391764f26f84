using System.Collections.Concurrent;

namespace Archive.Ingestion;

public sealed record Rejection(DateTimeOffset At, string Source, int? Line, string Reason);

/// <summary>Keeps count of rejected input and the most recent rejections for the status endpoint.</summary>
public sealed class RejectionLog
{
    private const int Keep = 100;
    private readonly ConcurrentQueue<Rejection> _recent = new();
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public IReadOnlyList<Rejection> Recent => _recent.Reverse().ToList();

    public void Add(Rejection rejection)
    {
        Interlocked.Increment(ref _total);
        _recent.Enqueue(rejection);
        while (_recent.Count > Keep && _recent.TryDequeue(out _)) { }
    }
}
