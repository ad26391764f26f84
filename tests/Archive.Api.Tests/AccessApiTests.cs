using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Access;
using Archive.Api.Access;

namespace Archive.Api.Tests;

public class AccessApiTests
{
    private static readonly (string Name, string Role, string Shops)[] Keys =
    [
        ("agent-a", "Agent", "shop-a"), ("dispute-a", "Dispute", "shop-a"), ("manager-a", "Manager", "shop-a"),
        ("admin", "Admin", ""), ("admin-a", "Admin", "shop-a"), ("manager-ab", "Manager", "shop-a,shop-b"),
    ];

    private static ArchiveApiFactory Factory(int requestsPerSecond = 1000)
    {
        var settings = new Dictionary<string, string> { ["Archive:RequestsPerSecondPerKey"] = requestsPerSecond.ToString() };
        for (var i = 0; i < Keys.Length; i++)
        {
            settings[$"Archive:ApiKeys:{i}:Name"] = Keys[i].Name;
            settings[$"Archive:ApiKeys:{i}:Sha256"] = ApiKeyStore.Hash("key-" + Keys[i].Name);
            settings[$"Archive:ApiKeys:{i}:Role"] = Keys[i].Role;
            var shops = Keys[i].Shops.Split(',', StringSplitOptions.RemoveEmptyEntries);
            for (var j = 0; j < shops.Length; j++) settings[$"Archive:ApiKeys:{i}:Shops:{j}"] = shops[j];
        }
        return new ArchiveApiFactory(settings);
    }

    private static HttpClient Client(ArchiveApiFactory factory, string? keyName)
    {
        var client = factory.CreateClient();
        if (keyName is not null) client.DefaultRequestHeaders.Add("X-Api-Key", "key-" + keyName);
        return client;
    }

    private static readonly object[] TwoShops =
    [
        ArchiveApiFactory.Message("a1", "conv-a", "buyer-1", "buyer", "2024-05-01T10:00:00+08:00", "包邮吗", shop: "shop-a"),
        ArchiveApiFactory.Message("a2", "conv-a", "buyer-1", "agent", "2024-05-01T10:01:00+08:00", "亲，明天给您发货，包邮哦", "客服A", shop: "shop-a"),
        ArchiveApiFactory.Message("b1", "conv-b", "buyer-1", "buyer", "2024-05-02T10:00:00+08:00", "包邮吗", shop: "shop-b"),
        ArchiveApiFactory.Message("b2", "conv-b", "buyer-1", "agent", "2024-05-02T10:01:00+08:00", "亲，明天给您发货，包邮哦", "客服B", shop: "shop-b"),
    ];

    private static async Task SeedAsync(ArchiveApiFactory factory) => await factory.PostAndWaitAsync(Client(factory, "admin"), TwoShops);

    [Theory]
    [InlineData(null, "/api/v1/search?q=x", HttpStatusCode.Unauthorized)]
    [InlineData("nobody", "/api/v1/search?q=x", HttpStatusCode.Unauthorized)]
    [InlineData("agent-a", "/api/v1/search?q=x", HttpStatusCode.OK)]
    [InlineData("agent-a", "/api/v1/buyers/buyer-1/promises", HttpStatusCode.OK)]
    [InlineData("agent-a", "/api/v1/conversations/conv-a", HttpStatusCode.OK)]
    [InlineData("agent-a", "/api/v1/evidence?conversationId=conv-a", HttpStatusCode.Forbidden)]
    [InlineData("agent-a", "/api/v1/faq/top", HttpStatusCode.Forbidden)]
    [InlineData("agent-a", "/api/v1/ingest/status", HttpStatusCode.Forbidden)]
    [InlineData("dispute-a", "/api/v1/evidence?conversationId=conv-a", HttpStatusCode.OK)]
    [InlineData("dispute-a", "/api/v1/faq/top", HttpStatusCode.Forbidden)]
    [InlineData("manager-a", "/api/v1/faq/top", HttpStatusCode.OK)]
    [InlineData("manager-a", "/api/v1/faq/quick-phrases.csv", HttpStatusCode.OK)]
    [InlineData("manager-a", "/api/v1/audit", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/api/v1/audit", HttpStatusCode.OK)]
    [InlineData("admin", "/api/v1/ingest/status", HttpStatusCode.OK)]
    [InlineData("admin-a", "/api/v1/audit", HttpStatusCode.Forbidden)]
    [InlineData(null, "/health", HttpStatusCode.OK)]
    [InlineData(null, "/swagger/v1/swagger.json", HttpStatusCode.OK)]
    public async Task EachRoleReachesItsEndpointsAndNoOthers(string? key, string path, HttpStatusCode expected)
    {
        await using var factory = Factory();
        await SeedAsync(factory);

        var response = await Client(factory, key).GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OnlyAdminsIngest()
    {
        await using var factory = Factory();
        var response = await Client(factory, "manager-a").PostAsJsonAsync("/api/v1/messages", TwoShops[..1]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var foreign = await Client(factory, "admin-a").PostAsJsonAsync("/api/v1/messages", TwoShops[2..3]);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task AShopBoundKeySeesNothingOfOtherShopsThroughSearchFiltersOrCursors()
    {
        await using var factory = Factory();
        await SeedAsync(factory);
        var agent = Client(factory, "agent-a");

        var all = await agent.GetFromJsonAsync<JsonElement>("/api/v1/search?q=%E5%8C%85%E9%82%AE&limit=1");
        Assert.Equal(2, all.GetProperty("total").GetInt32()); // a1 and a2, never b1/b2
        var next = all.GetProperty("nextCursor").GetString()!;
        var page2 = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=%E5%8C%85%E9%82%AE&limit=1&cursor={Uri.EscapeDataString(next)}");
        var seen = new[] { all, page2 }.SelectMany(p => p.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("shopId").GetString()).ToList();
        Assert.All(seen, s => Assert.Equal("shop-a", s));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/search?q=x&shopId=shop-b")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/conversations/conv-b")).StatusCode);
        var conversations = await agent.GetFromJsonAsync<JsonElement>("/api/v1/buyers/buyer-1/conversations");
        Assert.Equal(["conv-a"], conversations.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));
        var promises = await agent.GetFromJsonAsync<JsonElement>("/api/v1/buyers/buyer-1/promises");
        Assert.All(promises.GetProperty("promises").EnumerateArray(), p => Assert.Equal("conv-a", p.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task EvidenceAndFaqStayInsideTheKeysShops()
    {
        await using var factory = Factory();
        await SeedAsync(factory);
        var dispute = Client(factory, "dispute-a");

        Assert.Equal(HttpStatusCode.NotFound, (await dispute.GetAsync("/api/v1/evidence?conversationId=conv-b")).StatusCode);
        var bundle = await dispute.GetFromJsonAsync<JsonElement>("/api/v1/evidence?buyerId=buyer-1");
        Assert.Equal(["conv-a"], bundle.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await Client(factory, "manager-a").GetAsync("/api/v1/faq/top?shopId=shop-b")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client(factory, "manager-ab").GetAsync("/api/v1/faq/top")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(factory, "manager-ab").GetAsync("/api/v1/faq/top?shopId=shop-b")).StatusCode);
    }

    [Fact]
    public async Task RequestsBeyondTheKeysRateAre429ProblemDetails()
    {
        await using var factory = Factory(requestsPerSecond: 5);
        var client = Client(factory, "agent-a");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++) statuses.Add((await client.GetAsync("/api/v1/search?q=x")).StatusCode);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var limited = await client.GetAsync("/api/v1/search?q=x");
        if (limited.StatusCode == HttpStatusCode.TooManyRequests)
            Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    public void OpenModeAcceptsOnlyLoopbackAddresses(string url, bool loopback) =>
        Assert.Equal(loopback, OpenModeGuard.IsLoopback(url));

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5999")]
    [InlineData("Kestrel:Endpoints:Public:Url", "http://192.168.1.10:5999")]
    public void WithoutKeysTheServiceRefusesToListenBeyondLoopback(string setting, string url)
    {
        using var factory = new ArchiveApiFactory(new Dictionary<string, string> { [setting] = url });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("No API keys are configured", error.GetBaseException().Message);
    }
}
