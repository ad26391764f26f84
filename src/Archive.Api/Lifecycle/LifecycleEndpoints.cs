using System.Security.Claims;
using Archive.Api.Access;
using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Archive.Lifecycle;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Lifecycle;

/// <summary>Legal holds, buyer erasure, retention purges and the audit trail that records them.</summary>
public static class LifecycleEndpoints
{
    public static IEndpointRouteBuilder MapLifecycle(this IEndpointRouteBuilder app)
    {
        // Holds, erasure and purges act across shops: they need an admin key bound to no shop.
        var group = app.MapGroup("/api/v1").WithTags("Lifecycle").RequireAuthorization(AccessPolicies.Admin)
            .AddEndpointFilter(async (context, next) => context.HttpContext.User.ShopScope().IsBound
                ? TypedResults.Problem("Holds, erasure, purges and the audit trail need an admin key bound to no shop.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for a shop-bound key")
                : await next(context));
        group.MapGet("/holds", (ArchiveEngine engine) => TypedResults.Ok(engine.Lifecycle.Holds.All()))
            .WithName("GetHolds").WithSummary("Every legal hold, active and released.");
        group.MapPost("/holds", PlaceHold)
            .WithName("PlaceHold").WithSummary("Places a legal hold on a buyer or a conversation: nothing it covers is purged or erased until it is released.")
            .ProducesValidationProblem();
        group.MapPost("/holds/{holdId}/release", ReleaseHold)
            .WithName("ReleaseHold").WithSummary("Releases an active hold (the hold stays listed, with who released it and why).")
            .ProducesValidationProblem();
        group.MapPost("/buyers/{buyerId}/erasure", EraseBuyer)
            .WithName("EraseBuyer").WithSummary("Deletes a buyer's conversations from the index and the raw archive (personal-data erasure); conversations under a hold are kept and named.")
            .ProducesValidationProblem();
        group.MapPost("/purge", Purge)
            .WithName("Purge").WithSummary("Runs the retention purge now (it also runs on a schedule when a retention is configured).")
            .ProducesValidationProblem();
        group.MapGet("/audit", GetAudit)
            .WithName("GetAudit").WithSummary("The audit trail of holds, releases, purges and erasures, oldest first.")
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Who asks and why: both required, both recorded in the audit trail.</summary>
    public sealed record ActionRequest(string? RequestedBy, string? Reason);

    public sealed record HoldRequest(string? BuyerId, string? ConversationId, string? RequestedBy, string? Reason);

    private static Results<Created<LegalHold>, ValidationProblem> PlaceHold(HoldRequest body, ArchiveEngine engine, ClaimsPrincipal user)
    {
        var errors = Validate(body.RequestedBy, body.Reason);
        var buyer = errors.Id("buyerId", body.BuyerId);
        var conversation = errors.Id("conversationId", body.ConversationId);
        if ((body.BuyerId is null) == (body.ConversationId is null)) errors.Add("buyerId", "name either a buyerId or a conversationId");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var hold = engine.Lifecycle.PlaceHold(buyer, conversation, Actor(body.RequestedBy!, user), body.Reason!);
        return TypedResults.Created($"/api/v1/holds/{hold.Id}", hold);
    }

    private static Results<Ok<LegalHold>, ValidationProblem, ProblemHttpResult> ReleaseHold(string holdId, ActionRequest body, ArchiveEngine engine, ClaimsPrincipal user)
    {
        var errors = Validate(body.RequestedBy, body.Reason);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var released = engine.Lifecycle.ReleaseHold(holdId, Actor(body.RequestedBy!, user), body.Reason!);
        return released is null
            ? TypedResults.Problem($"There is no active hold '{holdId}'.", statusCode: StatusCodes.Status404NotFound, title: "Hold not found")
            : TypedResults.Ok(released);
    }

    private static Results<Ok<RemovalResult>, ValidationProblem> EraseBuyer(string buyerId, ActionRequest body, ArchiveEngine engine, ClaimsPrincipal user)
    {
        var errors = Validate(body.RequestedBy, body.Reason);
        errors.Id("buyerId", buyerId);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(engine.Lifecycle.EraseBuyer(buyerId, Actor(body.RequestedBy!, user), body.Reason!));
    }

    private static Results<Ok<RemovalResult>, ValidationProblem> Purge(ActionRequest body, ArchiveEngine engine, ClaimsPrincipal user)
    {
        var errors = Validate(body.RequestedBy, body.Reason);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(engine.Lifecycle.Purge(Actor(body.RequestedBy!, user), body.Reason!));
    }

    private static Results<Ok<IReadOnlyList<AuditRecord>>, ValidationProblem> GetAudit(string? action, string? target, string? from, ArchiveEngine engine)
    {
        var errors = new QueryErrors();
        var since = errors.Time("from", from);
        if (action is not null && action is not (AuditActions.Purge or AuditActions.Hold or AuditActions.Release or AuditActions.Erasure))
            errors.Add("action", "must be purge, hold, release or erasure");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        return TypedResults.Ok(engine.Lifecycle.Audit.Read(action, target, since));
    }

    // The person named in the request, and the key that was used: the audit does not rest on what a client says alone.
    private static string Actor(string requestedBy, ClaimsPrincipal user) => $"{requestedBy} (key {user.Identity?.Name ?? "none"})";

    private static QueryErrors Validate(string? requestedBy, string? reason)
    {
        var errors = new QueryErrors();
        if (string.IsNullOrWhiteSpace(requestedBy) || requestedBy.Length > 200) errors.Add("requestedBy", "say who asks (1 to 200 characters); it goes into the audit trail");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000) errors.Add("reason", "say why (1 to 2000 characters); it goes into the audit trail");
        return errors;
    }
}
