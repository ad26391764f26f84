using Archive.Api.Access;
using System.Security.Cryptography;
using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Archive.Ingestion.Parsing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Archive.Api.Ingestion;

public static class IngestionEndpoints
{
    public static IEndpointRouteBuilder MapIngestion(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Ingestion").RequireAuthorization(AccessPolicies.Admin);
        group.MapPost("/messages", PostMessages)
            .WithName("PostMessages")
            .WithSummary("Ingest a JSON array of messages, or NDJSON (application/x-ndjson). 202 once durably journaled and searchable (searchable: false if that took longer than Archive:SearchableWaitSeconds).")
            .Accepts<IReadOnlyList<Archive.Messages.RawMessage>>("application/json", "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/ingest/status", Status)
            .WithName("IngestStatus")
            .WithSummary("Queue depth, messages indexed, last commit time and rejected inputs.");
        return app;
    }

    public sealed record RejectedElement(int Index, string Error);

    /// <param name="Accepted">Messages journaled: acknowledged, never lost from here on.</param>
    /// <param name="Rejected">Elements that could not be read, by index, with the reason.</param>
    /// <param name="Batch">The journal batch holding the accepted messages (compare with the status's searchableBatch).</param>
    /// <param name="Searchable">True when the accepted messages could be found by searches as this answer was sent.</param>
    public sealed record PostMessagesResponse(int Accepted, IReadOnlyList<RejectedElement> Rejected, long Batch, bool Searchable);

    public sealed record IngestStatusResponse(
        int QueuedBatches, long QueuedMessages, int MessagesIndexed, long Checkpoint, long IndexedBatch, long SearchableBatch,
        DateTimeOffset? LastCommitAt, int JournalFiles, long RejectedTotal, IReadOnlyList<Rejection> RecentRejections,
        string DataDir);

    private static async Task<Results<Accepted<PostMessagesResponse>, ProblemHttpResult>> PostMessages(
        HttpRequest request, ArchiveEngine engine, IOptions<ArchiveOptions> options, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var maxBytes = options.Value.MaxRequestBodyMegabytes * 1024L * 1024L;
        if (request.ContentLength > maxBytes) return TooLarge(maxBytes);
        var mediaType = (request.ContentType ?? "application/json").Split(';')[0].Trim().ToLowerInvariant();
        var ndjson = mediaType is "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines";
        if (!ndjson && mediaType is not ("application/json" or "text/json"))
            return TypedResults.Problem($"Send application/json (an array of messages) or application/x-ndjson, not {mediaType}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

        var body = await ReadBodyAsync(request, maxBytes, ct);
        if (body is null) return TooLarge(maxBytes);
        var parsed = ndjson ? MessageBatchParser.ParseNdjson(body) : MessageBatchParser.ParseJsonArray(body);
        if (parsed.IsUnreadable)
            return TypedResults.Problem(parsed.FileError, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable body");
        if (parsed.Messages.Count > options.Value.MaxBatchMessages)
            return TypedResults.Problem($"At most {options.Value.MaxBatchMessages} messages per request; split the batch.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Batch too large");

        var scope = user.ShopScope();
        if (parsed.Messages.FirstOrDefault(m => !scope.Allows(m.ShopId)) is { } foreign) return AccessProblems.ShopOutOfScope(foreign.ShopId);
        var rejected = parsed.Rejections.Select(r => new RejectedElement(r.Line, r.Reason)).ToList();
        long batch = 0;
        var searchable = true;
        if (parsed.Messages.Count > 0)
        {
            // With the worker stopped the bounded queue would fill and this request would wait forever.
            if (!engine.IsRunning)
                return TypedResults.Problem((engine.Worker.Fault?.Message ?? "indexing is not running") + ". Nothing of this request was acknowledged.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingestion stopped");
            var source = new BatchSource(BatchSource.Api, "POST /api/v1/messages", Convert.ToHexStringLower(SHA256.HashData(body)), DateTimeOffset.UtcNow);
            try
            {
                batch = (await engine.Queue.SubmitAsync(parsed.Messages, source, ct)).Sequence;
            }
            catch (IOException e)
            {
                return TypedResults.Problem($"The batch could not be written to the journal ({e.Message}); nothing of this request was acknowledged. Free disk space and send it again.",
                    statusCode: StatusCodes.Status507InsufficientStorage, title: "Insufficient storage");
            }
            // Answer once the batch can be found: a submitter that outruns the indexer is slowed down here instead of
            // being acknowledged into a backlog that takes longer than the contract's 2 s to become searchable.
            searchable = await engine.WhenSearchableAsync(batch, TimeSpan.FromSeconds(options.Value.SearchableWaitSeconds), ct);
        }
        foreach (var r in parsed.Rejections)
            engine.Rejections.Add(new Rejection(DateTimeOffset.UtcNow, "api", r.Line, r.Reason));
        return TypedResults.Accepted("/api/v1/ingest/status", new PostMessagesResponse(parsed.Messages.Count, rejected, batch, searchable));
    }

    private static Ok<IngestStatusResponse> Status(ArchiveEngine engine) =>
        TypedResults.Ok(new IngestStatusResponse(
            engine.Queue.QueuedBatches, engine.Queue.QueuedMessages, engine.Index.MessageCount,
            engine.Index.CommittedCheckpoint, engine.Worker.IndexedSequence, engine.Index.VisibleMark, engine.Index.LastCommitAt,
            engine.Journal.PendingFileCount, engine.Rejections.Total, engine.Rejections.Recent, engine.Paths.DataDir));

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem($"The body is larger than {maxBytes / (1024 * 1024)} MB; split it into several requests.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
