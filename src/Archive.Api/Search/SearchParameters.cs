using System.ComponentModel;
using Archive.Api.Infrastructure;
using Archive.Messages;
using Archive.Search;

namespace Archive.Api.Search;

/// <summary>Query parameters of /api/v1/search, taken as text and checked here so every mistake is a clear 400.</summary>
public sealed record SearchParameters(
    [property: Description("Required. Terms separated by spaces must all match; \"…\" quotes a phrase; -term excludes. Chinese matches as exact substrings, in simplified or traditional script.")] string? Q,
    [property: Description("Only this shop.")] string? ShopId,
    [property: Description("Only this buyer.")] string? BuyerId,
    [property: Description("Only messages of this agent.")] string? AgentId,
    [property: Description("buyer, agent, auto or system.")] string? Sender,
    [property: Description("Only this conversation.")] string? ConversationId,
    [property: Description("Sent at or after (ISO-8601 with offset, or yyyy-MM-dd in China time).")] string? From,
    [property: Description("Sent at or before (ISO-8601 with offset, or yyyy-MM-dd in China time).")] string? To,
    [property: Description("relevance (default), newest or oldest.")] string? Sort,
    [property: Description("Hits per page, 1–200.")] [property: DefaultValue(20)] string? Limit,
    [property: Description("nextCursor of the previous page.")] string? Cursor)
{
    public SearchRequest? Validate(QueryErrors errors)
    {
        SearchQuery? query = null;
        if (string.IsNullOrWhiteSpace(Q)) errors.Add("q", "is required");
        else if (Q.Length > SearchQuery.MaxLength) errors.Add("q", $"is longer than {SearchQuery.MaxLength} characters");
        else
        {
            query = SearchQuery.Parse(Q);
            if (query.Required.Count + query.Excluded.Count > SearchQuery.MaxTerms)
                errors.Add("q", $"has more than {SearchQuery.MaxTerms} terms");
        }
        if (Sender is not null && !Senders.IsValid(Sender)) errors.Add("sender", $"must be one of {string.Join(", ", Senders.All)}");
        var sort = Sort?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => (SearchSort?)null,
        };
        if (sort is null) errors.Add("sort", "must be relevance, newest or oldest");
        var limit = errors.Int("limit", Limit, 20, 1, 200);
        var from = errors.Time("from", From);
        var to = errors.Time("to", To);
        if (from > to) errors.Add("from", "must not be after to");
        SearchCursor? cursor = null;
        if (Cursor is not null && (!SearchCursor.TryDecode(Cursor, out cursor) || cursor!.Sort != sort))
            errors.Add("cursor", "is not a nextCursor of this search");
        var request = new SearchRequest
        {
            Query = query ?? new SearchQuery([], []),
            ShopId = errors.Id("shopId", ShopId),
            BuyerId = errors.Id("buyerId", BuyerId),
            AgentId = errors.Id("agentId", AgentId),
            Sender = Sender,
            ConversationId = errors.Id("conversationId", ConversationId),
            From = from,
            To = to,
            Sort = sort ?? SearchSort.Relevance,
            Limit = limit,
            After = cursor,
        };
        return errors.Any ? null : request;
    }
}
