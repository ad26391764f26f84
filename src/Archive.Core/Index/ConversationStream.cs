using Archive.Messages;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>
/// Every message of a shop (or all shops) in a time window, conversation by conversation and in order within each,
/// for mining. Stored fields are read once per message in index order; the window is tested on the sentAt doc
/// values first, so messages outside it cost nothing.
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
        // Decompressing stored fields is the cost of a pass; segments are read in parallel, each in document order.
        var perLeaf = new List<(long Ms, int Doc, ChatMessage Message)>[leaves.Count];
        Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            l => perLeaf[l] = ReadLeaf(leaves[l].AtomicReader, shopId, fromMs, toMs));

        var records = new List<(int Conversation, long Ms, int Order, ChatMessage Message)>(perLeaf.Sum(p => p.Count));
        var conversations = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in perLeaf)
        {
            foreach (var (ms, _, m) in leaf)
            {
                if (!conversations.TryGetValue(m.ConversationId, out var ordinal))
                    conversations[m.ConversationId] = ordinal = conversations.Count;
                records.Add((ordinal, ms, records.Count, m));
            }
        }
        records.Sort((a, b) => a.Conversation != b.Conversation ? a.Conversation.CompareTo(b.Conversation)
            : a.Ms != b.Ms ? a.Ms.CompareTo(b.Ms) : a.Order.CompareTo(b.Order));
        foreach (var r in records) yield return r.Message;
    }

    private static List<(long Ms, int Doc, ChatMessage Message)> ReadLeaf(AtomicReader reader, string? shopId, long fromMs, long toMs)
    {
        var found = new List<(long, int, ChatMessage)>();
        var sentAt = reader.GetNumericDocValues(MessageDocument.SentAtMs);
        var shopDocs = shopId is null ? null : ShopDocs(reader, shopId);
        if (shopId is not null && shopDocs is null) return found;
        var live = reader.LiveDocs;
        var columns = Columns.Open(reader, shopId);
        var visitor = columns is null ? new MessageVisitor() : null;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            if (shopDocs is not null && !shopDocs.Contains(doc)) continue;
            var ms = sentAt?.Get(doc) ?? 0;
            if (ms < fromMs || ms > toMs) continue;
            if (columns is not null)
            {
                found.Add((ms, doc, columns.Message(doc, ms)));
                continue;
            }
            visitor!.Clear();
            reader.Document(doc, visitor);
            found.Add((ms, doc, visitor.ToMessage()));
        }
        return found;
    }

    /// <summary>
    /// The doc-value columns of a segment (absent in segments written before they existed, which are then read from
    /// stored fields). Ids repeat across a conversation's messages, so each ordinal is decoded once.
    /// </summary>
    private sealed class Columns
    {
        private readonly SortedDocValues _conversation, _buyer, _sender;
        private readonly SortedDocValues _text;
        private readonly Dictionary<int, string>[] _decoded = [new(), new(), new()];
        private readonly string _shop;
        private readonly Lucene.Net.Util.BytesRef _bytes = new();

        private Columns(SortedDocValues conversation, SortedDocValues buyer, SortedDocValues sender, SortedDocValues text, string shop) =>
            (_conversation, _buyer, _sender, _text, _shop) = (conversation, buyer, sender, text, shop);

        /// <summary>The shop is not a column: mining asks for one shop (then it is known) or for all (then it is not used).</summary>
        public static Columns? Open(AtomicReader reader, string? shopId) =>
            reader.GetSortedDocValues(MessageDocument.ConversationColumn) is { } c
            && reader.GetSortedDocValues(MessageDocument.BuyerColumn) is { } b
            && reader.GetSortedDocValues(MessageDocument.SenderColumn) is { } se
            && reader.GetSortedDocValues(MessageDocument.TextColumn) is { } t
                ? new Columns(c, b, se, t, shopId ?? "")
                : null;

        public ChatMessage Message(int doc, long ms)
        {
            _text.Get(doc, _bytes);
            var text = _bytes.Utf8ToString(); // before the ids are decoded into the same buffer
            return new ChatMessage
            {
                MessageId = "", // not needed for mining; not kept in a column
                ConversationId = Decode(0, _conversation, doc),
                BuyerId = Decode(1, _buyer, doc),
                ShopId = _shop,
                Sender = Decode(2, _sender, doc),
                SentAt = DateTimeOffset.FromUnixTimeMilliseconds(ms),
                Text = text,
            };
        }

        private string Decode(int column, SortedDocValues values, int doc)
        {
            var ord = values.GetOrd(doc);
            if (_decoded[column].TryGetValue(ord, out var s)) return s;
            values.LookupOrd(ord, _bytes);
            return _decoded[column][ord] = _bytes.Utf8ToString();
        }
    }

    private sealed class MessageVisitor : StoredFieldVisitor
    {
        private readonly Dictionary<string, string> _values = new(8, StringComparer.Ordinal);

        public void Clear() => _values.Clear();

        public override Status NeedsField(FieldInfo fieldInfo) => MessageFields.Contains(fieldInfo.Name) ? Status.YES : Status.NO;

        public override void StringField(FieldInfo fieldInfo, string value) => _values[fieldInfo.Name] = value;

        public ChatMessage ToMessage() => new()
        {
            MessageId = _values[MessageDocument.Id],
            ConversationId = _values[MessageDocument.Conversation],
            BuyerId = _values[MessageDocument.Buyer],
            ShopId = _values[MessageDocument.Shop],
            Sender = _values[MessageDocument.Sender],
            AgentId = _values.GetValueOrDefault(MessageDocument.Agent),
            SentAt = Archive.Evidence.Timestamps.Parse(_values[MessageDocument.SentAt]),
            Text = _values[MessageDocument.Text],
        };
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
