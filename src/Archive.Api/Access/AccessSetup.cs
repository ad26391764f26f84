using Archive.Access;
using System.Threading.RateLimiting;
using Archive.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Api.Access;

/// <summary>API keys, role policies and per-key rate limits (README, "Access").</summary>
public static class AccessSetup
{
    public static IServiceCollection AddArchiveAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(sp =>
        {
            var section = configuration.GetSection($"{ArchiveOptions.Section}:ApiKeys");
            var configured = section.Get<List<ApiKeyEntry>>() ?? [];
            var dataDir = DataDirLocator.Resolve(configuration[$"{ArchiveOptions.Section}:DataDir"], environment.ContentRootPath);
            return new ApiKeyStore(configured.Concat(ApiKeyStore.ReadFile(dataDir)));
        });
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Add);

        var perSecond = configuration.GetValue($"{ArchiveOptions.Section}:RequestsPerSecondPerKey", 200);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(
                    context.User.Identity?.Name ?? "ip:" + context.Connection.RemoteIpAddress,
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perSecond * 2,
                        TokensPerPeriod = perSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    }));
            o.AddReadConcurrencyLimit(configuration);
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem($"More than {perSecond} requests a second (burst {perSecond * 2}) for this key, or more than {ReadConcurrency.QueueLimit} reads waiting; retry after a second.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public static WebApplication UseArchiveAccess(this WebApplication app)
    {
        OpenModeGuard.Check(app.Services.GetRequiredService<ApiKeyStore>(), app.Configuration, app.Logger);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
