using System.Text;
using Archive.Faq;

namespace Archive.Tools.Faq;

/// <summary>One ATEC/AFQMC pair: two questions and whether they mean the same (1) or not (0).</summary>
public sealed record AtecPair(string First, string Second, bool Same);

/// <summary>
/// Scores the grouper's "same group" decision on ATEC question pairs. Every question of the file is normalized
/// as the miner does, all distinct keys are grouped in one run at <see cref="QuestionGrouper.DefaultThreshold"/> (as if
/// the file were a month of buyer questions), and a pair is predicted "same" when both land in one group. The
/// pairwise cosine at the same threshold is scored too, since the clustering's decision also depends on the rest.
/// </summary>
public static class AtecEvaluation
{
    public sealed record Result(PairScore Grouped, PairScore Pairwise, int Pairs, int DistinctKeys, int Groups, TimeSpan Elapsed,
        IReadOnlyList<(double Score, bool Same)> MinerSimilarities);

    /// <summary>Lines "id \t question \t question \t label", UTF-8 with or without BOM.</summary>
    public static List<AtecPair> Read(string path)
    {
        var pairs = new List<AtecPair>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var fields = line.TrimStart('\uFEFF').Split('\t');
            if (fields.Length < 4 || fields[3].Trim() is not ("0" or "1")) continue;
            pairs.Add(new AtecPair(fields[1], fields[2], fields[3].Trim() == "1"));
        }
        return pairs;
    }

    public static Result Score(IReadOnlyList<AtecPair> pairs, double threshold = QuestionGrouper.DefaultThreshold)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var normalizer = new QuestionNormalizer();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var weights = new List<int>();
        var keyOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        int KeyOf(string text)
        {
            if (keyOfText.TryGetValue(text, out var id)) return id;
            var key = normalizer.Normalize(text).Key;
            if (key.Length == 0) key = text;   // nothing left: the text stands for itself
            if (!keyIds.TryGetValue(key, out id))
            {
                id = keys.Count;
                keyIds.Add(key, id);
                keys.Add(key);
                weights.Add(0);
            }
            weights[id]++;
            keyOfText[text] = id;
            return id;
        }

        var ids = pairs.Select(p => (A: KeyOf(p.First), B: KeyOf(p.Second))).ToList();
        var groupOf = new QuestionGrouper(threshold).Group(keys, weights);
        var grouped = PairScore.Of(pairs.Select((p, i) => (p.Same, groupOf[ids[i].A] == groupOf[ids[i].B])));
        var similarity = QuestionGrouper.SimilarityOver(keys);
        var similarities = pairs.Select((p, i) => (Score: ids[i].A == ids[i].B ? 1.0 : similarity(keys[ids[i].A], keys[ids[i].B]), p.Same)).ToList();
        var pairwise = PairScore.Of(similarities.Select(s => (s.Same, s.Score >= threshold)));
        return new Result(grouped, pairwise, pairs.Count, keys.Count, groupOf.Length == 0 ? 0 : groupOf.Max() + 1, clock.Elapsed, similarities);
    }
}
