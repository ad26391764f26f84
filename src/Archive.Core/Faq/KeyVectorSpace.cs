namespace Archive.Faq;

/// <summary>An L2-normalized sparse vector: dense feature ids and their weights.</summary>
internal readonly record struct KeyVector(int[] Features, float[] Weights);

/// <summary>
/// TF-IDF vectors of question keys: unigrams and adjacent bigrams of the space-separated tokens. Slot tokens
/// (# number, @ place, 色 colour) weigh little, asking words (能, 有, 何时, …) half, a bigram as its lighter token. IDF = ln(1 + N / df) over the distinct keys it was fitted on.
/// </summary>
internal sealed class KeyVectorSpace
{
    private const float SlotWeight = 0.3f;
    private const float AskingWeight = 0.5f;
    private const float BigramWeight = 1.0f;

    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<int> _df = [];
    private readonly List<(ulong Hash, float Weight)[]> _raw = [];
    private float[] _idf = [];

    public int FeatureCount => _df.Count;

    public static KeyVectorSpace Fit(IReadOnlyList<string> keys)
    {
        var space = new KeyVectorSpace();
        var seen = new HashSet<int>();
        foreach (var key in keys)
        {
            var features = Features(key);
            space._raw.Add(features);
            seen.Clear();
            foreach (var (hash, _) in features)
            {
                if (!space._ids.TryGetValue(hash, out var id))
                {
                    id = space._df.Count;
                    space._ids.Add(hash, id);
                    space._df.Add(0);
                }
                if (seen.Add(id)) space._df[id]++;
            }
        }
        space._idf = new float[space._df.Count];
        for (var i = 0; i < space._idf.Length; i++) space._idf[i] = (float)Math.Log(1 + (double)keys.Count / space._df[i]);
        return space;
    }

    /// <summary>The vector of the <paramref name="index"/>-th key the space was fitted on.</summary>
    public KeyVector Vector(int index) => Build(_raw[index]);

    public double Similarity(string a, string b)
    {
        var x = Build(Features(a));
        var y = Build(Features(b));
        double dot = 0;
        for (int i = 0, j = 0; i < x.Features.Length && j < y.Features.Length;)
        {
            if (x.Features[i] == y.Features[j]) dot += x.Weights[i++] * y.Weights[j++];
            else if (x.Features[i] < y.Features[j]) i++;
            else j++;
        }
        return dot;
    }

    private KeyVector Build((ulong Hash, float Weight)[] raw)
    {
        var merged = new SortedDictionary<int, float>();
        foreach (var (hash, weight) in raw)
        {
            if (!_ids.TryGetValue(hash, out var id)) continue;   // unseen feature: no IDF, no overlap possible
            merged[id] = merged.GetValueOrDefault(id) + weight * _idf[id];
        }
        var features = new int[merged.Count];
        var weights = new float[merged.Count];
        double norm = 0;
        var n = 0;
        foreach (var (id, weight) in merged)
        {
            features[n] = id;
            weights[n++] = weight;
            norm += weight * weight;
        }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        for (var i = 0; i < weights.Length; i++) weights[i] *= scale;
        return new KeyVector(features, weights);
    }

    internal static (ulong Hash, float Weight)[] Features(string key)
    {
        if (key.Length == 0) return [];
        var tokens = key.Split(' ');
        var features = new (ulong, float)[tokens.Length * 2 - 1];
        ulong previous = 0;
        var previousWeight = 1f;
        for (var i = 0; i < tokens.Length; i++)
        {
            var hash = Hash(tokens[i]);
            var weight = Weight(tokens[i]);
            features[i * 2 - (i == 0 ? 0 : 1)] = (hash, weight);
            if (i > 0) features[i * 2] = ((previous * 0x9E3779B97F4A7C15UL) ^ hash ^ 0xB16A11, BigramWeight * Math.Min(previousWeight, weight));
            previous = hash;
            previousWeight = weight;
        }
        return features;
    }

    private static float Weight(string token) =>
        token is "#" or "@" or "色" ? SlotWeight : FaqLexicon.AskingTokens.Contains(token) ? AskingWeight : 1f;

    /// <summary>FNV-1a, 64 bit: stable across runs, unlike string.GetHashCode.</summary>
    private static ulong Hash(string token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
