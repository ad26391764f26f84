using Archive.Api.Access;
using System.Globalization;
using System.Text;
using Archive.Api.Infrastructure;
using Archive.Faq;
using Archive.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Faq;

public static class FaqEndpoints
{
    public static IEndpointRouteBuilder MapFaq(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/faq").WithTags("FAQ").RequireAuthorization(AccessPolicies.Manager)
            .RequireRateLimiting(ReadConcurrency.Policy);
        group.MapGet("/top", GetTop)
            .WithName("GetTopQuestions")
            .WithSummary("The most-asked buyer questions (differently worded questions grouped), most asked first, with counts of distinct conversations and buyers, examples, category, trend against the previous period of equal length, and the agents' replies that followed as quick-phrase seeds (≤ 128 characters). Served from a cache re-mined when the index changes (at most once a minute): minedAt and fresh say how current it is.")
            .ProducesValidationProblem();
        group.MapGet("/quick-phrases.csv", GetQuickPhrases)
            .WithName("GetQuickPhrasesCsv")
            .WithSummary("Quick-phrase seeds as CSV (UTF-8 with BOM, opens in Excel): category, question, reply, uses, conversations.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        return app;
    }

    public sealed record FaqTopResponse(IReadOnlyList<FaqQuestion> Questions, DateTimeOffset? From, DateTimeOffset? To,
        DateTimeOffset? PreviousFrom, int BuyerMessages, int QuestionMessages, DateTimeOffset MinedAt, bool Fresh);

    public sealed record FaqParameters(string? From, string? To, string? ShopId, string? Category, string? Limit, string? MinConversations);

    private static async Task<Results<Ok<FaqTopResponse>, ValidationProblem, ProblemHttpResult>> GetTop([AsParameters] FaqParameters p, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var (answer, questions, errors) = await QueryAsync(p, engine, user.ShopScope(), defaultLimit: 20);
        if (errors is not null) return errors.Value.Denied ? AccessProblems.ShopOutOfScope(p.ShopId!) : TypedResults.ValidationProblem(errors.Value.Errors);
        var r = answer!.Report;
        return TypedResults.Ok(new FaqTopResponse(questions!, r.From, r.To, r.PreviousFrom, r.BuyerMessages, r.QuestionMessages, answer.MinedAt, answer.Fresh));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetQuickPhrases([AsParameters] FaqParameters p, ArchiveEngine engine, System.Security.Claims.ClaimsPrincipal user)
    {
        var (_, questions, errors) = await QueryAsync(p, engine, user.ShopScope(), defaultLimit: 100);
        if (errors is not null) return errors.Value.Denied ? AccessProblems.ShopOutOfScope(p.ShopId!) : TypedResults.ValidationProblem(errors.Value.Errors);
        var csv = new StringBuilder("category,question,reply,uses,conversations\r\n");
        foreach (var q in questions!)
        {
            foreach (var reply in q.SuggestedReplies)
            {
                csv.Append(Cell(q.CategoryLabel)).Append(',').Append(Cell(q.Representative)).Append(',').Append(Cell(reply.Text))
                    .Append(',').Append(reply.Uses.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(q.Conversations.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            }
        }
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", "quick-phrases.csv");
    }

    private static async Task<(FaqAnswer?, IReadOnlyList<FaqQuestion>?, (IDictionary<string, string[]> Errors, bool Denied)?)> QueryAsync(
        FaqParameters p, ArchiveEngine engine, ShopScope scope, int defaultLimit)
    {
        var errors = new QueryErrors();
        var from = errors.Time("from", p.From);
        var to = errors.Time("to", p.To);
        var shop = errors.Id("shopId", p.ShopId);
        var limit = errors.Int("limit", p.Limit, defaultLimit, 1, 200);
        var minConversations = errors.Int("minConversations", p.MinConversations, 2, 1, 1_000_000);
        if (p.Category is not null && !QuestionCategories.All.Contains(p.Category))
            errors.Add("category", "must be one of " + string.Join(", ", QuestionCategories.All));
        if (from is not null && to is not null && from > to) errors.Add("from", "must not be after to");
        if (shop is not null && !scope.Allows(shop)) return (null, null, (errors.ToDictionary(), true));
        // A key bound to one shop mines that shop; bound to several, it names the one it wants.
        shop ??= scope.Single;
        if (shop is null && scope.IsBound) errors.Add("shopId", "this key is bound to several shops: name one of them");
        if (errors.Any) return (null, null, (errors.ToDictionary(), false));

        var answer = await engine.Faq.GetAsync(new FaqView(shop, from, to));
        var questions = answer.Report.Questions
            .Where(q => (p.Category is null || q.Category == p.Category) && q.Conversations >= minConversations)
            .Take(limit)
            .ToList();
        return (answer, questions, null);
    }

    // Quick phrases are pasted into Qianniu from Excel: guarded against formulas like the evidence export.
    private static string Cell(string value) => SpreadsheetCells.AlwaysQuote(SpreadsheetCells.Guard(value));
}
