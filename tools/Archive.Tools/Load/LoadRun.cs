using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Archive.Tools.Commands;
using Archive.Tools.Faults;
using Spectre.Console;

namespace Archive.Tools.Load;

/// <summary>
/// One load run: N query clients and a paced ingest against a running service (or one it starts itself), for a
/// fixed time; then the ingest status right away and once the queue has drained.
/// </summary>
internal sealed class LoadRun(LoadSettings settings)
{
    public async Task<LoadReport> RunAsync()
    {
        ServiceProcess? service = null;
        var dataDir = Path.Combine(Path.GetTempPath(), "archive-load-" + Guid.NewGuid().ToString("N")[..8]);
        var baseAddress = new Uri(settings.Url);
        try
        {
            if (settings.Spawn)
            {
                var dll = ServiceProcess.LocateApiDll(settings.Build);
                AnsiConsole.MarkupLineInterpolated($"starting [bold]{dll}[/] on {dataDir}");
                service = await ServiceProcess.StartAsync(dll, dataDir, extraArgs: settings.ServiceArgs);
                baseAddress = service.BaseAddress;
            }
            ThreadPool.SetMinThreads(settings.Clients + 16, settings.Clients + 16);
            using var http = CreateClient(baseAddress, settings.Clients + settings.IngestTasks + 8, settings.ApiKey);
            var report = await DriveAsync(http);
            report.Service = service is null ? $"external, {baseAddress}" : $"spawned (Release), {baseAddress}, data dir {dataDir}, {string.Join(' ', ServiceProcess.ToolDefaults.Concat(settings.ServiceArgs))}";
            report.StatusAtEnd = await StatusAsync(http);
            var drain = Stopwatch.StartNew();
            while (drain.Elapsed < TimeSpan.FromSeconds(120) && await StatusAsync(http) is { } s && Queued(s) > 0) await Task.Delay(200);
            report.DrainSeconds = drain.Elapsed.TotalSeconds;
            report.StatusDrained = await StatusAsync(http);
            if (service is { HasExited: true }) report.ServiceProblem = $"the service exited during the run:\n{service.Tail(20)}";
            return report;
        }
        finally
        {
            service?.Stop(TimeSpan.FromSeconds(30));
            service?.Dispose();
            if (settings.Spawn && !settings.Keep && Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    public static HttpClient CreateClient(Uri baseAddress, int connections, string? apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(apiKey)) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }

    private async Task<LoadReport> DriveAsync(HttpClient http)
    {
        using (var health = await http.GetAsync("/health"))
            if (!health.IsSuccessStatusCode) throw new InvalidOperationException($"{http.BaseAddress}health answered {(int)health.StatusCode}");
        var stats = new LoadStats(TimeSpan.FromSeconds(settings.WarmupSeconds));
        var pool = new QueryPool(settings.Seed);
        using var batches = new GeneratedBatches(settings.Seed, settings.Batch,
            settings.IngestRate > 0 ? (long)settings.IngestRate * settings.Seconds * 2 : 20_000L * settings.Seconds);
        if (settings.IngestRate > 0)
        {
            var prepare = (int)Math.Ceiling(settings.IngestRate * (double)settings.Seconds / settings.Batch * 1.1);
            AnsiConsole.MarkupLineInterpolated($"[grey]preparing {prepare:N0} request bodies of {settings.Batch:N0} messages before the clock starts[/]");
            batches.Prepare(prepare);
        }
        var ingest = new IngestDriver(http, batches, pool, stats, settings.IngestRate, settings.IngestTasks) { BatchSize = settings.Batch };
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        // Throughput is what was acknowledged between the end of the warm-up and the end of the run: a POST is
        // answered once its batch is searchable, so about a second of batches is in flight at either edge, and
        // counting from zero would charge that once without crediting it back.
        var steadyFrom = Math.Min(settings.WarmupSeconds, settings.Seconds - 1);
        long acknowledgedAtWarmup = 0, acknowledgedAtEnd = 0;
        using var warmup = new CancellationTokenSource(TimeSpan.FromSeconds(steadyFrom));
        using var warmedUp = warmup.Token.Register(() => Interlocked.Exchange(ref acknowledgedAtWarmup, ingest.Acknowledged));
        using var ended = stop.Token.Register(() => Interlocked.Exchange(ref acknowledgedAtEnd, ingest.Acknowledged));
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var progress = ctx.AddTask("load", maxValue: settings.Seconds);
                stop.CancelAfter(TimeSpan.FromSeconds(settings.Seconds));
                var tasks = Enumerable.Range(0, settings.Clients)
                    .Select(i => Task.Run(() => new QueryClient(http, pool, stats, settings.Seed * 1000 + i, settings.ThinkMs).RunAsync(stop.Token)))
                    .Append(ingest.RunAsync(stop.Token)).ToList();
                var all = Task.WhenAll(tasks);
                while (!all.IsCompleted)
                {
                    await Task.WhenAny(all, Task.Delay(500));
                    progress.Value = Math.Min(settings.Seconds, clock.Elapsed.TotalSeconds);
                    progress.Description = $"{ingest.Acknowledged:N0} msg acked, {stats.TotalRequests:N0} requests, {stats.Failures} 5xx/errors";
                }
                await all;
                progress.Value = settings.Seconds;
            });
        return new LoadReport
        {
            Settings = settings,
            Stats = stats,
            Seconds = clock.Elapsed.TotalSeconds,
            SteadySeconds = settings.Seconds - steadyFrom,
            MessagesAcknowledgedSteady = Interlocked.Read(ref acknowledgedAtEnd) - Interlocked.Read(ref acknowledgedAtWarmup),
            MessagesAcknowledged = ingest.Acknowledged,
            SearchableLag = ingest.Lag,
        };
    }

    /// <summary>The service's /api/v1/ingest/status, or null when it does not answer with one.</summary>
    public static async Task<JsonElement?> StatusAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/api/v1/ingest/status");
            if (!response.IsSuccessStatusCode) return null;
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            return json.RootElement.Clone();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    private static long Queued(JsonElement status) =>
        status.TryGetProperty("queuedMessages", out var q) && q.TryGetInt64(out var n) ? n : 0;
}
