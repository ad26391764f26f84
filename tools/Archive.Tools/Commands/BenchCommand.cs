using Archive.Index;
using Archive.Ingestion;
using Archive.Tools.Bench;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// bench --count N [--dir D] [--directory raw|mmap|nio] [--queries Q] [--scan-queries S] [--batch B] [--seed S] [--commit-seconds C]:
/// ingests N generated messages through the service's own pipeline (journal, queue, worker, commits), then runs a
/// query mix and the same queries as a brute-force scan, reporting speed, size, memory and recall.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = new ToolArguments(args, "keep", "no-promises");
        var settings = new BenchSettings(
            Count: a.GetInt("count", 100_000),
            Seed: a.GetInt("seed", 7),
            Batch: Math.Max(1, a.GetInt("batch", 5_000)),
            Queries: Math.Max(1, a.GetInt("queries", 2_000)),
            ScanQueries: a.GetInt("scan-queries", 200),
            DetectPromises: !a.Flag("no-promises"),
            DirectoryKind: a.GetDirectoryKind(),
            CommitSeconds: a.GetDouble("commit-seconds", new IngestionOptions().CommitInterval.TotalSeconds));
        var dataDir = a.Get("dir") ?? Path.Combine(Path.GetTempPath(), "archive-bench-" + Guid.NewGuid().ToString("N")[..8]);
        if (Directory.Exists(dataDir) && Directory.EnumerateFileSystemEntries(dataDir).Any())
            throw new ToolArgumentException($"{dataDir} is not empty; bench needs a fresh data dir");
        try
        {
            var report = await new BenchRun(settings, dataDir).RunAsync();
            report.Print();
            return 0;
        }
        finally
        {
            if (!a.Flag("keep") && Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }
}

internal sealed record BenchSettings(int Count, int Seed, int Batch, int Queries, int ScanQueries, bool DetectPromises, IndexDirectoryKind DirectoryKind,
    double CommitSeconds);
