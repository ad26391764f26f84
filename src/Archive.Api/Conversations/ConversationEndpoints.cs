using Archive.Api.Access;
using Archive.Api.Infrastructure;
using Archive.Ingestion;
using Archive.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Conversations;

public static class ConversationEndpoints
{
    public static IEndpointRouteBuilder MapConversations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Conversations").RequireAuthorization(AccessPolicies.Agent)
            .RequireRateLimiting(ReadConcurrency.Policy);
        group.MapGet("/conversations/{conversationId}", GetTranscript)
            .WithName("GetConversation")
            .WithSummary("The whole transcript of one conversation, in order.");
        group.MapGet("/buyers/{buyerId}/conversations", GetBuyerConversations)
            .WithName("GetBuyerConversations")
            .WithSummary("A buyer's conversations, newest first, with message counts and times.")
            .ProducesValidationProblem();
        return app;
    }

    public sealed record TranscriptMessageDto(
        string MessageId, string Sender, string? AgentId, DateTimeOffset SentAt, string Text,
        string? ItemId, string? OrderId, DateTimeOffset IngestedAt, int Version);

    public sealed record TranscriptResponse(
        string ConversationId, string ShopId, string BuyerId, IReadOnlyList<string> AgentIds,
        DateTimeOffset StartedAt, DateTimeOffset EndedAt, IReadOnlyList<TranscriptMessageDto> Messages);

    public sealed record BuyerConversationsResponse(string BuyerId, IReadOnlyList<ConversationSummary> Conversations);

    private static Results<Ok<TranscriptResponse>, ProblemHttpResult> GetTranscript(
        string conversationId, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var transcript = engine.Conversations.GetTranscript(conversationId);
        // Another shop's conversation is answered as if it did not exist: its id reveals nothing.
        if (transcript is null || !user.ShopScope().Allows(transcript.ShopId))
            return TypedResults.Problem($"No messages of conversation '{conversationId}' are in the archive.",
                statusCode: StatusCodes.Status404NotFound, title: "Conversation not found");
        var messages = transcript.Messages.Select(m => new TranscriptMessageDto(
            m.MessageId, m.Sender, m.AgentId, m.SentAt, m.Text, m.ItemId, m.OrderId, m.IngestedAt, m.Provenance?.Version ?? 1)).ToList();
        return TypedResults.Ok(new TranscriptResponse(transcript.ConversationId, transcript.ShopId, transcript.BuyerId,
            transcript.AgentIds, transcript.StartedAt, transcript.EndedAt, messages));
    }

    private static Results<Ok<BuyerConversationsResponse>, ValidationProblem> GetBuyerConversations(
        string buyerId, string? limit, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var errors = new QueryErrors();
        var max = errors.Int("limit", limit, 100, 1, 1000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var scope = user.ShopScope();
        var conversations = engine.Conversations.GetBuyerConversations(buyerId, scope.IsBound ? int.MaxValue : max)
            .Where(c => scope.Allows(c.ShopId)).Take(max).ToList();
        return TypedResults.Ok(new BuyerConversationsResponse(buyerId, conversations));
    }
}
