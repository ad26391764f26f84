using Archive.Api.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

public class ReadConcurrencyTests
{
    [Fact]
    public void IndexReadsWaitTheirTurnAndIngestionDoesNot()
    {
        using var factory = new ArchiveApiFactory();
        _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        string? PolicyOf(string method, string route) => endpoints
            .Single(e => e.RoutePattern.RawText?.TrimEnd('/') == route && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true)
            .Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;

        Assert.Equal(ReadConcurrency.Policy, PolicyOf("GET", "/api/v1/search"));
        Assert.Equal(ReadConcurrency.Policy, PolicyOf("GET", "/api/v1/conversations/{conversationId}"));
        Assert.Equal(ReadConcurrency.Policy, PolicyOf("GET", "/api/v1/buyers/{buyerId}/promises"));
        Assert.Equal(ReadConcurrency.Policy, PolicyOf("GET", "/api/v1/faq/top"));
        Assert.Equal(ReadConcurrency.Policy, PolicyOf("GET", "/api/v1/evidence"));
        Assert.Null(PolicyOf("POST", "/api/v1/messages"));
        Assert.Null(PolicyOf("GET", "/api/v1/ingest/status"));
    }
}
