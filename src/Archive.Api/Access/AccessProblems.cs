using Archive.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Access;

public static class AccessProblems
{
    public static ProblemHttpResult ShopOutOfScope(string shopId) =>
        TypedResults.Problem($"This key is not bound to shop '{shopId}'.", statusCode: StatusCodes.Status403Forbidden, title: "Shop not allowed for this key");
}
