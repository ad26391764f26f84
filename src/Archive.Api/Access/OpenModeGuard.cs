using Archive.Access;
using System.Net;

namespace Archive.Api.Access;

/// <summary>
/// Without API keys the service is open to whoever can reach it, so it may only listen on loopback: bound to any
/// other address it refuses to start.
/// </summary>
public static class OpenModeGuard
{
    public static void Check(ApiKeyStore keys, IConfiguration configuration, ILogger log)
    {
        if (!keys.IsOpen)
        {
            log.LogInformation("API keys: {Count} configured; every endpoint but /health and /swagger needs one", keys.Count);
            return;
        }
        var urls = (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        var exposed = urls.Where(u => !IsLoopback(u)).ToList();
        if (exposed.Count > 0)
            throw new InvalidOperationException(
                $"No API keys are configured, so the archive is open to anyone who can reach it, and it is asked to listen on {string.Join(", ", exposed)}. " +
                "Configure keys (tools … add-key, or Archive:ApiKeys) or listen on loopback only (--urls http://127.0.0.1:5080).");
        log.LogWarning("NO API KEYS CONFIGURED: the archive is OPEN to every local caller, with admin rights. " +
                       "Listening on loopback only. Add keys with `dotnet run --project tools/Archive.Tools -- add-key` before exposing it.");
    }

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
