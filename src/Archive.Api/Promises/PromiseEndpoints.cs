using Archive.Api.Access;
using Archive.Annotations;
using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Archive.Promises;
using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Promises;

public static class PromiseEndpoints
{
    public static IEndpointRouteBuilder MapPromises(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Promises").RequireAuthorization(AccessPolicies.Agent)
            .RequireRateLimiting(ReadConcurrency.Policy)
            .MapGet("/buyers/{buyerId}/promises", GetPromises)
            .WithName("GetBuyerPromises")
            .WithSummary("What the shop promised this buyer, newest first, with status, deadline, amount and the messages around it; the buyer's own claims apart.")
            .ProducesValidationProblem();
        return app;
    }

    public sealed record ContextMessageDto(string MessageId, string Sender, string? AgentId, DateTimeOffset SentAt, string Text);

    public sealed record FulfilledByDto(string MessageId, DateTimeOffset SentAt);

    public sealed record PromiseDto(
        string MessageId, string ConversationId, string? AgentId, DateTimeOffset SentAt, string Text, string Type,
        DateTimeOffset? DueBy, decimal? Amount, string? Condition, string Evidence, string Status,
        FulfilledByDto? FulfilledBy, IReadOnlyList<ContextMessageDto> Context);

    public sealed record PromisesResponse(string BuyerId, DateTimeOffset AsOf, IReadOnlyList<PromiseDto> Promises, IReadOnlyList<PromiseDto> Claims);

    private static Results<Ok<PromisesResponse>, ValidationProblem> GetPromises(
        string buyerId, string? from, string? to, string? type, string? status, string? asOf, string? limit, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var errors = new QueryErrors();
        var query = new PromiseQuery
        {
            BuyerId = buyerId,
            From = errors.Time("from", from),
            To = errors.Time("to", to),
            Type = ParseType(type, errors),
            Status = ParseStatus(status, errors),
            AsOf = errors.Time("asOf", asOf) ?? DateTimeOffset.UtcNow,
            Limit = errors.Int("limit", limit, 100, 1, 1000),
            Shops = user.ShopScope().Shops,
        };
        if (query.From > query.To) errors.Add("from", "must not be after to");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var found = engine.Promises.Find(query);
        return TypedResults.Ok(new PromisesResponse(buyerId, query.AsOf,
            found.Promises.Select(p => ToDto(p, PromiseStatuses.ToWire(p.Status))).ToList(),
            found.Claims.Select(p => ToDto(p, "claimed")).ToList()));
    }

    private static PromiseType? ParseType(string? type, QueryErrors errors)
    {
        if (string.IsNullOrEmpty(type)) return null;
        if (PromiseTypes.TryParse(type, out var t)) return t;
        errors.Add("type", "must be one of " + string.Join(", ", Enum.GetValues<PromiseType>().Select(PromiseTypes.ToWire)));
        return null;
    }

    private static PromiseStatus? ParseStatus(string? status, QueryErrors errors)
    {
        if (string.IsNullOrEmpty(status)) return null;
        if (PromiseStatuses.TryParse(status, out var s)) return s;
        errors.Add("status", "must be one of " + string.Join(", ", Enum.GetValues<PromiseStatus>().Select(PromiseStatuses.ToWire)));
        return null;
    }

    private static PromiseDto ToDto(BuyerPromise p, string status) => new(
        p.Message.MessageId, p.Message.ConversationId, p.Message.AgentId, p.Message.SentAt, p.Message.Text,
        PromiseTypes.ToWire(p.Promise.Type), p.Promise.DueBy, p.Promise.Amount, p.Promise.Condition, p.Promise.Evidence,
        status, p.FulfilledBy is null ? null : new FulfilledByDto(p.FulfilledBy.MessageId, p.FulfilledBy.SentAt),
        p.Context.Select(c => new ContextMessageDto(c.MessageId, c.Sender, c.AgentId, c.SentAt, c.Text)).ToList());
}
