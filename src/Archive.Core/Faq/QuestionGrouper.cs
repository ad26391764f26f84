namespace Archive.Faq;

/// <summary>
/// Groups normalized question keys (<see cref="NormalizedQuestion.Key"/>) that ask the same thing. Each key becomes a
/// TF-IDF vector of its token unigrams and bigrams (tokens are words after synonym folding, or single characters),
/// IDF taken over the distinct keys being grouped; cosine similarity decides. Clustering is a single pass over
/// the keys, most frequent first: a key joins the group whose exemplars (its first, most frequent wording plus up
/// to <see cref="MaxExemplars"/> - 1 distinct variants) it is most similar to, at or above
/// <see cref="Threshold"/>, and otherwise starts a group. Candidates come from an inverted index probed only with
/// the key's heaviest (rarest) features, which is exact for cosine (prefix filtering), so the cost grows with the
/// keys' rare overlaps, not with the square of their number. Deterministic: the order is by weight, then
/// ordinal key.
/// </summary>
public sealed class QuestionGrouper(double threshold = QuestionGrouper.DefaultThreshold)
{
    /// <summary>The one threshold the miner, the tests and the evaluation all use.</summary>
    public const double DefaultThreshold = 0.5;

    public const int MaxExemplars = 4;

    private const int MaxProbesPerFeature = 256;

    /// <summary>A joining key this much alike its group adds nothing new: it does not become an exemplar.</summary>
    private const double ExemplarNovelty = 0.8;

    public double Threshold { get; } = threshold is > 0 and <= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold));

    /// <summary>
    /// The group of every key (indexes into <paramref name="keys"/>, groups numbered from 0 in order of creation, so
    /// group 0 holds the most frequent key). <paramref name="weights"/> are the keys' message counts.
    /// </summary>
    public int[] Group(IReadOnlyList<string> keys, IReadOnlyList<int> weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        if (keys.Count != weights.Count) throw new ArgumentException("one weight per key", nameof(weights));
        var space = KeyVectorSpace.Fit(keys);
        var order = new int[keys.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => weights[b] != weights[a] ? weights[b].CompareTo(weights[a]) : string.CompareOrdinal(keys[a], keys[b]));

        var groupOf = new int[keys.Count];
        var exemplars = new List<(int Group, KeyVector Vector)>();
        var exemplarsPerGroup = new List<int>();
        var postings = new List<int>?[space.FeatureCount];
        var seen = new HashSet<int>();
        var byWeight = new List<int>();
        foreach (var k in order)
        {
            var vector = space.Vector(k);
            // Prefix filter: an exemplar sharing none of the key's heaviest features, whose leftover weight has a
            // norm below the threshold, cannot reach the threshold; so only those features' postings are probed.
            byWeight.Clear();
            for (var f = 0; f < vector.Features.Length; f++) byWeight.Add(f);
            byWeight.Sort((a, b) => vector.Weights[b] != vector.Weights[a] ? vector.Weights[b].CompareTo(vector.Weights[a]) : a.CompareTo(b));
            var leftover = 1.0;
            seen.Clear();
            var bestGroup = -1;
            var bestScore = 0.0;
            foreach (var f in byWeight)
            {
                if (Math.Sqrt(Math.Max(leftover, 0)) < Threshold - 1e-6) break;
                leftover -= vector.Weights[f] * vector.Weights[f];
                if (postings[vector.Features[f]] is not { } list) continue;
                // A feature shared by very many exemplars is probed on its first (most frequent) ones only: this bounds
                // the cost on corpora where one word is in most questions (花呗 in ATEC), at a small risk of a miss.
                for (var p = 0; p < list.Count && p < MaxProbesPerFeature; p++)
                {
                    var exemplar = list[p];
                    if (!seen.Add(exemplar)) continue;
                    var (group, other) = exemplars[exemplar];
                    var score = vector.Similarity(other);
                    // Ties go to the older group, which is the more frequent one.
                    if (score > bestScore || (score == bestScore && group < bestGroup)) (bestGroup, bestScore) = (group, score);
                }
            }

            if (bestGroup >= 0 && bestScore >= Threshold - 1e-6)
            {
                groupOf[k] = bestGroup;
                if (bestScore < ExemplarNovelty && exemplarsPerGroup[bestGroup] < MaxExemplars) AddExemplar(bestGroup, vector);
                continue;
            }
            groupOf[k] = exemplarsPerGroup.Count;
            exemplarsPerGroup.Add(0);
            AddExemplar(groupOf[k], vector);
        }
        return groupOf;

        void AddExemplar(int group, KeyVector vector)
        {
            var exemplar = exemplars.Count;
            exemplars.Add((group, vector));
            exemplarsPerGroup[group]++;
            foreach (var feature in vector.Features) (postings[feature] ??= []).Add(exemplar);
        }
    }

    /// <summary>
    /// The cosine similarity the grouper compares with <see cref="Threshold"/>, IDF fitted once on
    /// <paramref name="corpus"/> (keys, which should include the ones compared).
    /// </summary>
    public static Func<string, string, double> SimilarityOver(IReadOnlyList<string> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var space = KeyVectorSpace.Fit(corpus);
        return space.Similarity;
    }
}
