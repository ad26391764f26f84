using System.Diagnostics;

namespace Archive.Tools.Bench;

/// <summary>Samples the process's resident set every 100 ms and keeps the peak.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public RssSampler() => _timer = new Timer(_ => Sample(), null, 0, 100);

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var rss = process.WorkingSet64;
        long current;
        while (rss > (current = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, rss, current) != current) { }
    }

    public void Dispose() => _timer.Dispose();
}
