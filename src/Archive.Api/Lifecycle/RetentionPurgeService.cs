using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Microsoft.Extensions.Options;

namespace Archive.Api.Lifecycle;

/// <summary>Runs the retention purge on a schedule when a retention is configured; holds are respected by the purge itself.</summary>
public sealed class RetentionPurgeService(ArchiveEngine engine, IOptions<ArchiveOptions> options, ILogger<RetentionPurgeService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = engine.Lifecycle.Retention;
        if (retention.DefaultDays <= 0 && retention.Shops.Values.All(d => d <= 0)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.PurgeIntervalHours));
        do
        {
            try
            {
                var result = engine.Lifecycle.Purge("retention-job", "scheduled retention purge");
                log.LogInformation("Retention purge removed {Conversations} conversations ({Messages} messages); {Kept} kept under hold",
                    result.RemovedConversations.Count, result.RemovedMessages, result.Kept.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Retention purge failed; it runs again at the next interval");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
