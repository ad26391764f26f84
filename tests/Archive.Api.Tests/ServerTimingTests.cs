using System.Globalization;

namespace Archive.Api.Tests;

public class ServerTimingTests
{
    [Fact]
    public async Task EveryResponseSaysHowLongTheServiceTookInServerTiming()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        foreach (var path in new[] { "/health", "/api/v1/search?q=包邮", "/api/v1/search?limit=0" })
        {
            using var response = await client.GetAsync(path);
            var header = Assert.Single(response.Headers.GetValues("Server-Timing"));
            Assert.StartsWith("app;dur=", header);
            var ms = double.Parse(header["app;dur=".Length..], CultureInfo.InvariantCulture);
            Assert.InRange(ms, 0, 60_000);
        }
    }
}
