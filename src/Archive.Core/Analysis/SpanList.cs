namespace Archive.Analysis;

/// <summary>Growable [start, end) list reused across documents so steady-state tokenizing allocates nothing.</summary>
internal sealed class SpanList
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];

    public int Count { get; private set; }

    public int Start(int index) => _starts[index];

    public int End(int index) => _ends[index];

    public void Clear() => Count = 0;

    public void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }

    /// <summary>Drops oversized arrays after a huge document so per-thread components stay small.</summary>
    public void Trim(int maxCapacity)
    {
        Count = 0;
        if (_starts.Length <= maxCapacity) return;
        _starts = new int[64];
        _ends = new int[64];
    }
}
