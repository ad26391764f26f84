using Archive.Ingestion;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

public class SearchableWaitTests
{
    [Fact]
    public async Task WhenSearchableReturnsOnceTheBatchCanBeFoundWithoutForcingARefresh()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { RefreshInterval = TimeSpan.FromMilliseconds(300) });
        await engine.StartAsync(watchInbox: false);

        var batch = await engine.Queue.SubmitAsync([Message("m1", "七天无理由退货吗")], Api, CancellationToken.None);
        Assert.True(await engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromSeconds(10), CancellationToken.None));

        Assert.True(engine.Index.VisibleMark >= batch.Sequence);
        Assert.Equal(["m1"], Ids(Find(engine, "无理由")));
    }

    [Fact]
    public async Task WhenSearchableIsFalseWhenTheBatchIsNotVisibleInTime()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { RefreshInterval = TimeSpan.FromHours(1) });
        await engine.StartAsync(watchInbox: false);

        var batch = await engine.Queue.SubmitAsync([Message("m1", "包邮吗")], Api, CancellationToken.None);

        Assert.False(await engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromMilliseconds(300), CancellationToken.None));
        Assert.Empty(Find(engine, "包邮").Hits);
    }

    [Fact]
    public async Task WaitersAreReleasedWhenTheIndexClosesInsteadOfHanging()
    {
        using var dir = new TempDataDir();
        var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { RefreshInterval = TimeSpan.FromHours(1) });
        await engine.StartAsync(watchInbox: false);
        var batch = await engine.Queue.SubmitAsync([Message("m1", "包邮吗")], Api, CancellationToken.None);
        var waiting = engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromMinutes(5), CancellationToken.None);

        engine.Dispose();

        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
