using System.Text;
using Archive.Analysis;
using Archive.Messages;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Tools.Bench;

/// <summary>
/// How small can a Lucene index that answers the contract be? Each part such an index cannot do without is written
/// alone, in the leanest layout Lucene 4.8 offers, into its own one-segment index, and measured against the UTF-8
/// size of the message texts: the fields a hit shows, the text it shows, the ids an upsert looks up, the terms the
/// filters and transcripts look up, a recall field with no frequencies and no positions (phrases would then be
/// checked against the text), the word field ranking needs and the columns sorting needs. An index that keeps no
/// message, pointing into a store of its own instead, is measured too, and so are the parts the archive keeps beyond
/// the floor (positions, the evidence chain, the mining columns).
/// Nothing here is the archive's layout: it is the floor under any layout.
/// </summary>
public static class IndexFloor
{
    /// <summary>Needed by any layout; the stored messages, or a pointer to them in a store of their own; or kept by the archive beyond the floor.</summary>
    public enum Role { Needed, Stored, Pointer, Beyond }

    public sealed record Part(string Thing, string Layout, long Bytes, Role Role);

    public sealed record Report(int Messages, long TextBytes, IReadOnlyList<Part> Parts)
    {
        /// <summary>The smallest way of keeping each thing an index that holds the messages needs (the leaner layout where two were tried).</summary>
        public long FloorBytes => Floor(Role.Stored);

        /// <summary>The same with the messages kept in a store of their own (the raw archive), the index holding a pointer to each.</summary>
        public long FloorWithoutMessagesBytes => Floor(Role.Pointer);

        private long Floor(Role messages) =>
            Parts.Where(p => p.Role == Role.Needed || p.Role == messages).GroupBy(p => p.Thing).Sum(g => g.Min(p => p.Bytes));
    }

    private const int DeflateChunkBytes = 1 << 16;

    public static Report Measure(IReadOnlyList<ChatMessage> messages, string workDir)
    {
        using var wordAnalyzer = new ChineseWordAnalyzer(DomainLexicon.BuiltIn);
        var textBytes = messages.Sum(m => (long)Encoding.UTF8.GetByteCount(m.Text));
        var offsets = StoreOffsets(messages);
        var parts = new List<Part>
        {
            Write(workDir, "the fields a hit shows", "stored, LZ4", messages, ShownFields, deflate: false, Role.Stored),
            Write(workDir, "the fields a hit shows", "stored, Deflate in 64 KB blocks", messages, ShownFields, deflate: true, Role.Stored),
            Write(workDir, "the text", "stored, LZ4", messages, StoredText, deflate: false, Role.Stored),
            Write(workDir, "the text", "stored, Deflate in 64 KB blocks", messages, StoredText, deflate: true, Role.Stored),
            Write(workDir, "message ids, for upsert by messageId", "documents only", messages, IdTerms, deflate: false, Role.Needed),
            Write(workDir, "filter terms (conversation, buyer, shop, sender, agent)", "documents only", messages, FilterTerms, deflate: false, Role.Needed),
            Write(workDir, "recall unigrams and bigrams", "documents only", messages, Recall(IndexOptions.DOCS_ONLY), deflate: false, Role.Needed),
            Write(workDir, "word field, for ranking", "frequencies and norms (the archive's)", messages, Words(wordAnalyzer), deflate: false, Role.Needed),
            Write(workDir, "time and sequence, for sorting", "numeric doc values", messages, SortColumns, deflate: false, Role.Needed),
            Write(workDir, "a pointer to the message in a store of its own", "numeric doc values (file and offset)", messages, (doc, _, i) => doc.Add(new NumericDocValuesField("at", offsets[i])), deflate: false, Role.Pointer),
            Write(workDir, "recall unigrams and bigrams", "with positions (the archive's)", messages, Recall(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS), deflate: false, Role.Beyond),
            Write(workDir, "evidence: each message's link in its conversation's hash chain", "32 bytes stored, LZ4", messages, ChainLinks, deflate: false, Role.Beyond),
            Write(workDir, "FAQ mining columns (conversation, buyer, sender, text)", "sorted doc values (the archive's)", messages, MiningColumns, deflate: false, Role.Beyond),
        };
        return new Report(messages.Count, textBytes, parts);
    }

    private static void ShownFields(Document doc, ChatMessage m, long sequence)
    {
        doc.Add(new StoredField("id", m.MessageId));
        doc.Add(new StoredField("conversation", m.ConversationId));
        doc.Add(new StoredField("buyer", m.BuyerId));
        doc.Add(new StoredField("shop", m.ShopId));
        doc.Add(new StoredField("sender", m.Sender));
        if (m.AgentId is not null) doc.Add(new StoredField("agent", m.AgentId));
        doc.Add(new StoredField("sentAt", m.SentAt.ToUnixTimeMilliseconds()));
    }

    private static void StoredText(Document doc, ChatMessage m, long sequence) => doc.Add(new StoredField("text", m.Text));

    private static readonly FieldType FilterTermType = Frozen(new FieldType(StringField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY });

    private static void IdTerms(Document doc, ChatMessage m, long sequence) => doc.Add(new Field("id", m.MessageId, FilterTermType));

    private static void FilterTerms(Document doc, ChatMessage m, long sequence)
    {
        doc.Add(new Field("conversation", m.ConversationId, FilterTermType));
        doc.Add(new Field("buyer", m.BuyerId, FilterTermType));
        doc.Add(new Field("shop", m.ShopId, FilterTermType));
        doc.Add(new Field("sender", m.Sender, FilterTermType));
        if (m.AgentId is not null) doc.Add(new Field("agent", m.AgentId, FilterTermType));
    }

    private static Action<Document, ChatMessage, long> Recall(IndexOptions options)
    {
        var type = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true, IndexOptions = options });
        return (doc, m, _) => doc.Add(new Field(AnalysisFields.Recall, m.Text, type));
    }

    private static Action<Document, ChatMessage, long> Words(ChineseWordAnalyzer analyzer)
    {
        var type = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });
        return (doc, m, _) => doc.Add(new Field(AnalysisFields.Word, analyzer.GetTokenStream(AnalysisFields.Word, m.Text), type));
    }

    private static void SortColumns(Document doc, ChatMessage m, long sequence)
    {
        doc.Add(new NumericDocValuesField("sentAtMs", m.SentAt.ToUnixTimeMilliseconds()));
        doc.Add(new NumericDocValuesField("seq", sequence));
    }

    /// <summary>Where each message would start in an append-only store of its JSON lines: what an index that keeps no message holds.</summary>
    private static long[] StoreOffsets(IReadOnlyList<ChatMessage> messages)
    {
        var offsets = new long[messages.Count];
        long at = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            offsets[i] = at;
            at += System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(messages[i]).Length + 1;
        }
        return offsets;
    }

    // A chain link is a SHA-256: as random as bytes get, so no compression shrinks it.
    private static void ChainLinks(Document doc, ChatMessage m, long sequence) =>
        doc.Add(new StoredField("chainHash", System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(m.MessageId))));

    private static void MiningColumns(Document doc, ChatMessage m, long sequence)
    {
        doc.Add(new SortedDocValuesField("conversationDv", new BytesRef(m.ConversationId)));
        doc.Add(new SortedDocValuesField("buyerDv", new BytesRef(m.BuyerId)));
        doc.Add(new SortedDocValuesField("senderDv", new BytesRef(m.Sender)));
        doc.Add(new SortedDocValuesField("textDv", new BytesRef(m.Text)));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Part Write(string workDir, string thing, string layout, IReadOnlyList<ChatMessage> messages, Action<Document, ChatMessage, long> fill, bool deflate, Role role)
    {
        var path = Path.Combine(workDir, "part-" + Guid.NewGuid().ToString("N")[..8]);
        using (var directory = FSDirectory.Open(path))
        using (var analyzer = new CjkRecallAnalyzer())
        {
            // One flush at the end: a single segment, as a fully merged index would be, and nothing to read back
            // (a custom codec would need registering to be read).
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                RAMBufferSizeMB = 2_000,
                MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
                UseCompoundFile = false,
                Codec = deflate ? new DeflateStoredCodec() : Codec.Default,
            };
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < messages.Count; i++)
            {
                var doc = new Document();
                fill(doc, messages[i], i);
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        var bytes = new DirectoryInfo(path).EnumerateFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock").Sum(f => f.Length);
        System.IO.Directory.Delete(path, recursive: true);
        return new Part(thing, layout, bytes, role);
    }

    /// <summary>Lucene 4.6's codec with stored fields compressed by Deflate in 64 KB blocks instead of LZ4 in 16 KB.</summary>
    [CodecName("ArchiveFloorDeflate")]
    private sealed class DeflateStoredCodec() : FilterCodec(Codec.ForName("Lucene46"))
    {
        private readonly StoredFieldsFormat _stored = new CompressingStoredFieldsFormat("ArchiveFloorDeflate", CompressionMode.HIGH_COMPRESSION, DeflateChunkBytes);

        public override StoredFieldsFormat StoredFieldsFormat => _stored;
    }
}
