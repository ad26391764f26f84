using Archive.Access;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Archive.Api.Access;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the key store. Without any key configured the service is
/// open (loopback only, see <see cref="OpenModeGuard"/>) and every caller is an unbound admin.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ShopClaim = "archive:shop";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (keys.IsOpen) return Task.FromResult(Success("open", AccessRole.Admin, []));
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.NoResult());
        var entry = keys.Find(values[0]!);
        // The key itself is never logged, not even when it is wrong.
        return Task.FromResult(entry is null ? AuthenticateResult.Fail("unknown API key") : Success(entry.Name, entry.Role, entry.Shops));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties) =>
        await Problem(StatusCodes.Status401Unauthorized, "API key required",
            $"Send a valid key in the {Header} header.");

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Problem(StatusCodes.Status403Forbidden, "Not allowed for this key",
            "This key's role does not include this endpoint.");

    private Task Problem(int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(Context);

    private AuthenticateResult Success(string name, AccessRole role, IReadOnlyList<string> shops)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role.ToString()) };
        claims.AddRange(shops.Select(s => new Claim(ShopClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
