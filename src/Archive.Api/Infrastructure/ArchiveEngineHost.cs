using Archive.Ingestion;

namespace Archive.Api.Infrastructure;

/// <summary>Runs the archive engine for the lifetime of the web host and logs what the worker reports.</summary>
internal sealed class ArchiveEngineHost(ArchiveEngine engine, ILogger<ArchiveEngineHost> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        engine.Worker.MessageFailed += (batch, message, e) =>
            logger.LogError(e, "Message {MessageId} of batch {Batch} could not be indexed", message.MessageId, batch.Sequence);
        engine.Inbox.FileFailed += (path, e) => logger.LogWarning("Inbox file {Path} not processed yet: {Reason}", path, e.Message);
        var checkpoint = engine.Index.CommittedCheckpoint;
        await engine.StartAsync();
        engine.Faq.Warm(new Archive.Faq.FaqView(null, null, null)); // the manager's default view answers from cache from the start
        logger.LogInformation("Archive data dir {DataDir}: {Messages} messages indexed, checkpoint {Checkpoint}",
            engine.Paths.DataDir, engine.Index.MessageCount, checkpoint);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await engine.StopAsync();
        logger.LogInformation("Archive stopped with checkpoint {Checkpoint}", engine.Index.CommittedCheckpoint);
    }
}
