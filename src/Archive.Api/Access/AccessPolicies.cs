using Archive.Access;
using System.Security.Claims;

namespace Archive.Api.Access;

/// <summary>One authorization policy per role; a policy admits its role and every role above it.</summary>
public static class AccessPolicies
{
    public const string Agent = nameof(Agent);
    public const string Dispute = nameof(Dispute);
    public const string Manager = nameof(Manager);
    public const string Admin = nameof(Admin);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<AccessRole>())
        {
            var admitted = Enum.GetValues<AccessRole>().Where(r => r >= role).Select(r => r.ToString()).ToArray();
            options.AddPolicy(role.ToString(), p => p.RequireRole(admitted));
        }
    }
}

/// <summary>The shops a caller may see: null means every shop.</summary>
public sealed record ShopScope(IReadOnlySet<string>? Shops)
{
    public bool Allows(string shopId) => Shops is null || Shops.Contains(shopId);

    public bool IsBound => Shops is not null;

    /// <summary>The only shop of a key bound to exactly one, else null.</summary>
    public string? Single => Shops is { Count: 1 } ? Shops.First() : null;
}

public static class ShopScopeExtensions
{
    public static ShopScope ShopScope(this ClaimsPrincipal user)
    {
        var shops = user.FindAll(ApiKeyAuthenticationHandler.ShopClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new ShopScope(shops.Count == 0 ? null : shops);
    }
}
