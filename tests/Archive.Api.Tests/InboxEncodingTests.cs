using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

public class InboxEncodingTests
{
    [Fact]
    public async Task GbkQianniuExportDroppedInTheInboxBecomesASearchableTranscript()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await client.GetAsync("/health");
        var export = string.Join("\r\n",
            "===== 与 tb_小王 的聊天记录 =====",
            "2023-01-06 10:40:12 tb_小王: 亲，这款有现货吗？",
            "2023-01-06 10:40:40 小米旗舰店:客服A: 亲，有现货的，今天下单明天发货",
            "2023-01-06 10:41:05 tb_小王: 好的，运费险有吗",
            "还有能便宜点吗",
            "");
        var temp = Path.Combine(factory.DataDir, "export.part");
        await File.WriteAllBytesAsync(temp, Encoding.GetEncoding("GBK").GetBytes(export));
        File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddMinutes(-1));
        File.Move(temp, Path.Combine(factory.DataDir, "inbox", "qianniu-export.txt"));

        JsonElement result = default;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            result = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("便宜") + "&limit=5");
            if (result.GetProperty("total").GetInt32() > 0) break;
            await Task.Delay(100);
        }

        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray());
        Assert.Equal("好的，运费险有吗\n还有能便宜点吗", hit.GetProperty("text").GetString());
        Assert.Equal("tb_小王", hit.GetProperty("buyerId").GetString());
        var transcript = await client.GetFromJsonAsync<JsonElement>(
            "/api/v1/conversations/" + Uri.EscapeDataString(hit.GetProperty("conversationId").GetString()!));
        var messages = transcript.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["buyer", "agent", "buyer"], messages.Select(m => m.GetProperty("sender").GetString()));
        Assert.Equal("客服A", messages[1].GetProperty("agentId").GetString());
        Assert.Equal("小米旗舰店", transcript.GetProperty("shopId").GetString());
        Assert.Equal("2023-01-06T10:40:40+08:00", messages[1].GetProperty("sentAt").GetString());
    }
}
