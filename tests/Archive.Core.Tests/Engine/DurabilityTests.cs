using Archive.Ingestion;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

public class DurabilityTests
{
    [Fact]
    public async Task AcknowledgedBatchNotYetIndexedIsIndexedAfterRestart()
    {
        using var dir = new TempDataDir();
        // Acknowledged (journaled) and then the process died before the indexer saw it.
        var paths = new ArchivePaths(dir.Path).EnsureCreated();
        new IngestJournal(paths, 0).Append([Message("m1", "七天无理由退货吗")], Api);

        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await engine.WaitUntilSearchableAsync(1, TimeSpan.FromSeconds(10));

        Assert.Equal(["m1"], Ids(Find(engine, "无理由")));
    }

    [Fact]
    public async Task ReplayingABatchAlreadyInTheIndexDuplicatesNothing()
    {
        using var dir = new TempDataDir();
        long checkpoint;
        using (var first = ArchiveEngine.Open(dir.Path))
        {
            await first.StartAsync(watchInbox: false);
            await IngestAsync(first, Message("m1", "包邮吗"), Message("m2", "不包邮"));
            await first.StopAsync();
            checkpoint = first.Index.CommittedCheckpoint;
        }
        // The same messages journaled again, as after a crash between indexing and retiring the journal.
        new IngestJournal(new ArchivePaths(dir.Path), checkpoint).Append([Message("m1", "包邮吗"), Message("m2", "不包邮")], Api);

        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await engine.WaitUntilSearchableAsync(checkpoint + 1, TimeSpan.FromSeconds(10));

        Assert.Equal(2, engine.Index.MessageCount);
        Assert.Equal(["m1", "m2"], Ids(Find(engine, "包邮")));
    }

    [Fact]
    public async Task StopCommitsWithCheckpointAndRetiresTheJournal()
    {
        using var dir = new TempDataDir();
        using (var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { CommitInterval = TimeSpan.FromHours(1) }))
        {
            await engine.StartAsync(watchInbox: false);
            await IngestAsync(engine, Message("m1", "发票怎么开"));
            Assert.Equal(1, engine.Journal.PendingFileCount);
            await engine.StopAsync();
            Assert.Equal(1, engine.Index.CommittedCheckpoint);
        }

        using var reopened = ArchiveEngine.Open(dir.Path);
        Assert.Equal(1, reopened.Index.CommittedCheckpoint);
        Assert.Equal(0, reopened.Journal.PendingFileCount);
        Assert.Single(Directory.GetFiles(Path.Combine(dir.Path, "archive", "batches"), "*.ndjson"));
    }

    [Fact]
    public async Task ChangedMessageUnderKnownIdIsKeptAsNewVersionBesideTheOriginal()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);

        await IngestAsync(engine, Message("m1", "有货吗"));
        await IngestAsync(engine, Message("m1", "有现货吗"));
        await IngestAsync(engine, Message("m1", "有货吗"));

        Assert.Equal(2, engine.Index.MessageCount);
        var versions = engine.Conversations.GetTranscript("c1")!.Messages
            .Select(m => (m.Text, m.Provenance!.Version)).ToList();
        Assert.Equal([("有货吗", 1), ("有现货吗", 2)], versions);
    }

    [Fact]
    public async Task CommittedSizeCountsTheFilesOfTheLastCommitAndNothingElse()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path, new IngestionOptions { CommitInterval = TimeSpan.FromHours(1) });
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Message("m1", "发票怎么开"));
        await engine.StopAsync();
        var first = engine.Index.CommittedSizeBytes;
        // A file no commit references, as a merge in flight leaves beside the index.
        File.WriteAllBytes(Path.Combine(engine.Paths.Index, "_inflight.tmp"), new byte[1 << 20]);

        Assert.InRange(first, 1, 1 << 20);
        Assert.Equal(first, engine.Index.CommittedSizeBytes);
    }
}
