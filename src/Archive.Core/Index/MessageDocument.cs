using System.Globalization;
using Archive.Analysis;
using Archive.Messages;
using Archive.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Index;

/// <summary>How a message is laid out as a Lucene document, and read back.</summary>
internal static class MessageDocument
{
    public const string Id = "id";
    public const string IdSort = "id_sort";
    public const string Conversation = "conversation";
    public const string ConversationSort = "conversation_sort";
    public const string Buyer = "buyer";
    public const string Shop = "shop";
    public const string Sender = "sender";
    public const string Agent = "agent";
    public const string Item = "item";
    public const string Order = "order";
    public const string SentAt = "sentAt";          // original ISO-8601 with its offset, stored
    public const string SentAtMs = "sentAtMs";      // UTC epoch ms: indexed for ranges, doc values for sorting
    public const string Sequence = "seq";           // ingest order, breaks ties between equal timestamps
    public const string IngestedAt = "ingestedAt";
    public const string Text = "text";

    // Recall only needs to know where a bigram occurs, not how often it weighs: no norms, no frequencies in scoring.
    private static readonly FieldType RecallFieldType = CreateRecallFieldType();

    public static Term IdTerm(string messageId) => new(Id, messageId);

    public static Document Build(ChatMessage m, long sequence, DateTimeOffset ingestedAt)
    {
        var sentAtMs = m.SentAt.ToUnixTimeMilliseconds();
        var doc = new Document
        {
            new StringField(Id, m.MessageId, Field.Store.YES),
            new SortedDocValuesField(IdSort, new BytesRef(m.MessageId)),
            new StringField(Conversation, m.ConversationId, Field.Store.YES),
            new SortedDocValuesField(ConversationSort, new BytesRef(m.ConversationId)),
            new StringField(Buyer, m.BuyerId, Field.Store.YES),
            new StringField(Shop, m.ShopId, Field.Store.YES),
            new StringField(Sender, m.Sender, Field.Store.YES),
            new StoredField(SentAt, m.SentAt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            new Int64Field(SentAtMs, sentAtMs, Field.Store.NO),
            new NumericDocValuesField(SentAtMs, sentAtMs),
            new NumericDocValuesField(Sequence, sequence),
            new StoredField(IngestedAt, ingestedAt.ToUnixTimeMilliseconds()),
            new StoredField(Text, m.Text),
            new TextField(AnalysisFields.Word, m.Text, Field.Store.NO),
            new Field(AnalysisFields.Recall, m.Text, RecallFieldType),
        };
        if (m.AgentId is not null) doc.Add(new StringField(Agent, m.AgentId, Field.Store.YES));
        if (m.ItemId is not null) doc.Add(new StringField(Item, m.ItemId, Field.Store.YES));
        if (m.OrderId is not null) doc.Add(new StringField(Order, m.OrderId, Field.Store.YES));
        return doc;
    }

    public static StoredMessage Read(Document doc) => new()
    {
        MessageId = doc.Get(Id),
        ConversationId = doc.Get(Conversation),
        BuyerId = doc.Get(Buyer),
        ShopId = doc.Get(Shop),
        Sender = doc.Get(Sender),
        SentAt = DateTimeOffset.Parse(doc.Get(SentAt), CultureInfo.InvariantCulture),
        Text = doc.Get(Text),
        AgentId = doc.Get(Agent),
        ItemId = doc.Get(Item),
        OrderId = doc.Get(Order),
        IngestedAt = DateTimeOffset.FromUnixTimeMilliseconds(doc.GetField(IngestedAt)?.GetInt64Value() ?? 0),
    };

    private static FieldType CreateRecallFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }
}
