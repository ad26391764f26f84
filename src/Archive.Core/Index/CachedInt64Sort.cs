using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>
/// Sorts on a numeric doc-values field from an in-memory copy per segment. Short messages score alike, so the
/// tie-breaks after relevance (time, then sequence) are consulted for most matching documents, and Lucene.Net's own
/// comparer reads each value through the memory-mapped packed reader, byte by byte: that was a fifth of a search.
/// A segment never changes, so its column is copied once (8 bytes a document) and kept as long as the segment lives.
/// </summary>
internal sealed class CachedInt64Sort : FieldComparerSource
{
    public static readonly CachedInt64Sort Instance = new();

    private static readonly ConditionalWeakTable<object, SegmentColumns> Columns = new();

    public static SortField Field(string field, bool reverse = false) => new(field, Instance, reverse);

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Comparer(fieldname, numHits);

    /// <summary>Copies the columns of a segment ahead of its first search (a merged segment, before it is searchable).</summary>
    public static void Warm(AtomicReader reader, params string[] fields)
    {
        foreach (var field in fields) ColumnOf(reader, field);
    }

    private static long[] ColumnOf(AtomicReader reader, string field) =>
        Columns.GetValue(reader.CoreCacheKey, _ => new SegmentColumns()).Get(reader, field);

    private sealed class SegmentColumns
    {
        private readonly Dictionary<string, long[]> _columns = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public long[] Get(AtomicReader reader, string field)
        {
            lock (_lock)
            {
                if (_columns.TryGetValue(field, out var column)) return column;
                column = new long[reader.MaxDoc];
                if (reader.GetNumericDocValues(field) is { } values)
                    for (var doc = 0; doc < column.Length; doc++) column[doc] = values.Get(doc);
                return _columns[field] = column;
            }
        }
    }

    private sealed class Comparer(string field, int numHits) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] _slots = new long[numHits];
        private long[] _current = [];
        private long _bottom;
        private long _top;

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override int CompareBottom(int doc) => _bottom.CompareTo(_current[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_current[doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _current[doc];

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(J2N.Numerics.Int64 value) => _top = value ?? throw new ArgumentNullException(nameof(value));

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _current = ColumnOf(context.AtomicReader, field);
            return this;
        }

        public override J2N.Numerics.Int64 this[int slot] => _slots[slot];
    }
}
