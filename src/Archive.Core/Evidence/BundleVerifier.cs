namespace Archive.Evidence;

/// <summary>The outcome of checking a bundle: intact, or the first thing found wrong and the message it concerns.</summary>
public sealed record VerificationResult(bool Intact, string? MessageId, string? ConversationId, string Problem)
{
    public static VerificationResult Ok(int messages) => new(true, null, null, $"intact: {messages} messages, every seal, chain and the manifest match");
}

/// <summary>
/// Recomputes everything a bundle claims (docs/evidence.md): each message's content hash from its fields, each
/// conversation's chain from the first message in ingest order to its head, the order of the messages, the
/// conversation headers, and the manifest hash. Any single changed byte of a message, a time or the order fails.
/// </summary>
public static class BundleVerifier
{
    public static VerificationResult Verify(EvidenceBundle bundle)
    {
        if (bundle.Format != EvidenceBundle.CurrentFormat) return Bad(null, $"unknown format '{bundle.Format}'");
        var total = 0;
        foreach (var c in bundle.Conversations)
        {
            var problem = VerifyConversation(c);
            if (problem is not null) return problem;
            total += c.Messages.Count;
        }
        if (bundle.Manifest.Algorithm != ManifestHash.Algorithm) return Bad(null, $"unknown algorithm '{bundle.Manifest.Algorithm}'");
        if (bundle.Manifest.Conversations != bundle.Conversations.Count || bundle.Manifest.Messages != total)
            return Bad(null, "the manifest counts do not match the bundle");
        if (ManifestHash.Compute(bundle) != bundle.Manifest.Hash) return Bad(null, "the manifest hash does not match the bundle");
        return VerificationResult.Ok(total);
    }

    private static VerificationResult? VerifyConversation(EvidenceConversation c)
    {
        if (c.Messages.Count == 0) return Bad(c, null, "conversation has no messages");
        DateTimeOffset? previousSentAt = null;
        long previousIndex = -1;
        foreach (var m in c.Messages)
        {
            if (m.ConversationId != c.ConversationId) return Bad(c, m, "message belongs to another conversation");
            if (!TryParse(m.SentAt, out var sentAt)) return Bad(c, m, $"sentAt '{m.SentAt}' is not a timestamp");
            if (m.TimeZone != OffsetOf(sentAt)) return Bad(c, m, $"time zone {m.TimeZone} does not match sentAt {m.SentAt}");
            if (MessageSeal.Hex(MessageSeal.ContentHash(Fields(m))) != m.ContentHash)
                return Bad(c, m, "content does not match its content hash: a field of this message was changed");
            if (previousSentAt is { } p && (sentAt < p || (sentAt == p && m.ChainIndex < previousIndex)))
                return Bad(c, m, "messages are out of order");
            previousSentAt = sentAt;
            previousIndex = m.ChainIndex;
        }

        var chain = c.Messages.OrderBy(m => m.ChainIndex).ToList();
        var head = MessageSeal.Genesis.ToArray();
        for (var i = 0; i < chain.Count; i++)
        {
            var m = chain[i];
            if (m.ChainIndex != i) return Bad(c, m, i == 0 ? "the chain does not start at 0: earlier messages are missing" : $"chain index {m.ChainIndex} where {i} was expected: a message is missing or repeated");
            head = MessageSeal.Link(head, Convert.FromHexString(m.ContentHash));
            if (MessageSeal.Hex(head) != m.ChainHash) return Bad(c, m, "chain hash does not match: this message or one before it was changed, removed or reordered");
        }
        if (MessageSeal.Hex(head) != c.ChainHead) return Bad(c, chain[^1], "the conversation's chain head does not match its last message");

        var first = c.Messages[0];
        if (c.ShopId != first.ShopId || c.StartedAt != first.SentAt || c.EndedAt != c.Messages[^1].SentAt)
            return Bad(c, null, "conversation header does not match its messages");
        var agents = c.Messages.Where(m => m.AgentId is not null).Select(m => m.AgentId!).Distinct().ToList();
        if (!agents.SequenceEqual(c.AgentIds)) return Bad(c, null, "conversation agents do not match its messages");
        return null;
    }

    public static SealFields Fields(EvidenceMessage m) => new()
    {
        MessageId = m.MessageId,
        Version = m.Version,
        ConversationId = m.ConversationId,
        ShopId = m.ShopId,
        BuyerId = m.BuyerId,
        Sender = m.Sender,
        AgentId = m.AgentId,
        ItemId = m.ItemId,
        OrderId = m.OrderId,
        SentAt = m.SentAt,
        Text = m.Text,
        IngestedAt = m.IngestedAt,
        Batch = m.Source.Batch,
        SourceKind = m.Source.Kind,
        SourceName = m.Source.Name,
        SourceSha256 = m.Source.Sha256,
    };

    public static string OffsetOf(DateTimeOffset t) => Timestamps.Canonical(t)[^6..];

    private static bool TryParse(string value, out DateTimeOffset t) =>
        DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out t)
        && Timestamps.Canonical(t) == value;

    private static VerificationResult Bad(EvidenceConversation? c, EvidenceMessage? m, string problem) =>
        new(false, m?.MessageId, c?.ConversationId, problem);

    private static VerificationResult Bad(string? conversationId, string problem) => new(false, null, conversationId, problem);
}
