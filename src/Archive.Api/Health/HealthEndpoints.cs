using Archive.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health)
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("200 when the index is open and the ingestion worker is running, 503 otherwise.");
        return app;
    }

    public sealed record HealthResponse(string Status, int Messages, long Checkpoint);

    private static Results<Ok<HealthResponse>, ProblemHttpResult> Health(ArchiveEngine engine) =>
        engine.IsRunning
            ? TypedResults.Ok(new HealthResponse("ok", engine.Index.MessageCount, engine.Index.CommittedCheckpoint))
            : TypedResults.Problem(engine.Worker.Fault?.Message ?? "The ingestion worker is not running.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not running");
}
