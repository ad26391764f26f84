using System.Diagnostics;
using System.Text;
using Archive.Ingestion.Parsing;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Ingestion;

public class ParserThroughputTests(ITestOutputHelper output)
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

        InboxFileParser.Parse(path); // warm-up: JIT and the code-page provider
        var clock = Stopwatch.StartNew();
        var result = InboxFileParser.Parse(path);
        clock.Stop();

        ParseAssert.Clean(result, Lines);
        var rate = Lines / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{Lines} JSONL lines ({new FileInfo(path).Length / 1e6:F1} MB) in {clock.ElapsedMilliseconds} ms: {rate:N0} messages/s");
        Assert.True(rate > 10_000, $"only {rate:N0} messages/s");
    }
}
