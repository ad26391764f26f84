using System.Globalization;
using Archive.Annotations;
using Archive.Evidence;
using Archive.Search;
using Lucene.Net.Index;

namespace Archive.Index;

/// <summary>
/// Reads a message's stored fields straight into their values, without building a Lucene Document: a page of search
/// hits spent most of its time creating Field objects (and growing the Document's list) for fields it then dropped.
/// Search hits skip the seal's provenance; transcripts, evidence and the chain read it.
/// </summary>
internal sealed class StoredMessageVisitor(bool withProvenance) : StoredFieldVisitor
{
    private string? _id, _conversation, _buyer, _shop, _sender, _sentAt, _text, _agent, _item, _order, _annotations;
    private string? _sourceKind, _sourceName, _sourceSha256;
    private long _ingestedAt, _chainIndex, _batch;
    private int _version = 1;
    private byte[]? _chainHash;

    /// <summary>The message of one document.</summary>
    public static StoredMessageVisitor Load(IndexReader reader, int doc, bool withProvenance)
    {
        var visitor = new StoredMessageVisitor(withProvenance);
        reader.Document(doc, visitor);
        return visitor;
    }

    /// <summary>The chain hash as stored, or null for a message indexed before seals existed.</summary>
    public byte[]? ChainHash => _chainHash;

    public long ChainIndex => _chainIndex;

    /// <summary>The stored annotations JSON, compared as it is by the index digest.</summary>
    public string? AnnotationsJson => _annotations;

    public MessageAnnotations Annotations => AnnotationFields.Parse(_annotations);

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        MessageDocument.Id or MessageDocument.Conversation or MessageDocument.Buyer or MessageDocument.Shop
            or MessageDocument.Sender or MessageDocument.SentAt or MessageDocument.Text or MessageDocument.Agent
            or MessageDocument.Item or MessageDocument.Order or MessageDocument.IngestedAt or AnnotationFields.Stored => Status.YES,
        MessageDocument.Version or MessageDocument.ChainIndex or MessageDocument.ChainHash or MessageDocument.Batch
            or MessageDocument.SourceKind or MessageDocument.SourceName or MessageDocument.SourceSha256 => withProvenance ? Status.YES : Status.NO,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case MessageDocument.Id: _id = value; break;
            case MessageDocument.Conversation: _conversation = value; break;
            case MessageDocument.Buyer: _buyer = value; break;
            case MessageDocument.Shop: _shop = value; break;
            case MessageDocument.Sender: _sender = value; break;
            case MessageDocument.SentAt: _sentAt = value; break;
            case MessageDocument.Text: _text = value; break;
            case MessageDocument.Agent: _agent = value; break;
            case MessageDocument.Item: _item = value; break;
            case MessageDocument.Order: _order = value; break;
            case AnnotationFields.Stored: _annotations = value; break;
            case MessageDocument.SourceKind: _sourceKind = value; break;
            case MessageDocument.SourceName: _sourceName = value; break;
            case MessageDocument.SourceSha256: _sourceSha256 = value; break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == MessageDocument.Version) _version = value;
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        switch (fieldInfo.Name)
        {
            case MessageDocument.IngestedAt: _ingestedAt = value; break;
            case MessageDocument.ChainIndex: _chainIndex = value; break;
            case MessageDocument.Batch: _batch = value; break;
        }
    }

    public override void BinaryField(FieldInfo fieldInfo, byte[] value)
    {
        if (fieldInfo.Name == MessageDocument.ChainHash) _chainHash = value;
    }

    public StoredMessage ToMessage() => new()
    {
        MessageId = _id!,
        ConversationId = _conversation!,
        BuyerId = _buyer!,
        ShopId = _shop!,
        Sender = _sender!,
        SentAt = DateTimeOffset.Parse(_sentAt!, CultureInfo.InvariantCulture),
        Text = _text!,
        AgentId = _agent,
        ItemId = _item,
        OrderId = _order,
        IngestedAt = DateTimeOffset.FromUnixTimeMilliseconds(_ingestedAt),
        Provenance = withProvenance && _chainHash is not null
            ? new Provenance(_version, _chainIndex, MessageSeal.Hex(_chainHash), _batch, _sourceKind ?? "", _sourceName ?? "", _sourceSha256 ?? "")
            : null,
    };

    /// <summary>The fields a stored message's seal covers, exactly as they were sealed.</summary>
    public SealFields ToSealFields() => new()
    {
        MessageId = _id!,
        Version = _version,
        ConversationId = _conversation!,
        ShopId = _shop!,
        BuyerId = _buyer!,
        Sender = _sender!,
        AgentId = _agent,
        ItemId = _item,
        OrderId = _order,
        SentAt = _sentAt!,
        Text = _text!,
        IngestedAt = Timestamps.Canonical(DateTimeOffset.FromUnixTimeMilliseconds(_ingestedAt)),
        Batch = _batch,
        SourceKind = _sourceKind ?? "",
        SourceName = _sourceName ?? "",
        SourceSha256 = _sourceSha256 ?? "",
    };
}
