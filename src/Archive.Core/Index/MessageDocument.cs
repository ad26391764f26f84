using System.Globalization;
using Archive.Analysis;
using Archive.Annotations;
using Archive.Evidence;
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
    public const string Conversation = "conversation";
    public const string Buyer = "buyer";
    public const string Shop = "shop";
    public const string Sender = "sender";
    public const string Agent = "agent";
    public const string Item = "item";
    public const string Order = "order";
    public const string SentAt = "sentAt";          // original ISO-8601 with its offset, stored
    public const string SentAtMs = "sentAtMs";      // UTC epoch ms, doc values: sorting and time ranges
    public const string Sequence = "seq";           // unique per indexed message: ingest order, and the tie-break of every sort
    public const string IngestedAt = "ingestedAt";
    public const string Text = "text";
    public const string Key = "key";                // messageId + version: the unit of upsert (a new version never replaces the original)
    public const string Version = "version";
    public const string ChainIndex = "chainIndex";
    public const string ChainHash = "chainHash";
    public const string Batch = "batch";
    public const string SourceKind = "sourceKind";
    public const string SourceName = "sourceName";
    public const string SourceSha256 = "sourceSha256";

    // Column copies for passes over every message (FAQ mining): doc values read in microseconds where stored fields
    // cost a block decompression per document.
    public const string ConversationColumn = "conversationDv";
    public const string BuyerColumn = "buyerDv";
    public const string SenderColumn = "senderDv";
    public const string TextColumn = "textDv";

    /// <summary>Doc values hold at most 32,766 bytes a value; mining needs far less of a message.</summary>
    public const int MaxColumnTextBytes = 16_000;

    // Recall only needs to know where a bigram occurs, not how often it weighs: no norms, no frequencies in scoring.
    private static readonly FieldType RecallFieldType = CreateFieldType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, omitNorms: true);

    // Ranking needs how often and how long, never where: phrases are matched on the recall field.
    private static readonly FieldType WordFieldType = CreateFieldType(IndexOptions.DOCS_AND_FREQS, omitNorms: false);

    public static Term IdTerm(string messageId) => new(Id, messageId);

    public static Term KeyTerm(string messageId, int version) =>
        new(Key, messageId + "#" + version.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The document for a message. Field objects are reused per thread (the Lucene indexing idiom): a new field
    /// costs a new token stream with its attributes, which was a fifth of the indexing time.
    /// </summary>
    public static Document Build(SealedMessage sealedMessage, MessageAnnotations annotations)
    {
        var doc = (_fields ??= new ReusableFields()).Fill(sealedMessage);
        AnnotationFields.Add(doc, annotations);
        return doc;
    }

    [ThreadStatic] private static ReusableFields? _fields;

    private sealed class ReusableFields
    {
        private readonly StringField _id = new(Id, "", Field.Store.YES);
        private readonly StringField _conversation = new(Conversation, "", Field.Store.YES);
        private readonly StringField _buyer = new(Buyer, "", Field.Store.YES);
        private readonly StringField _shop = new(Shop, "", Field.Store.YES);
        private readonly StringField _sender = new(Sender, "", Field.Store.YES);
        private readonly StringField _agent = new(Agent, "", Field.Store.YES);
        private readonly StringField _item = new(Item, "", Field.Store.YES);
        private readonly StringField _order = new(Order, "", Field.Store.YES);
        private readonly StoredField _sentAt = new(SentAt, "");
        private readonly NumericDocValuesField _sentAtMs = new(SentAtMs, 0L);
        private readonly NumericDocValuesField _sequence = new(Sequence, 0L);
        private readonly StoredField _ingestedAt = new(IngestedAt, 0L);
        private readonly StoredField _text = new(Text, "");
        private readonly Field _word = new(AnalysisFields.Word, "", WordFieldType);
        private readonly Field _recall = new(AnalysisFields.Recall, "", RecallFieldType);
        private readonly StringField _key = new(Key, "", Field.Store.NO);
        private readonly StoredField _version = new(Version, 0);
        private readonly StoredField _chainIndex = new(ChainIndex, 0L);
        private readonly StoredField _chainHash = new(ChainHash, new byte[MessageSeal.HashBytes]);
        private readonly StoredField _batch = new(Batch, 0L);
        private readonly StoredField _sourceKind = new(SourceKind, "");
        private readonly StoredField _sourceName = new(SourceName, "");
        private readonly StoredField _sourceSha256 = new(SourceSha256, "");
        private readonly SortedDocValuesField _conversationColumn = new(ConversationColumn, new BytesRef());
        private readonly SortedDocValuesField _buyerColumn = new(BuyerColumn, new BytesRef());
        private readonly SortedDocValuesField _senderColumn = new(SenderColumn, new BytesRef());
        // Sorted, not binary: Lucene.Net's binary doc-values writer measures its memory by reflection on every value.
        private readonly SortedDocValuesField _textColumn = new(TextColumn, new BytesRef());

        public Document Fill(SealedMessage s)
        {
            var m = s.Message;
            var f = s.Fields;
            _id.SetStringValue(m.MessageId);
            _conversation.SetStringValue(m.ConversationId);
            _buyer.SetStringValue(m.BuyerId);
            _shop.SetStringValue(m.ShopId);
            _sender.SetStringValue(m.Sender);
            _sentAt.SetStringValue(f.SentAt);
            _sentAtMs.SetInt64Value(m.SentAt.ToUnixTimeMilliseconds());
            _sequence.SetInt64Value(s.Sequence);
            _ingestedAt.SetInt64Value(Timestamps.Parse(f.IngestedAt).ToUnixTimeMilliseconds());
            _text.SetStringValue(m.Text);
            _word.SetStringValue(m.Text);
            _recall.SetStringValue(m.Text);
            _conversationColumn.SetBytesValue(new BytesRef(m.ConversationId));
            _buyerColumn.SetBytesValue(new BytesRef(m.BuyerId));
            _senderColumn.SetBytesValue(new BytesRef(m.Sender));
            _textColumn.SetBytesValue(ColumnText(m.Text));
            _version.SetInt32Value(f.Version);
            _chainIndex.SetInt64Value(s.ChainIndex);
            _chainHash.SetBytesValue(s.ChainHash);
            _batch.SetInt64Value(f.Batch);
            _sourceKind.SetStringValue(f.SourceKind);
            _sourceName.SetStringValue(f.SourceName);
            _sourceSha256.SetStringValue(f.SourceSha256);
            var doc = new Document
            {
                _id, _conversation, _buyer, _shop, _sender, _sentAt, _sentAtMs, _sequence,
                _ingestedAt, _text, _word, _recall,
                _version, _chainIndex, _chainHash, _batch, _sourceKind, _sourceName, _sourceSha256,
                _conversationColumn, _buyerColumn, _senderColumn, _textColumn,
            };
            // Only later versions need a key of their own: a first version is upserted by its id (ArchiveIndex.Write).
            if (f.Version > 1)
            {
                _key.SetStringValue(KeyTerm(m.MessageId, f.Version).Text);
                doc.Add(_key);
            }
            AddOptional(doc, _agent, m.AgentId);
            AddOptional(doc, _item, m.ItemId);
            AddOptional(doc, _order, m.OrderId);
            return doc;
        }

        private static void AddOptional(Document doc, StringField field, string? value)
        {
            if (value is null) return;
            field.SetStringValue(value);
            doc.Add(field);
        }
    }

    private static BytesRef ColumnText(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        if (bytes.Length <= MaxColumnTextBytes) return new BytesRef(bytes);
        var cut = MaxColumnTextBytes;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--; // never split a UTF-8 sequence
        return new BytesRef(bytes, 0, cut);
    }

    private static FieldType CreateFieldType(IndexOptions options, bool omitNorms)
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = omitNorms, IndexOptions = options };
        type.Freeze();
        return type;
    }

}
