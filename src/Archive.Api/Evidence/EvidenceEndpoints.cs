using Archive.Api.Access;
using Archive.Api.Infrastructure;
using Archive.Evidence;
using Archive.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Evidence;

public static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidence(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Evidence").RequireAuthorization(AccessPolicies.Dispute)
            .RequireRateLimiting(ReadConcurrency.Policy)
            .MapGet("/evidence", GetEvidence)
            .WithName("GetEvidence")
            .WithSummary("A self-contained evidence bundle for a dispute: one conversation, or a buyer's conversations over a period (optionally those naming an order), with seals, hash chains and a manifest hash. format=json (the reference, checkable with `tools … verify`), csv or html.")
            .Produces<EvidenceBundle>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesValidationProblem();
        return app;
    }

    private static Results<Ok<EvidenceBundle>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetEvidence(
        string? conversationId, string? buyerId, string? from, string? to, string? orderId, string? format, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var errors = new QueryErrors();
        var request = new EvidenceRequest
        {
            ConversationId = errors.Id("conversationId", conversationId),
            BuyerId = errors.Id("buyerId", buyerId),
            From = errors.Time("from", from),
            To = errors.Time("to", to),
            OrderId = errors.Id("orderId", orderId),
            Shops = user.ShopScope().Shops,
        };
        if ((conversationId is null) == (buyerId is null))
            errors.Add(conversationId is null ? "buyerId" : "conversationId", "give either conversationId, or buyerId (with optional from, to, orderId)");
        if (conversationId is not null && (from ?? to ?? orderId) is not null)
            errors.Add("conversationId", "from, to and orderId narrow a buyer's bundle; a conversation's bundle is always whole");
        var kind = (format ?? "json").ToLowerInvariant();
        if (kind is not ("json" or "csv" or "html")) errors.Add("format", "must be json, csv or html");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var bundle = engine.Evidence.Build(request);
        if (bundle is null)
            return TypedResults.Problem("No conversation in the archive matches this request.",
                statusCode: StatusCodes.Status404NotFound, title: "No evidence found");
        var name = $"evidence-{FileNamePart(conversationId ?? buyerId!)}-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}";
        return kind switch
        {
            "csv" => TypedResults.File(EvidenceCsvWriter.ToBytes(bundle), "text/csv; charset=utf-8", name + ".csv"),
            "html" => TypedResults.File(EvidenceHtmlWriter.ToBytes(bundle), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(bundle),
        };
    }

    private static string FileNamePart(string id) =>
        new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(60).ToArray());
}
