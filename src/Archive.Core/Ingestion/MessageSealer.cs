using Archive.Evidence;
using Archive.Messages;
using Archive.Promises;

namespace Archive.Ingestion;

/// <summary>
/// Seals each incoming message before it is indexed: drops exact re-deliveries, numbers a changed message under a
/// known id as its next version (the original stays), and links every message into its conversation's hash chain in
/// ingest order. Chain heads of recently seen conversations are kept here; others are read back from the index,
/// which must then show every write so far, hence the refresh before the cache is emptied. The ids of every
/// conversation the index holds are kept too (read once from its terms), so that a new conversation, the common
/// case, costs no index lookup at all. Each sealed message also carries the texts of the last links before it, the
/// conversation the promise detector reads it with: kept with the chain, they are the same after a restart and in
/// a rebuild from the raw archive.
/// </summary>
public sealed class MessageSealer(
    Func<string, ChainState> loadFromIndex, Action refreshIndex, Func<HashSet<string>> conversationsInIndex, int maxConversations = 50_000)
{
    private readonly Dictionary<string, ChainState> _chains = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private HashSet<string>? _known;

    /// <summary>The batch's messages that are new (first versions or changed versions), sealed, in batch order.</summary>
    public IReadOnlyList<SealedMessage> Seal(IngestBatch batch)
    {
        var messages = batch.Messages;
        var ingestedAt = Timestamps.Canonical(DateTimeOffset.FromUnixTimeMilliseconds(batch.Source.ReceivedAt.ToUnixTimeMilliseconds()));
        var fields = new SealFields[messages.Count];
        var payloads = new UInt128[messages.Count];
        var contents = new byte[messages.Count][];
        // The hashing is most of the cost and independent per message; only the chain itself is sequential.
        Parallel.For(0, messages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            fields[i] = Fields(messages[i], batch, ingestedAt);
            payloads[i] = MessageSeal.PayloadFingerprint(fields[i]);
            contents[i] = MessageSeal.ContentHash(fields[i]);
        });

        var sealedMessages = new List<SealedMessage>(messages.Count);
        lock (_lock)
        {
            if (_chains.Count > maxConversations)
            {
                refreshIndex();
                _chains.Clear();
            }
            for (var i = 0; i < messages.Count; i++)
            {
                var m = messages[i];
                var chain = Chain(m.ConversationId);
                if (!chain.Payloads.TryGetValue(m.MessageId, out var known)) chain.Payloads[m.MessageId] = known = [];
                if (known.Contains(payloads[i])) continue; // the same message again: nothing new to keep
                known.Add(payloads[i]);
                if (known.Count > 1)
                {
                    fields[i] = fields[i] with { Version = known.Count };
                    contents[i] = MessageSeal.ContentHash(fields[i]);
                }
                chain.Head = MessageSeal.Link(chain.Head, contents[i]);
                var earlier = chain.Append(m.Text, PromiseDetector.ContextDepth);
                sealedMessages.Add(new SealedMessage(m, fields[i], chain.Next++, chain.Head, (batch.Sequence << 24) + i) { Earlier = earlier });
            }
        }
        return sealedMessages;
    }

    /// <summary>Drops what is known of conversations removed from the index (purge, erasure).</summary>
    public void Forget(IEnumerable<string> conversationIds)
    {
        lock (_lock)
        {
            foreach (var id in conversationIds) _chains.Remove(id);
        }
    }

    private ChainState Chain(string conversationId)
    {
        if (_chains.TryGetValue(conversationId, out var chain)) return chain;
        _known ??= conversationsInIndex();
        chain = _known.Add(conversationId) ? new ChainState() : loadFromIndex(conversationId);
        _chains[conversationId] = chain;
        return chain;
    }

    private static SealFields Fields(ChatMessage m, IngestBatch batch, string ingestedAt) => new()
    {
        MessageId = m.MessageId,
        Version = 1,
        ConversationId = m.ConversationId,
        ShopId = m.ShopId,
        BuyerId = m.BuyerId,
        Sender = m.Sender,
        AgentId = m.AgentId,
        ItemId = m.ItemId,
        OrderId = m.OrderId,
        SentAt = Timestamps.Canonical(m.SentAt),
        Text = m.Text,
        IngestedAt = ingestedAt,
        Batch = batch.Sequence,
        SourceKind = batch.Source.Kind,
        SourceName = batch.Source.Name,
        SourceSha256 = batch.Source.Sha256,
    };
}
