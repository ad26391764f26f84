using Archive.Messages;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>
/// Every message of a shop (or all shops) in a time window, conversation by conversation and in order within each,
/// for mining. The grouping comes from the conversation terms and the order from the sentAt doc values, so stored
/// fields are read once per message, only for the messages handed out.
/// </summary>
public sealed class ConversationStream(ArchiveIndex index)
{
    private static readonly ISet<string> MessageFields = new HashSet<string>
    {
        MessageDocument.Id, MessageDocument.Conversation, MessageDocument.Buyer, MessageDocument.Shop,
        MessageDocument.Sender, MessageDocument.Agent, MessageDocument.SentAt, MessageDocument.Text,
    };

    /// <summary>Runs <paramref name="consume"/> over the messages while the searcher is held; returns its result.</summary>
    public T Read<T>(string? shopId, DateTimeOffset? from, DateTimeOffset? to, Func<IEnumerable<ChatMessage>, T> consume) =>
        index.Read(searcher => consume(Messages(searcher, shopId, from?.ToUnixTimeMilliseconds() ?? long.MinValue, to?.ToUnixTimeMilliseconds() ?? long.MaxValue)));

    /// <summary>Distinct messages visible now: a cheap generation stamp for caches of mined results.</summary>
    public int VisibleMessages() => index.Read(searcher => searcher.IndexReader.NumDocs);

    private static IEnumerable<ChatMessage> Messages(IndexSearcher searcher, string? shopId, long fromMs, long toMs)
    {
        var leaves = searcher.IndexReader.Leaves;
        var byConversation = new Dictionary<string, List<(int Leaf, int Doc, long Ms)>>(StringComparer.Ordinal);
        for (var l = 0; l < leaves.Count; l++)
        {
            var reader = leaves[l].AtomicReader;
            var terms = reader.GetTerms(MessageDocument.Conversation);
            if (terms is null) continue;
            var sentAt = reader.GetNumericDocValues(MessageDocument.SentAtMs);
            var shopDocs = shopId is null ? null : ShopDocs(reader, shopId);
            if (shopId is not null && shopDocs is null) continue;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                List<(int, int, long)>? list = null;
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (shopDocs is not null && !shopDocs.Contains(doc)) continue;
                    var ms = sentAt?.Get(doc) ?? 0;
                    if (ms < fromMs || ms > toMs) continue;
                    if (list is null)
                    {
                        var id = termsEnum.Term.Utf8ToString();
                        if (!byConversation.TryGetValue(id, out list)) byConversation[id] = list = [];
                    }
                    list.Add((l, doc, ms));
                }
            }
        }
        foreach (var (_, docs) in byConversation.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            docs.Sort((a, b) => a.Ms != b.Ms ? a.Ms.CompareTo(b.Ms) : a.Leaf != b.Leaf ? a.Leaf.CompareTo(b.Leaf) : a.Doc.CompareTo(b.Doc));
            foreach (var (leaf, doc, _) in docs)
            {
                var stored = leaves[leaf].AtomicReader.Document(doc, MessageFields);
                yield return new ChatMessage
                {
                    MessageId = stored.Get(MessageDocument.Id),
                    ConversationId = stored.Get(MessageDocument.Conversation),
                    BuyerId = stored.Get(MessageDocument.Buyer),
                    ShopId = stored.Get(MessageDocument.Shop),
                    Sender = stored.Get(MessageDocument.Sender),
                    AgentId = stored.Get(MessageDocument.Agent),
                    SentAt = Archive.Evidence.Timestamps.Parse(stored.Get(MessageDocument.SentAt)),
                    Text = stored.Get(MessageDocument.Text),
                };
            }
        }
    }

    private static HashSet<int>? ShopDocs(AtomicReader reader, string shopId)
    {
        var docs = reader.GetTermDocsEnum(new Term(MessageDocument.Shop, shopId));
        if (docs is null) return null;
        var set = new HashSet<int>();
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) set.Add(doc);
        return set;
    }
}
