using Archive.Evidence;

namespace Archive.Core.Tests.Evidence.Rendering;

/// <summary>
/// Bundles built by hand, so the rendering tests need no index and control every value the page shows. Hashes
/// are fixed fake hex: the renderers only show them, verification is tested elsewhere.
/// </summary>
internal static class RenderingTestData
{
    public const string Promise = "亲，明天给您补发一个赠品";
    public const string Manifest = "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f";
    public static readonly string Sha = new('a', 64);

    public static EvidenceMessage Message(
        long index, string text, string sender = "buyer", string? agent = null, int version = 1,
        string sentAt = "2024-03-01T10:00:00+08:00", IReadOnlyList<EvidencePromise>? promises = null,
        string conversation = "c-1001", string buyer = "tb_小王") => new()
    {
        ChainIndex = index,
        MessageId = $"m-{conversation}-{index}",
        Version = version,
        ConversationId = conversation,
        ShopId = "旗舰店",
        BuyerId = buyer,
        Sender = sender,
        AgentId = agent,
        OrderId = index == 0 ? "o-778899" : null,
        SentAt = sentAt,
        TimeZone = sentAt[^6..],
        Text = text,
        IngestedAt = "2024-03-01T10:05:00.123+08:00",
        Source = new EvidenceSource(7, "inbox", "chat-2024-03-01.csv", Sha),
        Promises = promises ?? [],
        ContentHash = new string('c', 63) + index,
        ChainHash = new string('d', 63) + index,
    };

    public static EvidenceConversation Conversation(string id, params EvidenceMessage[] messages) => new()
    {
        ConversationId = id,
        ShopId = messages[0].ShopId,
        BuyerId = messages[0].BuyerId,
        AgentIds = messages.Select(m => m.AgentId).OfType<string>().Distinct().ToList(),
        StartedAt = messages[0].SentAt,
        EndedAt = messages[^1].SentAt,
        ChainHead = messages.MaxBy(m => m.ChainIndex)!.ChainHash,
        Messages = messages,
    };

    public static EvidenceBundle Bundle(params EvidenceConversation[] conversations) => new()
    {
        GeneratedAt = "2024-03-10T09:00:00+08:00",
        Scope = new EvidenceScope(null, "tb_小王", "2024-03-01T00:00:00+08:00", "2024-03-09T00:00:00+08:00", null),
        Conversations = conversations,
        Manifest = new EvidenceManifest(conversations.Length, conversations.Sum(c => c.Messages.Count), "sha256", Manifest),
    };

    /// <summary>A dispute: the agent's promise first (so it is on screen in a screenshot), a buyer claim, an edited re-delivery.</summary>
    public static EvidenceBundle Dispute(string promiseText = Promise, params EvidenceMessage[] extra) => Bundle(
        Conversation("c-1001",
            [
                Message(0, promiseText, "agent", "客服小美", promises:
                    [new EvidencePromise("shop", "gift", null, "2024-03-02T23:59:59+08:00", "open"),
                     new EvidencePromise("shop", "free_shipping", null, null, "fulfilled")]),
                Message(1, "说好送赠品的，怎么没有\n第二行", sentAt: "2024-03-03T09:00:00+08:00", promises:
                    [new EvidencePromise("claim", "gift", null, null, "claimed")]),
                Message(2, "已为您补发，单号稍后发您", "agent", "客服小美", version: 2, sentAt: "2024-03-03T09:05:00+08:00"),
                .. extra,
            ]),
        Conversation("c-1002", Message(0, "您好，欢迎光临", "auto", sentAt: "2024-03-05T20:00:00-05:00", conversation: "c-1002")));
}
