using System.Security.Claims;
using Archive.Api.Access;
using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Archive.Promises;
using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Search;

public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/search").WithTags("Search").RequireRateLimiting(ReadConcurrency.Policy);
        group.MapGet("", Search)
            .WithName("SearchMessages")
            .WithSummary("Full-text search over every message, with filters, sort, cursor paging and <em> highlights.")
            .ProducesValidationProblem();
        group.RequireAuthorization(AccessPolicies.Agent);
        return group;
    }

    public sealed record SearchHitDto(
        string MessageId, string ConversationId, string BuyerId, string ShopId, string? AgentId, string Sender,
        DateTimeOffset SentAt, string Text, string Highlight, string? ItemId, string? OrderId, float? Score,
        IReadOnlyList<HitPromiseDto> Promises);

    /// <summary>A promise the shop made in this message (empty when it is not a promise).</summary>
    public sealed record HitPromiseDto(string Type, DateTimeOffset? DueBy, decimal? Amount);

    public sealed record SearchResponse(int Total, IReadOnlyList<SearchHitDto> Hits, string? NextCursor);

    private static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, ArchiveEngine engine, ClaimsPrincipal user)
    {
        var errors = new QueryErrors();
        var request = parameters.Validate(errors);
        if (request is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        var scope = user.ShopScope();
        if (request.ShopId is not null && !scope.Allows(request.ShopId)) return AccessProblems.ShopOutOfScope(request.ShopId);
        var results = engine.Searcher.Search(request with { ShopScope = scope.Shops });
        var hits = results.Hits.Select(h => new SearchHitDto(
            h.Message.MessageId, h.Message.ConversationId, h.Message.BuyerId, h.Message.ShopId, h.Message.AgentId,
            h.Message.Sender, h.Message.SentAt, h.Message.Text, h.Highlight, h.Message.ItemId, h.Message.OrderId,
            float.IsNaN(h.Score) ? null : h.Score,
            h.Annotations.Promises.Select(p => new HitPromiseDto(PromiseTypes.ToWire(p.Type), p.DueBy, p.Amount)).ToList())).ToList();
        return TypedResults.Ok(new SearchResponse(results.Total, hits, results.Next?.Encode()));
    }
}
