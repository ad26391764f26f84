using Archive.Messages;
using Archive.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>Whole conversations out of the index: a transcript in order, and a buyer's conversations.</summary>
public sealed class ConversationReader(ArchiveIndex index)
{
    /// <summary>Upper bound on one transcript; a chat session of more messages than this is not a chat.</summary>
    public const int MaxTranscriptMessages = 50_000;

    private static readonly Sort TranscriptOrder = new(
        CachedInt64Sort.Field(MessageDocument.SentAtMs),
        CachedInt64Sort.Field(MessageDocument.Sequence));

    public ConversationTranscript? GetTranscript(string conversationId) =>
        index.Read(searcher =>
        {
            var query = new TermQuery(new Term(MessageDocument.Conversation, conversationId));
            var hits = searcher.SearchAll(query, MaxTranscriptMessages, TranscriptOrder);
            if (hits.Length == 0) return null;
            var messages = hits.Select(d => StoredMessageVisitor.Load(searcher.IndexReader, d.Doc, withProvenance: true).ToMessage()).ToList();
            return ToTranscript(conversationId, messages);
        });

    /// <summary>
    /// For each message: the buyer message it answered (the last buyer message before it in its conversation) and the
    /// <paramref name="after"/> messages that followed. Works on document numbers and loads only the messages it
    /// returns, so a buyer with many long conversations costs a few reads per message, not whole transcripts.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StoredMessage>> GetContexts(
        IReadOnlyCollection<(string ConversationId, string MessageId)> messages, int after) =>
        index.Read(searcher =>
        {
            var contexts = new Dictionary<string, IReadOnlyList<StoredMessage>>(StringComparer.Ordinal);
            var loaded = new Dictionary<int, StoredMessage>();
            StoredMessage Load(int doc) => loaded.TryGetValue(doc, out var m) ? m : loaded[doc] = StoredMessageVisitor.Load(searcher.IndexReader, doc, withProvenance: false).ToMessage();
            foreach (var conversation in messages.GroupBy(m => m.ConversationId, StringComparer.Ordinal))
            {
                var conversationQuery = new TermQuery(new Term(MessageDocument.Conversation, conversation.Key));
                var ordered = searcher.SearchAll(conversationQuery, MaxTranscriptMessages, TranscriptOrder)
                    .Select(d => d.Doc).ToList();
                var buyerDocs = searcher.SearchAll(new BooleanQuery
                {
                    { conversationQuery, Occur.MUST },
                    { new TermQuery(new Term(MessageDocument.Sender, Senders.Buyer)), Occur.MUST },
                }, MaxTranscriptMessages).Select(d => d.Doc).ToHashSet();
                foreach (var (_, messageId) in conversation)
                {
                    var hit = searcher.Search(new TermQuery(MessageDocument.IdTerm(messageId)), 1).ScoreDocs;
                    var at = hit.Length == 0 ? -1 : ordered.IndexOf(hit[0].Doc);
                    if (at < 0) continue;
                    var context = new List<StoredMessage>(after + 1);
                    for (var i = at - 1; i >= 0; i--)
                    {
                        if (!buyerDocs.Contains(ordered[i])) continue;
                        context.Add(Load(ordered[i]));
                        break;
                    }
                    context.AddRange(ordered.Skip(at + 1).Take(after).Select(Load));
                    contexts[messageId] = context;
                }
            }
            return contexts;
        });

    /// <summary>The buyer's conversations, newest first.</summary>
    public IReadOnlyList<ConversationSummary> GetBuyerConversations(string buyerId, int limit) =>
        index.Read(searcher =>
        {
            var query = new TermQuery(new Term(MessageDocument.Buyer, buyerId));
            var collector = new ConversationCollector();
            searcher.Search(query, collector);
            return collector.Summaries()
                .OrderByDescending(s => s.EndedAt)
                .ThenBy(s => s.ConversationId, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
        });

    private static ConversationTranscript ToTranscript(string conversationId, List<StoredMessage> messages)
    {
        var first = messages[0];
        var agents = messages.Where(m => m.AgentId is not null).Select(m => m.AgentId!).Distinct().ToList();
        var buyer = messages.FirstOrDefault(m => m.Sender == Senders.Buyer)?.BuyerId ?? first.BuyerId;
        return new ConversationTranscript(conversationId, first.ShopId, buyer, agents,
            messages.Min(m => m.SentAt), messages.Max(m => m.SentAt), messages);
    }

    /// <summary>Reads the stored fields it needs per hit; a buyer has hundreds of messages, not millions.</summary>
    private sealed class ConversationCollector : ICollector
    {
        private static readonly ISet<string> Fields = new HashSet<string>
        {
            MessageDocument.Conversation, MessageDocument.Shop, MessageDocument.Sender,
            MessageDocument.Agent, MessageDocument.SentAt,
        };

        private readonly Dictionary<string, Builder> _byConversation = new(StringComparer.Ordinal);
        private AtomicReader? _reader;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context) => _reader = context.AtomicReader;

        public void Collect(int doc)
        {
            var stored = _reader!.Document(doc, Fields);
            var id = stored.Get(MessageDocument.Conversation);
            if (!_byConversation.TryGetValue(id, out var b))
                _byConversation[id] = b = new Builder(id, stored.Get(MessageDocument.Shop));
            b.Add(stored.Get(MessageDocument.Sender), stored.Get(MessageDocument.Agent),
                DateTimeOffset.Parse(stored.Get(MessageDocument.SentAt), System.Globalization.CultureInfo.InvariantCulture));
        }

        public IEnumerable<ConversationSummary> Summaries() => _byConversation.Values.Select(b => b.Build());

        private sealed class Builder(string conversationId, string shopId)
        {
            private readonly SortedSet<string> _agents = new(StringComparer.Ordinal);
            private DateTimeOffset _start = DateTimeOffset.MaxValue;
            private DateTimeOffset _end = DateTimeOffset.MinValue;
            private int _messages, _buyer, _shop;

            public void Add(string sender, string? agentId, DateTimeOffset sentAt)
            {
                _messages++;
                if (sender == Senders.Buyer) _buyer++;
                else if (Senders.IsShopSide(sender)) _shop++;
                if (agentId is not null) _agents.Add(agentId);
                if (sentAt < _start) _start = sentAt;
                if (sentAt > _end) _end = sentAt;
            }

            public ConversationSummary Build() =>
                new(conversationId, shopId, _start, _end, _messages, _buyer, _shop, _agents.ToList());
        }
    }
}
