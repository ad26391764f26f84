using Archive.Tools.Load;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// load [--url U] [--clients 50] [--think-ms 0] [--seconds 60] [--warmup 10] [--ingest-rate 10000] [--batch 1000] [--ingest-tasks 16] [--seed 1] [--api-key K]
/// [--spawn [--build] [--keep] [--service-args "--Archive:Key=V …"]]: concurrent searches, promise look-ups, transcripts and FAQ calls against a running
/// service while ingesting generated messages at a target rate (clients pause a random think time of the given mean
/// between requests; 0 asks back to back, which measures saturation rather than what users see); per-endpoint throughput, p50/p99/max and status
/// counts. Exit 1 on any 5xx or transport error.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = new ToolArguments(args, "spawn", "build", "keep");
        var settings = new LoadSettings(
            Url: a.Get("url") ?? "http://127.0.0.1:5080",
            Clients: Math.Max(1, a.GetInt("clients", 50)),
            ThinkMs: Math.Max(0, a.GetInt("think-ms", 0)),
            Seconds: Math.Max(1, a.GetInt("seconds", 60)),
            WarmupSeconds: Math.Max(0, a.GetInt("warmup", 10)),
            IngestRate: a.GetInt("ingest-rate", 10_000),
            Batch: Math.Max(1, a.GetInt("batch", 1_000)),
            IngestTasks: Math.Max(1, a.GetInt("ingest-tasks", 16)),
            Seed: a.GetInt("seed", 1),
            ApiKey: a.Get("api-key"),
            Spawn: a.Flag("spawn"),
            Build: a.Flag("build"),
            Keep: a.Flag("keep"),
            ServiceArgs: (a.Get("service-args") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!Uri.TryCreate(settings.Url, UriKind.Absolute, out _)) throw new ToolArgumentException($"--url {settings.Url} is not an absolute URL");
        try
        {
            var report = await new LoadRun(settings).RunAsync();
            report.Print();
            return report.Failed ? 1 : 0;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }
    }
}

internal sealed record LoadSettings(string Url, int Clients, int ThinkMs, int Seconds, int WarmupSeconds, int IngestRate, int Batch, int IngestTasks, int Seed, string? ApiKey,
    bool Spawn, bool Build, bool Keep, IReadOnlyList<string> ServiceArgs);
