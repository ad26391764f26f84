using System.Text;
using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>Size, not speed: parse speed is measured by the bench tool, never by a timed test.</summary>
public class LargeFileParsingTests
{
    private const int Lines = 100_000;

    [Fact]
    public void HundredThousandLineJsonlFileParsesCompletely()
    {
        using var dir = new TempDir();
        var sb = new StringBuilder();
        for (var i = 0; i < Lines; i++)
            sb.Append($$"""{"conversationId":"c{{i / 20}}","buyerId":"tb_buyer{{i / 20}}","sender":"{{(i % 2 == 0 ? "buyer" : "agent")}}","sentAt":"2023-01-06T10:{{i / 60 % 60:00}}:{{i % 60:00}}+08:00","text":"亲，这款小米手机现在有货吗？订单{{i}}什么时候发货","shopId":"小米旗舰店","agentId":"客服A"}""").Append('\n');
        var path = dir.Write("big.jsonl", Encoding.UTF8.GetBytes(sb.ToString()));

        var result = InboxFileParser.Parse(path);

        ParseAssert.Clean(result, Lines);
        Assert.Equal("c4999", result.Messages[^1].ConversationId);
    }
}
