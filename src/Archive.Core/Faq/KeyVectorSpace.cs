namespace Archive.Faq;

/// <summary>
/// An L2-normalized sparse vector: dense feature ids and their weights; the question's type; and which
/// <see cref="FaqLexicon.KeyTerms"/> the key names (one bit each).
/// </summary>
internal readonly record struct KeyVector(int[] Features, float[] Weights, byte Type, int Terms = 0)
{
    /// <summary>
    /// Two questions wanting different kinds of answer (怎么退货 / 能退货吗: steps, or a policy) are this much less
    /// alike: low enough that they never reach the grouping threshold, as one quick phrase cannot answer both.
    /// </summary>
    public const double TypeMismatch = 0.3;

    /// <summary>One key names a key term the other lacks (会员有优惠吗 / 有优惠吗): a different question.</summary>
    public const double KeyTermMismatch = 0.6;

    /// <summary>Cosine, lowered when the types or key terms differ: never above the plain cosine, so prefix filtering stays exact.</summary>
    public double Similarity(KeyVector other) => Cosine(other) * Mismatch(other);

    /// <summary>The factor (≤ 1) by which a difference of type or of key terms lowers the similarity.</summary>
    public double Mismatch(KeyVector other) => (Type == other.Type ? 1 : TypeMismatch) * (Terms == other.Terms ? 1 : KeyTermMismatch);

    private double Cosine(KeyVector other)
    {
        double dot = 0;
        for (int i = 0, j = 0; i < Features.Length && j < other.Features.Length;)
        {
            if (Features[i] == other.Features[j]) dot += Weights[i++] * other.Weights[j++];
            else if (Features[i] < other.Features[j]) i++;
            else j++;
        }
        return dot;
    }
}

/// <summary>
/// TF-IDF vectors of question keys: unigrams and adjacent bigrams of the space-separated tokens, and the question's
/// type (how, when, why, amount, where or yes/no: 怎么退货 and 能退货吗 are different questions), which lowers the
/// similarity of two keys below any grouping threshold when it differs rather than being a feature (a shared "yes/no"
/// says nothing about the subject), and the key terms it names (<see cref="FaqLexicon.KeyTerms"/>), which lower it
/// when only one of two keys names one. Slot tokens
/// (# number, @ place, 色 colour) weigh little, 能/有/是 less than half, other asking and context words half, a bigram as
/// its lighter token (less between two whole words). IDF = ln(1 + N / df) over the distinct keys it was fitted on.
/// </summary>
internal sealed class KeyVectorSpace
{
    private const float SlotWeight = 0.3f;
    private const float AskingWeight = 0.5f;
    private const float BigramWeight = 1.0f;
    private const float WordBigramWeight = 0.4f;
    /// <summary>能/有/是 mark a yes/no question, which the type feature already says.</summary>
    private const float YesNoWeight = 0.3f;


    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<int> _df = [];
    private readonly List<(ulong Hash, float Weight)[]> _raw = [];
    private readonly List<byte> _types = [];
    private readonly List<int> _terms = [];
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
            space._types.Add(TypeOf(key));
            space._terms.Add(TermsOf(key));
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
    public KeyVector Vector(int index) => Build(_raw[index], _types[index], _terms[index]);

    public double Similarity(string a, string b) => Build(Features(a), TypeOf(a), TermsOf(a)).Similarity(Build(Features(b), TypeOf(b), TermsOf(b)));

    private KeyVector Build((ulong Hash, float Weight)[] raw, byte type, int terms)
    {
        var merged = new SortedDictionary<int, float>();
        foreach (var (hash, weight) in raw)
        {
            if (!_ids.TryGetValue(hash, out var id)) continue;   // unseen feature: no IDF, no overlap possible
            // Binary TF: saying 退货 twice (退货怎么退) asks no more about returns.
            merged[id] = Math.Max(merged.GetValueOrDefault(id), weight * _idf[id]);
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
        return new KeyVector(features, weights, type, terms);
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
            if (i > 0)
            {
                // Bigrams rebuild words split into characters (起|球, 划|算); two whole words side by side say little
                // more than the words themselves, so "能 包邮" and "包邮 能" stay close.
                var words = tokens[i - 1].Length > 1 && tokens[i].Length > 1;
                features[i * 2] = ((previous * 0x9E3779B97F4A7C15UL) ^ hash ^ 0xB16A11, (words ? WordBigramWeight : BigramWeight) * Math.Min(previousWeight, weight));
            }
            previous = hash;
            previousWeight = weight;
        }
        return features;
    }

    /// <summary>
    /// What kind of answer the question wants: how, when, why, an amount, a place; "yn" for yes/no questions (能包邮吗,
    /// 包邮吗, 有什么优惠). 怎么 before a negation or a complaint asks why (怎么还没发, 怎么用不了).
    /// </summary>
    internal static byte TypeOf(string key)
    {
        var tokens = key.Split(' ');
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!FaqLexicon.QuestionTypes.TryGetValue(tokens[i], out var type)) continue;
            if (type == "how" && i + 1 < tokens.Length && tokens[i + 1] is "没" or "不" or "坏" or "催") type = "why";
            return (byte)(Array.IndexOf(Types, type) + 1);
        }
        return 0;
    }

    /// <summary>Which <see cref="FaqLexicon.KeyTerms"/> the key names, one bit per term.</summary>
    internal static int TermsOf(string key)
    {
        var terms = 0;
        foreach (var token in key.Split(' '))
        {
            var bit = Array.IndexOf(FaqLexicon.KeyTerms, token);
            if (bit >= 0) terms |= 1 << bit;
        }
        return terms;
    }

    private static readonly string[] Types = ["how", "when", "why", "amount", "where"];

    private static float Weight(string token) =>
        token is "#" or "@" or "色" ? SlotWeight
        : token is "能" or "有" or "是" ? YesNoWeight
        : FaqLexicon.AskingTokens.Contains(token) || FaqLexicon.ContextTokens.Contains(token) ? AskingWeight : 1f;

    /// <summary>FNV-1a, 64 bit: stable across runs, unlike string.GetHashCode.</summary>
    private static ulong Hash(string token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
