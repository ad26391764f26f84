using System.Diagnostics;
using Archive.Tools.Load;
using Spectre.Console;

namespace Archive.Tools.Faults;

internal sealed record KillRound(int Round, long AcknowledgedInRound, long AcknowledgedTotal, double SecondsAlive, double StartSeconds);

internal sealed record KillResult(IReadOnlyList<KillRound> Rounds, Presence Presence, EndpointStats Posts);

/// <summary>
/// Starts the service on one data dir, posts batches back to back, and SIGKILLs it at a random moment of the
/// ingestion (after a random share of the round's messages has been acknowledged, plus a few milliseconds so that
/// requests are in flight), over and over; then starts it once more and checks every acknowledged message.
/// </summary>
internal sealed class KillRounds(string apiDll, string dataDir, int kills, int messagesPerRound, int seed)
{
    private const int BatchSize = 500;

    public async Task<KillResult> RunAsync()
    {
        var random = new Random(seed);
        var ledger = new AckLedger();
        var posts = new EndpointStats("POST messages (kill rounds)");
        var rounds = new List<KillRound>();
        using var batches = new GeneratedBatches(seed, BatchSize, (long)(kills + 2) * messagesPerRound);
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var progress = ctx.AddTask("kill -9 rounds", maxValue: kills);
                for (var round = 1; round <= kills; round++)
                {
                    rounds.Add(await RoundAsync(round, random, batches, ledger, posts));
                    progress.Increment(1);
                    progress.Description = $"kill {round}/{kills}: {ledger.Count:N0} acknowledged";
                }
            });
        AnsiConsole.MarkupLine("restarting once more and checking every acknowledged message…");
        using var final = await ServiceProcess.StartAsync(apiDll, dataDir);
        using var http = LoadRun.CreateClient(final.BaseAddress, 16, null);
        var presence = await PresenceCheck.RunAsync(http, ledger, TimeSpan.FromMinutes(5));
        final.Stop(TimeSpan.FromSeconds(60));
        return new KillResult(rounds, presence, posts);
    }

    private async Task<KillRound> RoundAsync(int round, Random random, GeneratedBatches batches, AckLedger ledger, EndpointStats posts)
    {
        var starting = Stopwatch.StartNew();
        using var service = await ServiceProcess.StartAsync(apiDll, dataDir);
        var startSeconds = starting.Elapsed.TotalSeconds;
        using var http = LoadRun.CreateClient(service.BaseAddress, 8, null);
        var poster = new AckingPoster(http, batches, ledger, posts);
        var killAfter = (long)(messagesPerRound * (0.1 + 0.8 * random.NextDouble()));
        using var stop = new CancellationTokenSource();
        var alive = Stopwatch.StartNew();
        var posting = poster.RunAsync(tasks: 2, stop.Token);
        while (poster.Acknowledged < killAfter && !posting.IsCompleted && alive.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(2);
        await Task.Delay(random.Next(0, 40)); // land inside a request, a journal write or a commit
        service.Kill();
        var secondsAlive = alive.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await posting; // requests cut off by the kill fail and stay unacknowledged
        return new KillRound(round, poster.Acknowledged, ledger.Count, secondsAlive, startSeconds);
    }
}
