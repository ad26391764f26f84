namespace Archive.Tools.Generation;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator because System.Random's algorithm is not part of its
/// contract, and the corpus must stay byte-identical for a seed across runtimes. Integer-only on purpose: transcendental
/// Math functions may differ in the last bit between platforms, so no distribution here uses them.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream, so that adding draws to one part of the generator does not shift another.</summary>
    public Rng Fork(ulong salt) => new(NextUInt64() ^ (salt * 0x9E3779B97F4A7C15UL));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>Uniform in [0, max). Multiply-shift: the bias for our small ranges is far below anything visible.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>Uniform in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability percent/100.</summary>
    public bool Percent(int percent) => Next(100) < percent;

    /// <summary>True with probability perMille/1000.</summary>
    public bool PerMille(int perMille) => Next(1000) < perMille;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A decimal digit string of the given length, no leading zero.</summary>
    public string Digits(int length)
    {
        Span<char> buffer = stackalloc char[length];
        buffer[0] = (char)('1' + Next(9));
        for (var i = 1; i < length; i++) buffer[i] = (char)('0' + Next(10));
        return new string(buffer);
    }
}

/// <summary>Picks an index with integer weights (cumulative table, binary search).</summary>
internal sealed class WeightedChoice
{
    private readonly int[] _cumulative;

    public WeightedChoice(IReadOnlyList<int> weights)
    {
        _cumulative = new int[weights.Count];
        var sum = 0;
        for (var i = 0; i < weights.Count; i++) _cumulative[i] = sum += weights[i];
        if (sum <= 0) throw new ArgumentException("weights must not all be zero", nameof(weights));
    }

    public int Next(Rng rng)
    {
        var r = rng.Next(_cumulative[^1]);
        var lo = 0;
        var hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_cumulative[mid] > r) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
