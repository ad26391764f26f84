namespace Archive.Faq;

/// <summary>
/// Turns the answers agents gave to one question into quick-phrase seeds: answers worded alike are grouped with
/// the question grouper, each group is shown by its most used (then shortest) trimmed answer, ranked by use.
/// </summary>
internal sealed class ReplySuggester(double similarity)
{
    private static readonly string[] HoldingCues =
    [
        "稍等", "正在为您查询", "我帮您查", "我问一下", "有什么可以帮", "有什么问题我可以", "请问有什么", "很高兴为您服务", "欢迎光临",
        "在的亲", "在的,", "在的，", "为您服务", "人工客服",
    ];

    private static readonly HashSet<string> Bare = new(StringComparer.Ordinal) { "在的", "在呢", "您好", "你好", "亲", "在", "嗯", "好的", "亲亲", "您说" };

    private readonly QuestionNormalizer _normalizer = new();

    /// <summary>An agent message that holds the buyer or greets instead of answering; the answer comes later.</summary>
    public static bool IsHoldingOrGreeting(string trimmedReply)
    {
        var core = trimmedReply.Trim(' ', '~', '～', '!', '！', '。', ',', '，');
        // Too short to reuse once the fill-in slots are taken out ("是的", "【数字】").
        if (core.Replace("【数字】", "").Replace("【金额】", "").Replace("【日期】", "").Replace("【时间】", "").Length < 4 || Bare.Contains(core)) return true;
        if (core.Length > 30) return false;
        foreach (var cue in HoldingCues) if (core.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    public IReadOnlyList<SuggestedReply> Suggest(List<(int Reply, int Uses)> uses, FaqCollection collected, int max)
    {
        if (uses.Count == 0 || max <= 0) return [];
        var keys = new List<string>(uses.Count);
        var weights = new List<int>(uses.Count);
        foreach (var (reply, count) in uses)
        {
            var key = _normalizer.Normalize(collected.Replies[reply]).Key;
            keys.Add(key.Length > 0 ? key : collected.Replies[reply]);
            weights.Add(count);
        }
        var groupOf = new QuestionGrouper(similarity).Group(keys, weights);
        var groups = new Dictionary<int, (int Uses, int Best)>();
        for (var i = 0; i < uses.Count; i++)
        {
            // uses is sorted by count, then shorter text: the first reply met in a group is its best wording.
            var g = groupOf[i];
            groups[g] = groups.TryGetValue(g, out var current) ? (current.Uses + uses[i].Uses, current.Best) : (uses[i].Uses, uses[i].Reply);
        }
        return groups.Values
            .OrderByDescending(g => g.Uses)
            .ThenBy(g => collected.Replies[g.Best], Comparer<string>.Create(FaqGroupStats.Compare))
            .Take(max)
            .Select(g => new SuggestedReply(collected.Replies[g.Best], g.Uses))
            .ToList();
    }
}
