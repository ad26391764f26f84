using Archive.Core.Tests.Engine;
using Archive.Ingestion;
using Archive.Messages;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Lifecycle;

public class RebuildTests
{
    private static async Task<string[]> IngestVariedAsync(TempDataDir dir)
    {
        using var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { InboxSettleTime = TimeSpan.Zero });
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine,
            Message("m1", "親，這個杯子有貨嗎", conversation: "c1"),
            Message("m2", "有货的，明天给您发货，送一个杯垫", sender: Senders.Agent, conversation: "c1", minute: 1),
            Message("m3", "发票怎么开", buyer: "b2", conversation: "c2"));
        await IngestAsync(engine, Message("m2", "有货的，后天给您发货", sender: Senders.Agent, conversation: "c1", minute: 1));
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "inbox", "qianniu.txt"),
            "2024-03-01 10:00:00 买家小王: 能包邮吗\n2024-03-01 10:01:00 杯子店:客服A: 亲，满99包邮哦\n");
        await engine.Inbox.ScanAsync(CancellationToken.None);
        await engine.StopAsync();
        engine.Index.RefreshNow();
        return Ids(Find(engine, "发货")).Concat(Ids(Find(engine, "包邮"))).ToArray();
    }

    [Fact]
    public async Task RebuildOverAnIntactIndexReportsNoDifference()
    {
        using var dir = new TempDataDir();
        await IngestVariedAsync(dir);

        var report = IndexRebuilder.Rebuild(dir.Path);

        Assert.True(report.HadPreviousIndex);
        Assert.Equal(0, report.Differences);
        Assert.Equal(3, report.Batches);
    }

    [Fact]
    public async Task DeletingTheIndexAndRebuildingGivesBackTheSameSearchResultsAndChains()
    {
        using var dir = new TempDataDir();
        var before = await IngestVariedAsync(dir);
        string headBefore;
        using (var engine = ArchiveEngine.Open(dir.Path))
            headBefore = engine.Evidence.Build(new() { ConversationId = "c1" })!.Conversations[0].ChainHead;

        Directory.Delete(Path.Combine(dir.Path, "index"), recursive: true);
        IndexRebuilder.Rebuild(dir.Path);

        using var rebuilt = ArchiveEngine.Open(dir.Path);
        var after = Ids(Find(rebuilt, "发货")).Concat(Ids(Find(rebuilt, "包邮"))).ToArray();
        Assert.Equal(before, after);
        Assert.Equal(4, before.Length); // both versions of m2, and the Qianniu file's two lines
        var bundle = rebuilt.Evidence.Build(new() { ConversationId = "c1" })!;
        Assert.Equal(headBefore, bundle.Conversations[0].ChainHead);
        Assert.True(Archive.Evidence.BundleVerifier.Verify(bundle).Intact);
    }

    [Fact]
    public async Task RebuildRefusesWhileTheServiceHoldsTheIndex()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        Assert.Throws<IndexInUseException>(() => IndexRebuilder.Rebuild(dir.Path));
        await Task.CompletedTask;
    }
}
