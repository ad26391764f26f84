using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

public class FaqApiTests
{
    private static object[] Conversation(int n, string question, string reply, string day = "2024-05-0") =>
    [
        ArchiveApiFactory.Message($"q{n}", $"conv-{n}", $"buyer-{n}", "buyer", $"{day}{1 + n % 9}T10:00:00+08:00", question),
        ArchiveApiFactory.Message($"r{n}", $"conv-{n}", $"buyer-{n}", "agent", $"{day}{1 + n % 9}T10:01:00+08:00", reply, "客服A"),
    ];

    private static readonly object[] Corpus =
    [
        .. Conversation(1, "亲，包邮吗？", "亲，全场满99元包邮哦"),
        .. Conversation(2, "这个包邮吗", "亲，全场满99元包邮哦"),
        .. Conversation(3, "請問包郵嗎", "满99元包邮的亲"),
        .. Conversation(4, "能包邮吗？", "亲，全场满99元包邮哦"),
        .. Conversation(5, "什么时候发货？", "亲，48小时内发货"),
        .. Conversation(6, "什么时候能发货呀", "亲，48小时内发货"),
        .. Conversation(7, "好的谢谢", "不客气亲"),
    ];

    [Fact]
    public async Task TopQuestionsGroupWordingsCountConversationsAndSeedReplies()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Corpus);

        var top = await client.GetFromJsonAsync<JsonElement>("/api/v1/faq/top?shopId=shop-a");

        var questions = top.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(2, questions.Count); // 好的谢谢 is not a question
        Assert.Contains("包邮", questions[0].GetProperty("representative").GetString());
        Assert.Equal(4, questions[0].GetProperty("conversations").GetInt32());
        Assert.Equal(4, questions[0].GetProperty("buyers").GetInt32());
        Assert.Equal("亲，全场满99元包邮哦", questions[0].GetProperty("suggestedReplies")[0].GetProperty("text").GetString());
        Assert.Equal(2, questions[1].GetProperty("conversations").GetInt32());
        Assert.True(top.GetProperty("fresh").GetBoolean());
    }

    [Fact]
    public async Task NewMessagesShowUpInTheNextAnswer()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Corpus[..4]);
        await client.GetFromJsonAsync<JsonElement>("/api/v1/faq/top?minConversations=1");

        await factory.PostAndWaitAsync(client, Corpus[4..]);
        var top = await client.GetFromJsonAsync<JsonElement>("/api/v1/faq/top?minConversations=1");

        Assert.Equal(4, top.GetProperty("questions")[0].GetProperty("conversations").GetInt32());
    }

    [Fact]
    public async Task QuickPhrasesExportIsExcelReadableCsv()
    {
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await factory.PostAndWaitAsync(client, Corpus);

        var response = await client.GetAsync("/api/v1/faq/quick-phrases.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("category,question,reply,uses,conversations", lines[0]);
        Assert.Contains(lines, l => l.Contains("\"亲，全场满99元包邮哦\",4,4"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("category=weather", "category")]
    [InlineData("from=2024-05-09&to=2024-05-01", "from")]
    [InlineData("minConversations=-1", "minConversations")]
    public async Task BadFaqParametersAreProblemDetails(string query, string parameter)
    {
        await using var factory = new ArchiveApiFactory();
        var response = await factory.CreateClient().GetAsync("/api/v1/faq/top?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
