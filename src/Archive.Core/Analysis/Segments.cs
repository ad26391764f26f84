namespace Archive.Analysis;

/// <summary>Reusable list of ICU segments: [start, end) plus whether ICU classed the segment as a word.</summary>
internal sealed class Segments
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private bool[] _isWord = new bool[64];

    public int Count { get; private set; }

    public int Start(int index) => _starts[index];

    public int End(int index) => _ends[index];

    public bool IsWord(int index) => _isWord[index];

    public void Clear() => Count = 0;

    public void Add(int start, int end, bool isWord)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _isWord, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        _isWord[Count] = isWord;
        Count++;
    }

    public void CopyFrom(Segments other, int first, int last)
    {
        for (var i = first; i <= last; i++) Add(other._starts[i], other._ends[i], other._isWord[i]);
    }
}
