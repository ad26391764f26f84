using System.Collections.Concurrent;

namespace Archive.Analysis;

/// <summary>
/// Word spans of short normalized texts segmented before. Chat repeats itself (quick phrases, auto-replies,
/// 好的/在吗/谢谢), and each segmentation runs ICU's dictionary twice. Two generations bound the memory: when the
/// current one is full it becomes the previous one, and texts still in use move back into the new current one.
/// Thread-safe; a lost race only costs one segmentation.
/// </summary>
internal sealed class SegmentationCache
{
    /// <summary>Longer texts are rarely repeated word for word, and they would cost the most memory.</summary>
    internal const int MaxTextLength = 128;

    private readonly int _capacity;
    private readonly Lock _swap = new();
    private Generation _current = new();
    private Generation _previous = new();

    public SegmentationCache(int capacity = 16_384) => _capacity = capacity;

    /// <summary>Appends the cached spans of <paramref name="text"/> to <paramref name="words"/>, if cached.</summary>
    public bool TryGet(ReadOnlySpan<char> text, SpanList words)
    {
        if (text.Length > MaxTextLength) return false;
        var current = Volatile.Read(ref _current);
        if (!current.Lookup.TryGetValue(text, out var spans))
        {
            if (!Volatile.Read(ref _previous).Lookup.TryGetValue(text, out var key, out spans)) return false;
            Store(key, spans);
        }

        for (var i = 0; i < spans.Length; i += 2) words.Add(spans[i], spans[i + 1]);
        return true;
    }

    /// <summary>Remembers the spans just computed for <paramref name="text"/> (the whole of <paramref name="words"/>).</summary>
    public void Add(ReadOnlySpan<char> text, SpanList words)
    {
        if (text.Length > MaxTextLength) return;
        var spans = new int[words.Count * 2];
        for (var i = 0; i < words.Count; i++)
        {
            spans[2 * i] = words.Start(i);
            spans[2 * i + 1] = words.End(i);
        }

        Store(new string(text), spans);
    }

    private void Store(string text, int[] spans)
    {
        var current = Volatile.Read(ref _current);
        // ConcurrentDictionary.Count takes every lock; the generation keeps its own count.
        if (!current.Entries.TryAdd(text, spans) || Interlocked.Increment(ref current.Count) < _capacity) return;
        lock (_swap)
        {
            if (!ReferenceEquals(current, _current)) return;
            Volatile.Write(ref _previous, current);
            Volatile.Write(ref _current, new Generation());
        }
    }

    private sealed class Generation
    {
        public int Count;

        public Generation() => Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

        public ConcurrentDictionary<string, int[]> Entries { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
