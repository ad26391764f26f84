using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

public class IngestionApiTests
{
    [Fact]
    public async Task PostedMessagesAreSearchableWithinTwoSeconds()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/messages", new[]
        {
            ArchiveApiFactory.Message("n1", "c1", "b1", "buyer", "2024-05-01T08:00:00+08:00", "运费险有吗"),
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = DateTime.UtcNow;

        JsonElement result;
        do
        {
            result = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=运费险");
        } while (result.GetProperty("total").GetInt32() == 0 && DateTime.UtcNow - started < TimeSpan.FromSeconds(2));

        Assert.Equal(1, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AcceptedMessagesAreSearchableTheMomentThe202Arrives()
    {
        // A refresh only once a second: a 202 sent on journaling alone would almost always come before it.
        await using var factory = new ArchiveApiFactory(new Dictionary<string, string> { ["Archive:RefreshIntervalSeconds"] = "1" });
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/messages", new[]
            {
                ArchiveApiFactory.Message($"w{i}", "c1", "b1", "buyer", "2024-05-01T08:00:00+08:00", $"第{i}次问运费险"),
            });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("searchable").GetBoolean());

            var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString($"第{i}次"));
            Assert.Equal(1, result.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task A202ThatCouldNotWaitForSearchabilitySaysSo()
    {
        await using var factory = new ArchiveApiFactory(new Dictionary<string, string>
        {
            ["Archive:RefreshIntervalSeconds"] = "2",
            ["Archive:SearchableWaitSeconds"] = "0",
        });
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/messages", new[]
        {
            ArchiveApiFactory.Message("n1", "c1", "b1", "buyer", "2024-05-01T08:00:00+08:00", "运费险有吗"),
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.False(body.GetProperty("searchable").GetBoolean());
    }

    [Fact]
    public async Task NdjsonBodyReportsBadLinesAndAcceptsTheRest()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var body = string.Join('\n',
            """{"conversationId":"c1","buyerId":"b1","sender":"buyer","sentAt":"2024-05-01T08:00:00+08:00","text":"在吗"}""",
            """{"conversationId":"c1","buyerId":"b1","sender":"robot","sentAt":"2024-05-01T08:00:01+08:00","text":"?"}""",
            """not json at all""",
            """{"conversationId":"c1","buyerId":"b1","sender":"agent","sentAt":"2024-05-01T08:00:02+08:00","text":"在的亲"}""");

        var response = await client.PostAsync("/api/v1/messages", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()).ToList();
        Assert.Equal([1, 2], rejected);
    }

    [Fact]
    public async Task ResendingTheSameMessagesNeverDuplicatesThem()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        var withoutIds = new object[]
        {
            new { conversationId = "c1", buyerId = "b1", sender = "buyer", sentAt = "2024-05-01T08:00:00+08:00", text = "能便宜点吗" },
            new { conversationId = "c1", buyerId = "b1", sender = "agent", sentAt = "2024-05-01T08:00:05+08:00", text = "亲，已经是最低价了" },
        };

        await factory.PostAndWaitAsync(client, withoutIds);
        await factory.PostAndWaitAsync(client, withoutIds);

        var transcript = await client.GetFromJsonAsync<JsonElement>("/api/v1/conversations/c1");
        Assert.Equal(2, transcript.GetProperty("messages").GetArrayLength());
    }

    [Theory]
    [InlineData("application/json", "{\"not\":\"an array\"}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "[{\"broken\"", HttpStatusCode.BadRequest)]
    [InlineData("text/csv", "a,b", HttpStatusCode.UnsupportedMediaType)]
    public async Task UnreadableBodiesAreProblemDetails(string contentType, string body, HttpStatusCode expected)
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/messages", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task InboxFileIsIngestedArchivedAndItsBadLinesReported()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await client.GetAsync("/health");
        var inbox = Path.Combine(factory.DataDir, "inbox");
        var lines = """
            {"conversationId":"c7","buyerId":"b7","sender":"buyer","sentAt":"2024-05-01T08:00:00+08:00","text":"尺码偏大吗"}
            {this line is broken
            {"conversationId":"c7","buyerId":"b7","sender":"agent","sentAt":"2024-05-01T08:00:09+08:00","text":"标准尺码哦"}
            """;
        var temp = Path.Combine(factory.DataDir, "drop.tmp");
        await File.WriteAllTextAsync(temp, lines);
        File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddMinutes(-1));
        File.Move(temp, Path.Combine(inbox, "chat.jsonl"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonElement transcript = default;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync("/api/v1/conversations/c7");
            if (response.IsSuccessStatusCode)
            {
                transcript = await response.Content.ReadFromJsonAsync<JsonElement>();
                break;
            }
            await Task.Delay(100);
        }

        Assert.Equal(2, transcript.GetProperty("messages").GetArrayLength());
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Single(Directory.GetFiles(Path.Combine(factory.DataDir, "archive", "inbox"), "chat.jsonl", SearchOption.AllDirectories));
        var report = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataDir, "rejected"), "*.tsv"));
        Assert.Contains("\n2\t", await File.ReadAllTextAsync(report));
        var status = await client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/status");
        Assert.Equal(1, status.GetProperty("rejectedTotal").GetInt64());
    }
}
