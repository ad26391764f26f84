using Archive.Core.Tests.Engine;
using Archive.Ingestion;
using Archive.Lifecycle;
using Archive.Messages;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Lifecycle;

public class LifecycleTests
{
    private static readonly DateTimeOffset Recent = DateTimeOffset.UtcNow.AddDays(-1);

    private static ChatMessage Old(string id, string conversation, string buyer = "b1") =>
        Message(id, "亲，明天给您补发", buyer, conversation: conversation);

    private static ChatMessage New(string id, string conversation, string buyer = "b1") =>
        Message(id, "这周能发货吗", buyer, conversation: conversation) with { SentAt = Recent };

    private static ArchiveEngine Open(TempDataDir dir, int retentionDays = 30) =>
        ArchiveEngine.Open(dir.Path, new IngestionOptions { InboxSettleTime = TimeSpan.Zero },
            retention: new RetentionPolicy { DefaultDays = retentionDays });

    private static string RawArchiveText(TempDataDir dir) =>
        string.Concat(Directory.GetFiles(Path.Combine(dir.Path, "archive", "batches")).Select(File.ReadAllText));

    [Fact]
    public async Task PurgeRemovesExpiredConversationsFromIndexAndRawArchiveButNeverHeldOnes()
    {
        using var dir = new TempDataDir();
        using var engine = Open(dir);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Old("o1", "expired"), Old("o2", "held", "b2"), New("n1", "fresh"), Old("n0", "fresh"));
        await engine.StopAsync();
        engine.Lifecycle.PlaceHold(null, "held", "handler-1", "退款纠纷 #88");

        var result = engine.Lifecycle.Purge("system", "daily retention");

        Assert.Equal(["expired"], result.RemovedConversations);
        Assert.Equal("held", Assert.Single(result.Kept).ConversationId);
        Assert.Null(engine.Conversations.GetTranscript("expired"));
        Assert.NotNull(engine.Conversations.GetTranscript("held"));
        Assert.Equal(2, engine.Conversations.GetTranscript("fresh")!.Messages.Count); // its last message is recent
        Assert.DoesNotContain("\"o1\"", RawArchiveText(dir));
        Assert.Contains("\"o2\"", RawArchiveText(dir));
        var audit = engine.Lifecycle.Audit.Read(AuditActions.Purge).Single();
        Assert.Equal("expired", audit.Details["removedConversations"]);
        Assert.Contains("held", audit.Details["keptUnderHold"]);
    }

    [Fact]
    public async Task ErasureRemovesTheBuyerExceptWhatAHoldCoversUntilItIsReleased()
    {
        using var dir = new TempDataDir();
        using var engine = Open(dir, retentionDays: 0);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, New("a", "c-a"), New("b", "c-b"), New("x", "c-x", buyer: "other"));
        await engine.StopAsync();
        var hold = engine.Lifecycle.PlaceHold(null, "c-b", "handler-1", "描述不符纠纷");

        var first = engine.Lifecycle.EraseBuyer("b1", "admin", "买家申请删除个人信息");
        Assert.Equal(["c-a"], first.RemovedConversations);
        Assert.NotNull(engine.Conversations.GetTranscript("c-b"));

        engine.Lifecycle.ReleaseHold(hold.Id, "handler-1", "纠纷已结案");
        var second = engine.Lifecycle.EraseBuyer("b1", "admin", "买家申请删除个人信息");
        Assert.Equal(["c-b"], second.RemovedConversations);
        Assert.Empty(engine.Conversations.GetBuyerConversations("b1", 10));
        Assert.Single(engine.Conversations.GetBuyerConversations("other", 10));
        Assert.DoesNotContain("\"b1\"", RawArchiveText(dir));

        var trail = engine.Lifecycle.Audit.Read().Select(r => (r.Action, r.Target, r.Actor)).ToList();
        Assert.Equal(
            [(AuditActions.Hold, "conversation:c-b", "handler-1"), (AuditActions.Erasure, "buyer:b1", "admin"),
             (AuditActions.Release, "conversation:c-b", "handler-1"), (AuditActions.Erasure, "buyer:b1", "admin")],
            trail);
    }

    [Fact]
    public async Task BuyerHoldBlocksPurgeOfAllTheirConversationsAndSurvivesRestart()
    {
        using var dir = new TempDataDir();
        using (var engine = Open(dir))
        {
            await engine.StartAsync(watchInbox: false);
            await IngestAsync(engine, Old("o1", "c1"), Old("o2", "c2"));
            await engine.StopAsync();
            engine.Lifecycle.PlaceHold("b1", null, "handler-2", "假货投诉");
        }
        using var reopened = Open(dir);
        var result = reopened.Lifecycle.Purge("system", "daily retention");
        Assert.Empty(result.RemovedConversations);
        Assert.Equal(2, result.Kept.Count);
        Assert.Equal(2, reopened.Conversations.GetBuyerConversations("b1", 10).Count);
    }

    [Fact]
    public async Task ErasureDeletesTheOriginalInboxFileAndTheAuditOutlivesTheData()
    {
        using var dir = new TempDataDir();
        using var engine = Open(dir);
        await engine.StartAsync(watchInbox: false);
        var lines = string.Join('\n', new[] { Old("f1", "c-f"), Old("f2", "c-g", buyer: "b9") }.Select(MessageJson.Serialize));
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "inbox", "export.jsonl"), lines);
        await engine.Inbox.ScanAsync(CancellationToken.None);
        await engine.StopAsync();
        var original = Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "archive", "inbox"), "*", SearchOption.AllDirectories));

        var result = engine.Lifecycle.EraseBuyer("b1", "admin", "删除个人信息");

        Assert.False(File.Exists(original), RawArchiveText(dir) + string.Join(",", result.RemovedConversations));
        Assert.Single(result.DeletedOriginals);
        Assert.NotNull(engine.Conversations.GetTranscript("c-g")); // the other buyer's messages stay, in canonical form
        Assert.Contains("\"f2\"", RawArchiveText(dir));
        Assert.Equal("buyer:b1", engine.Lifecycle.Audit.Read(AuditActions.Erasure).Single().Target);
    }
}
