namespace Archive.Faq;

/// <summary>
/// Groups normalized question keys (<see cref="NormalizedQuestion.Key"/>) that ask the same thing. Each key becomes a
/// TF-IDF vector of its token unigrams and bigrams (tokens are words after synonym folding, or single characters),
/// IDF taken over the distinct keys being grouped; cosine similarity decides. Clustering is a single pass over
/// the keys, most frequent first: a key joins the group whose exemplars (its first, most frequent wording plus up
/// to <see cref="MaxExemplars"/> - 1 distinct variants) it is most similar to, at or above
/// <see cref="Threshold"/>, if it is also at least <see cref="LeaderFloor"/> alike the group's first wording (no
/// chaining through variants), and otherwise starts a group; a vague key (names no subject) always starts its own.
/// Candidates come from an inverted index probed only with
/// the key's heaviest (rarest) features, which is exact for cosine (prefix filtering), so the cost grows with the
/// keys' rare overlaps, not with the square of their number. A second pass then merges heavy groups whose average
/// linkage reaches <see cref="MergeThreshold"/> (one question the first pass split over wordings; see
/// MergeAlikeGroups). Deterministic: the order is by weight, then ordinal key.
/// </summary>
public sealed class QuestionGrouper(double threshold = QuestionGrouper.DefaultThreshold)
{
    /// <summary>The one threshold the miner, the tests and the evaluation all use.</summary>
    public const double DefaultThreshold = 0.5;

    public const int MaxExemplars = 4;

    private const int MaxProbesPerFeature = 256;

    /// <summary>
    /// Second pass: two groups whose average linkage (the mean similarity of their keys' vectors, weighted by the
    /// keys' counts) is at least this merge.
    /// </summary>
    public const double MergeThreshold = 0.42;

    /// <summary>The second pass looks at the heaviest groups only (weight ≥ 2), at most this many.</summary>
    private const int MaxMergeGroups = 4096;

    /// <summary>A group's mean vector keeps its heaviest features only, at most this many.</summary>
    private const int MaxCentroidFeatures = 32;

    /// <summary>A key joins a group only if it is at least this alike the group's first key, whatever variant it matched.</summary>
    private const double LeaderFloor = 0.3;

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
        var vectors = new KeyVector[keys.Count];
        var leaders = new List<int>();
        foreach (var k in order)
        {
            var vector = vectors[k] = space.Vector(k);
            // A wording that names no subject (可以改吗: change what?) cannot be counted for any one question, nor
            // lead one: it stays a group of its own, which the report leaves out as vague.
            if (FaqGroupStats.IsVagueKey(keys[k]))
            {
                groupOf[k] = exemplarsPerGroup.Count;
                exemplarsPerGroup.Add(MaxExemplars);
                leaders.Add(k);
                continue;
            }
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

            // Drift guard: a key that reached a group only through a variant, far from what the group first asked
            // (付款什么时候发货 → 付款什么时候退 → 什么时候退), starts a group of its own; the second pass may still merge it.
            if (bestGroup >= 0 && bestScore >= Threshold - 1e-6 && vector.Similarity(vectors[leaders[bestGroup]]) >= LeaderFloor - 1e-6)
            {
                groupOf[k] = bestGroup;
                if (bestScore < ExemplarNovelty && exemplarsPerGroup[bestGroup] < MaxExemplars) AddExemplar(bestGroup, vector);
                continue;
            }
            groupOf[k] = exemplarsPerGroup.Count;
            exemplarsPerGroup.Add(0);
            leaders.Add(k);
            AddExemplar(groupOf[k], vector);
        }
        return MergeAlikeGroups(groupOf, leaders, keys, vectors, weights);

        void AddExemplar(int group, KeyVector vector)
        {
            var exemplar = exemplars.Count;
            exemplars.Add((group, vector));
            exemplarsPerGroup[group]++;
            foreach (var feature in vector.Features) (postings[feature] ??= []).Add(exemplar);
        }
    }

    /// <summary>
    /// The second pass, which re-joins one question the single pass split over groups worded apart (发货后几天到 /
    /// 快递几天能到): each group's mean vector (its keys' vectors averaged by weight, cut to its
    /// <see cref="MaxCentroidFeatures"/> heaviest features, not renormalized, so the dot product of two is their
    /// average linkage and a diffuse group scores low) is compared with those of the heavier groups; a group joins the
    /// heavier group it is most alike at or above <see cref="MergeThreshold"/>, of the same question type (the type is
    /// that of the group's first key; different types never merge here), lowered as in the first pass when the first
    /// keys differ in key terms. Groups of a vague first key take no part. Only groups of weight ≥ 2, at most
    /// <see cref="MaxMergeGroups"/>, heaviest first; a group that joined another takes none in, so merges do not chain.
    /// Deterministic. Groups are then renumbered in order of creation, so group 0 still holds the most frequent key.
    /// </summary>
    private int[] MergeAlikeGroups(int[] groupOf, List<int> leaders, IReadOnlyList<string> keys, KeyVector[] vectors, IReadOnlyList<int> weights)
    {
        var groupCount = leaders.Count;
        var total = new long[groupCount];
        for (var k = 0; k < groupOf.Length; k++) total[groupOf[k]] += Math.Max(weights[k], 0);
        var candidates = new List<int>();
        for (var g = 0; g < groupCount; g++) if (total[g] >= 2 && !FaqGroupStats.IsVagueKey(keys[leaders[g]])) candidates.Add(g);
        if (candidates.Count < 2) return groupOf;
        candidates.Sort((a, b) => total[b] != total[a] ? total[b].CompareTo(total[a]) : a.CompareTo(b));
        if (candidates.Count > MaxMergeGroups) candidates.RemoveRange(MaxMergeGroups, candidates.Count - MaxMergeGroups);
        var rankOf = new int[groupCount];
        Array.Fill(rankOf, -1);
        for (var r = 0; r < candidates.Count; r++) rankOf[candidates[r]] = r;

        var sums = new Dictionary<int, double>?[candidates.Count];
        for (var k = 0; k < groupOf.Length; k++)
        {
            var r = rankOf[groupOf[k]];
            if (r < 0 || weights[k] <= 0) continue;
            var sum = sums[r] ??= [];
            var v = vectors[k];
            for (var i = 0; i < v.Features.Length; i++)
                sum[v.Features[i]] = sum.GetValueOrDefault(v.Features[i]) + (double)weights[k] * v.Weights[i];
        }
        var means = new KeyVector[candidates.Count];
        for (var r = 0; r < candidates.Count; r++)
        {
            var top = (sums[r] ?? []).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxCentroidFeatures).OrderBy(p => p.Key).ToArray();
            var weight = (double)total[candidates[r]];
            means[r] = new KeyVector(Array.ConvertAll(top, p => p.Key), Array.ConvertAll(top, p => (float)(p.Value / weight)), vectors[leaders[candidates[r]]].Type, vectors[leaders[candidates[r]]].Terms);
        }

        var parent = new int[groupCount];
        for (var g = 0; g < groupCount; g++) parent[g] = g;
        var postings = new Dictionary<int, List<(int Rank, float Weight)>>();
        var scores = new double[candidates.Count];
        var touched = new List<int>();
        for (var r = 0; r < candidates.Count; r++)
        {
            var mean = means[r];
            touched.Clear();
            for (var i = 0; i < mean.Features.Length; i++)
            {
                if (!postings.TryGetValue(mean.Features[i] * 8 + mean.Type, out var list)) continue;
                foreach (var (h, w) in list)
                {
                    if (scores[h] == 0) touched.Add(h);
                    scores[h] += w * mean.Weights[i];
                }
            }
            var best = -1;
            var bestScore = 0.0;
            foreach (var h in touched)
            {
                var score = scores[h] * (means[h].Terms == mean.Terms ? 1 : KeyVector.KeyTermMismatch);
                scores[h] = 0;
                if (score > bestScore || (score == bestScore && h < best)) (best, bestScore) = (h, score);
            }
            if (best >= 0 && bestScore >= MergeThreshold - 1e-6)
            {
                parent[candidates[r]] = candidates[best];
                continue;
            }
            // Postings are per question type (feature id × 8 + type), so only groups of the same type are ever scored.
            for (var i = 0; i < mean.Features.Length; i++)
            {
                var key = mean.Features[i] * 8 + mean.Type;
                (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add((r, mean.Weights[i]));
            }
        }

        var label = new int[groupCount];
        Array.Fill(label, -1);
        var next = 0;
        for (var g = 0; g < groupCount; g++) if (label[parent[g]] < 0) label[parent[g]] = next++;
        for (var k = 0; k < groupOf.Length; k++) groupOf[k] = label[parent[groupOf[k]]];
        return groupOf;
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
