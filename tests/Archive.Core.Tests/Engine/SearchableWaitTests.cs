using Archive.Ingestion;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

public class SearchableWaitTests
{
    [Fact]
    public async Task WhenSearchableReturnsOnceTheBatchCanBeFoundWithoutForcingARefresh()
    {
        using var dir = new TempDataDir();
        using var engine = await StartedEngine(dir, refresh: TimeSpan.FromMilliseconds(300));

        var batch = await engine.Queue.SubmitAsync([Message("m1", "七天无理由退货吗")], Api, CancellationToken.None);
        Assert.True(await engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromSeconds(10), CancellationToken.None));

        Assert.True(engine.Index.VisibleMark >= batch.Sequence);
        Assert.Equal(["m1"], Ids(Find(engine, "无理由")));
    }

    [Fact]
    public async Task WhenSearchableIsFalseWhenTheBatchIsNotVisibleInTime()
    {
        using var dir = new TempDataDir();
        using var engine = await StartedEngine(dir, refresh: TimeSpan.FromHours(1));

        var batch = await engine.Queue.SubmitAsync([Message("m1", "包邮吗")], Api, CancellationToken.None);

        Assert.False(await engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromMilliseconds(300), CancellationToken.None));
        Assert.Empty(Find(engine, "包邮").Hits);
    }

    [Fact]
    public async Task WaitersAreReleasedWhenTheIndexClosesInsteadOfHanging()
    {
        using var dir = new TempDataDir();
        var engine = await StartedEngine(dir, refresh: TimeSpan.FromHours(1));
        var batch = await engine.Queue.SubmitAsync([Message("m1", "包邮吗")], Api, CancellationToken.None);
        var waiting = engine.WhenSearchableAsync(batch.Sequence, TimeSpan.FromMinutes(5), CancellationToken.None);

        engine.Dispose();

        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    // The background refresh is the only way a batch becomes visible here: how often it runs is what each test varies.
    private static async Task<ArchiveEngine> StartedEngine(TempDataDir dir, TimeSpan refresh)
    {
        var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { RefreshInterval = refresh });
        await engine.StartAsync(watchInbox: false);
        return engine;
    }
}
