using System.Globalization;
using Archive.Annotations;
using Archive.Index;
using Archive.Promises;
using Archive.Search;

namespace Archive.Evidence;

/// <summary>What a dispute handler asks for: a conversation, or a buyer's conversations in a period, optionally one order's.</summary>
public sealed record EvidenceRequest
{
    public string? ConversationId { get; init; }
    public string? BuyerId { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? OrderId { get; init; }
    /// <summary>Only conversations of these shops (an API key bound to shops); null for all.</summary>
    public IReadOnlyCollection<string>? Shops { get; init; }
}

/// <summary>
/// Assembles evidence bundles from the index. Conversations are always whole: a buyer's period selects the
/// conversations that overlap it, an order id those in which any message names the order. Content hashes are
/// recomputed from the stored fields while chain hashes are the ones sealed at ingest, so a bundle made from an
/// altered index fails verification.
/// </summary>
public sealed class EvidenceBuilder(ConversationReader conversations, BuyerPromiseLookup promises, TimeProvider clock)
{
    /// <summary>More conversations than this in one bundle is an export, not evidence for a dispute.</summary>
    public const int MaxConversations = 1_000;

    /// <summary>The bundle, or null when nothing matches the request.</summary>
    public EvidenceBundle? Build(EvidenceRequest request)
    {
        var transcripts = Select(request);
        if (transcripts.Count == 0) return null;
        var now = clock.GetUtcNow();
        var promisesByMessage = PromisesOf(transcripts.Select(t => t.BuyerId).Distinct(StringComparer.Ordinal), now);
        var evidence = transcripts.Select(t => Conversation(t, promisesByMessage)).ToList();
        var bundle = new EvidenceBundle
        {
            GeneratedAt = Timestamps.Canonical(now),
            Scope = new EvidenceScope(request.ConversationId, request.BuyerId, Format(request.From), Format(request.To), request.OrderId),
            Conversations = evidence,
            Manifest = new EvidenceManifest(evidence.Count, evidence.Sum(c => c.Messages.Count), ManifestHash.Algorithm, ""),
        };
        return bundle with { Manifest = bundle.Manifest with { Hash = ManifestHash.Compute(bundle) } };
    }

    private List<ConversationTranscript> Select(EvidenceRequest request)
    {
        if (request.ConversationId is not null)
            return conversations.GetTranscript(request.ConversationId) is { } one && InScope(one.ShopId) ? [one] : [];
        return conversations.GetBuyerConversations(request.BuyerId!, MaxConversations)
            .Where(s => InScope(s.ShopId))
            .Where(s => (request.From is null || s.EndedAt >= request.From) && (request.To is null || s.StartedAt <= request.To))
            .OrderBy(s => s.StartedAt).ThenBy(s => s.ConversationId, StringComparer.Ordinal)
            .Select(s => conversations.GetTranscript(s.ConversationId))
            .OfType<ConversationTranscript>()
            .Where(t => request.OrderId is null || t.Messages.Any(m => m.OrderId == request.OrderId))
            .ToList();

        bool InScope(string shopId) => request.Shops is null || request.Shops.Contains(shopId);
    }

    private Dictionary<(string, int), List<EvidencePromise>> PromisesOf(IEnumerable<string> buyers, DateTimeOffset asOf)
    {
        var byMessage = new Dictionary<(string, int), List<EvidencePromise>>();
        foreach (var buyer in buyers)
        {
            var found = promises.Find(new PromiseQuery { BuyerId = buyer, AsOf = asOf, Limit = PromiseReader.MaxAnnotatedMessages });
            foreach (var p in found.Promises) Add(p, "shop");
            foreach (var p in found.Claims) Add(p, "claim");
        }
        return byMessage;

        void Add(BuyerPromise p, string kind)
        {
            var key = (p.Message.MessageId, p.Message.Provenance?.Version ?? 1);
            if (!byMessage.TryGetValue(key, out var list)) byMessage[key] = list = [];
            list.Add(new EvidencePromise(kind, PromiseTypes.ToWire(p.Promise.Type),
                p.Promise.Amount?.ToString(CultureInfo.InvariantCulture), Format(p.Promise.DueBy),
                kind == "claim" ? "claimed" : PromiseStatuses.ToWire(p.Status)));
        }
    }

    private static EvidenceConversation Conversation(ConversationTranscript t, Dictionary<(string, int), List<EvidencePromise>> promises)
    {
        var messages = t.Messages
            .Select(m => Message(m, promises))
            .OrderBy(m => Timestamps.Parse(m.SentAt)).ThenBy(m => m.ChainIndex)
            .ToList();
        var head = messages.MaxBy(m => m.ChainIndex)!.ChainHash;
        return new EvidenceConversation
        {
            ConversationId = t.ConversationId,
            ShopId = messages[0].ShopId,
            BuyerId = t.BuyerId,
            AgentIds = messages.Where(m => m.AgentId is not null).Select(m => m.AgentId!).Distinct().ToList(),
            StartedAt = messages[0].SentAt,
            EndedAt = messages[^1].SentAt,
            ChainHead = head,
            Messages = messages,
        };
    }

    private static EvidenceMessage Message(StoredMessage m, Dictionary<(string, int), List<EvidencePromise>> promises)
    {
        var p = m.Provenance ?? new Provenance(1, 0, "", 0, "", "", "");
        var message = new EvidenceMessage
        {
            ChainIndex = p.ChainIndex,
            MessageId = m.MessageId,
            Version = p.Version,
            ConversationId = m.ConversationId,
            ShopId = m.ShopId,
            BuyerId = m.BuyerId,
            Sender = m.Sender,
            AgentId = m.AgentId,
            ItemId = m.ItemId,
            OrderId = m.OrderId,
            SentAt = Timestamps.Canonical(m.SentAt),
            TimeZone = BundleVerifier.OffsetOf(m.SentAt),
            Text = m.Text,
            IngestedAt = Timestamps.Canonical(m.IngestedAt),
            Source = new EvidenceSource(p.Batch, p.SourceKind, p.SourceName, p.SourceSha256),
            Promises = promises.TryGetValue((m.MessageId, p.Version), out var found) ? found : [],
            ContentHash = "",
            ChainHash = p.ChainHash,
        };
        // The hash covers the fields exactly as the verifier reads them back from the bundle: one mapping for both.
        return message with { ContentHash = MessageSeal.Hex(MessageSeal.ContentHash(BundleVerifier.Fields(message))) };
    }

    private static string? Format(DateTimeOffset? t) => t is { } v ? Timestamps.Canonical(v) : null;
}
