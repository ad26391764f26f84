namespace Archive.Faq;

/// <summary>One buyer question as asked: ids into <see cref="FaqCollection"/>'s tables, and the answer it got (-1: none).</summary>
internal struct QuestionOccurrence
{
    public int Key;
    public int Display;
    public int Conversation;
    public int Buyer;
    public int Reply;
    public bool Current;
}

/// <summary>
/// Everything the miner's pass keeps: strings interned once into tables (distinct keys, displays, replies,
/// conversation and buyer ids), and one small struct per question asked. Memory grows with the distinct wordings,
/// not with the text of every message.
/// </summary>
internal sealed class FaqCollection
{
    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _displayIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _replyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _conversationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _buyerIds = new(StringComparer.Ordinal);

    public List<string> Keys { get; } = [];
    public List<int> KeyWeights { get; } = [];
    public List<string> Displays { get; } = [];
    public List<string> Replies { get; } = [];
    public List<QuestionOccurrence> Occurrences { get; } = [];
    /// <summary>Message id per occurrence, kept only when a <see cref="FaqTrace"/> asks for it.</summary>
    public List<string>? MessageIds { get; init; }
    public int BuyerMessages { get; set; }
    public int QuestionMessages { get; set; }

    public int ConversationIndex(string conversationId) => Intern(_conversationIds, null, conversationId);

    public int ReplyIndex(string reply) => Intern(_replyIds, Replies, reply);

    /// <summary>Records a question; returns its occurrence index.</summary>
    public int AddQuestion(NormalizedQuestion question, int conversation, string buyerId, bool current)
    {
        var key = Intern(_keyIds, Keys, question.Key);
        if (key == KeyWeights.Count) KeyWeights.Add(0);
        KeyWeights[key]++;
        Occurrences.Add(new QuestionOccurrence
        {
            Key = key,
            Display = Intern(_displayIds, Displays, question.Display),
            Conversation = conversation,
            Buyer = Intern(_buyerIds, null, buyerId),
            Reply = -1,
            Current = current,
        });
        return Occurrences.Count - 1;
    }

    public void SetReply(int occurrence, int reply)
    {
        var o = Occurrences[occurrence];
        o.Reply = reply;
        Occurrences[occurrence] = o;
    }

    private static int Intern(Dictionary<string, int> ids, List<string>? table, string value)
    {
        if (ids.TryGetValue(value, out var id)) return id;
        id = ids.Count;
        ids.Add(value, id);
        table?.Add(value);
        return id;
    }
}
