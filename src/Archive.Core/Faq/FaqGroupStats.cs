namespace Archive.Faq;

/// <summary>
/// Per-group counts (distinct conversations and buyers, never raw messages) and the readable parts of a group:
/// its representative wording, examples and category, all chosen by frequency with ordinal tie-breaks.
/// </summary>
internal sealed class FaqGroupStats
{
    private readonly List<int>[] _members;
    private readonly List<(int Display, int Count)>[] _displaysOfKey;

    private FaqGroupStats(int groups, int keys)
    {
        Conversations = new int[groups];
        PreviousConversations = new int[groups];
        Buyers = new int[groups];
        Messages = new int[groups];
        _members = new List<int>[groups];
        for (var g = 0; g < groups; g++) _members[g] = [];
        _displaysOfKey = new List<(int, int)>[keys];
        for (var k = 0; k < keys; k++) _displaysOfKey[k] = [];
    }

    public int[] Conversations { get; }
    public int[] PreviousConversations { get; }
    public int[] Buyers { get; }
    public int[] Messages { get; }
    private int[] _groupOf = [];

    public static FaqGroupStats Count(FaqCollection collected, int[] groupOf)
    {
        var groups = groupOf.Length == 0 ? 0 : groupOf.Max() + 1;
        var stats = new FaqGroupStats(groups, collected.Keys.Count) { _groupOf = groupOf };
        for (var k = 0; k < groupOf.Length; k++) stats._members[groupOf[k]].Add(k);

        var conversations = new HashSet<long>();
        var previous = new HashSet<long>();
        var buyers = new HashSet<long>();
        var displays = new Dictionary<long, int>();
        foreach (var o in collected.Occurrences)
        {
            var g = groupOf[o.Key];
            if (o.Current)
            {
                stats.Messages[g]++;
                if (conversations.Add(Pair(g, o.Conversation))) stats.Conversations[g]++;
                if (buyers.Add(Pair(g, o.Buyer))) stats.Buyers[g]++;
            }
            else if (previous.Add(Pair(g, o.Conversation))) stats.PreviousConversations[g]++;
            var pair = Pair(o.Key, o.Display);
            displays[pair] = displays.GetValueOrDefault(pair) + 1;
        }
        foreach (var (pair, count) in displays) stats._displaysOfKey[(int)(pair >> 32)].Add(((int)(pair & 0xFFFFFFFF), count));
        foreach (var list in stats._displaysOfKey)
            list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : Compare(collected.Displays[a.Display], collected.Displays[b.Display]));
        foreach (var members in stats._members)
            members.Sort((a, b) => collected.KeyWeights[a] != collected.KeyWeights[b] ? collected.KeyWeights[b].CompareTo(collected.KeyWeights[a]) : string.CompareOrdinal(collected.Keys[a], collected.Keys[b]));
        return stats;
    }

    /// <summary>Groups, most conversations first; then most messages; then creation order (most frequent key first).</summary>
    public IEnumerable<int> ByConversations()
    {
        var order = Enumerable.Range(0, Conversations.Length).ToArray();
        Array.Sort(order, (a, b) => Conversations[a] != Conversations[b] ? Conversations[b].CompareTo(Conversations[a])
            : Messages[a] != Messages[b] ? Messages[b].CompareTo(Messages[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>
    /// The most frequent wording of the group's most frequent key: typical, not longest. But when that wording does
    /// not ask (退货, 我要退款: a bare topic or a request) and another key of the group, asked at least a third as often,
    /// names an asking word (能 退货), that key's most frequent wording (能退货吗): a quick phrase answers a question,
    /// and a manager should see which. Not another wording of the bare key: 退回了吗 asks something else again.
    /// </summary>
    public string Representative(int group, FaqCollection collected)
    {
        var members = _members[group];
        var top = TopDisplay(members[0], collected);
        if (Asks(top)) return top;
        var floor = collected.KeyWeights[members[0]] / 3.0;
        for (var m = 1; m < members.Count && collected.KeyWeights[members[m]] >= floor; m++)
        {
            var key = members[m];
            if (!collected.Keys[key].Split(' ').Any(FaqLexicon.AskingTokens.Contains)) continue;
            var display = TopDisplay(key, collected);
            if (Asks(display)) return display;
        }
        return top;
    }

    private const string AskingEnds = "吗么嘛呢?？";
    private static readonly string[] AskingWords = ["能", "可以", "可不可以", "怎么", "如何", "什么", "啥", "多少", "哪", "几", "是否", "有没有", "会不会"];

    /// <summary>Whether a wording reads as a question: a question mark or final particle, or an asking word.</summary>
    internal static bool Asks(string display)
    {
        var text = display.AsSpan().TrimEnd(" .。!！~～,，啊呀哈哦");
        if (text.Length == 0) return false;
        if (AskingEnds.Contains(text[^1]) || text.Contains('?') || text.Contains('？')) return true;
        foreach (var word in AskingWords) if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    public IReadOnlyList<string> Examples(int group, FaqCollection collected, int max)
    {
        var representative = Representative(group, collected);
        var examples = new List<string>();
        // One wording per distinct key first (most frequent keys first), so examples show the variety.
        for (var round = 0; round < 3 && examples.Count < max; round++)
            foreach (var key in _members[group])
            {
                if (examples.Count >= max) break;
                var displays = _displaysOfKey[key];
                if (round >= displays.Count) continue;
                var text = collected.Displays[displays[round].Display];
                if (text != representative && !examples.Contains(text)) examples.Add(text);
            }
        return examples;
    }

    /// <summary>Whether the group's most asked key names no subject (什么意思, 如何处理, 可以改吗): nothing to answer once for all.</summary>
    public bool IsVague(int group, FaqCollection collected) => IsVagueKey(collected.Keys[_members[group][0]]);

    /// <summary>Whether a key, asking words and slots taken out, names nothing (<see cref="FaqLexicon.VagueRemainders"/>).</summary>
    public static bool IsVagueKey(string key)
    {
        var remainder = string.Concat(key.Split(' ')
            .Where(t => t is not ("#" or "@" or "色") && !FaqLexicon.AskingTokens.Contains(t) && !FaqLexicon.ContextTokens.Contains(t)));
        return FaqLexicon.VagueRemainders.Contains(remainder);
    }

    /// <summary>Category by the members' votes, weighted by how often each wording was asked (top 30 keys).</summary>
    public string CategoryOf(int group, FaqCollection collected)
    {
        var votes = new int[QuestionCategories.All.Count];
        foreach (var key in _members[group].Take(30))
        {
            var category = QuestionCategories.Classify(collected.Keys[key], TopDisplay(key, collected));
            votes[IndexOf(category)] += collected.KeyWeights[key];
        }
        var best = 0;
        for (var i = 1; i < votes.Length; i++) if (votes[i] > votes[best]) best = i;
        return QuestionCategories.All[best];
    }

    /// <summary>Replies that followed the group's questions in the current period: reply id → distinct conversations.</summary>
    public List<(int Reply, int Uses)> ReplyUses(int group, FaqCollection collected)
    {
        var seen = new HashSet<long>();
        var uses = new Dictionary<int, int>();
        foreach (var o in collected.Occurrences)
        {
            if (!o.Current || o.Reply < 0 || _groupOf[o.Key] != group || !seen.Add(Pair(o.Reply, o.Conversation))) continue;
            uses[o.Reply] = uses.GetValueOrDefault(o.Reply) + 1;
        }
        var list = uses.Select(p => (p.Key, p.Value)).ToList();
        list.Sort((a, b) => a.Item2 != b.Item2 ? b.Item2.CompareTo(a.Item2) : Compare(collected.Replies[a.Item1], collected.Replies[b.Item1]));
        return list;
    }

    private string TopDisplay(int key, FaqCollection collected) =>
        _displaysOfKey[key].Count > 0 ? collected.Displays[_displaysOfKey[key][0].Display] : collected.Keys[key];

    private static int IndexOf(string category)
    {
        for (var i = 0; i < QuestionCategories.All.Count; i++) if (QuestionCategories.All[i] == category) return i;
        return QuestionCategories.All.Count - 1;
    }

    /// <summary>Shorter first, then ordinal: the tie-break for equally frequent texts.</summary>
    internal static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;
}
