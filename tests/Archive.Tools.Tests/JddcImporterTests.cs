using System.Text;
using System.Text.Json;
using Archive.Messages;
using Archive.Tools.Commands;
using Archive.Tools.Jddc;
using Archive.Tests.Shared;

namespace Archive.Tools.Tests;

public sealed class JddcImporterTests
{
    private const string JddcFile = "jddc/chat_0.1per.txt";
    private const string S1 = "11111111111111111111111111111111";
    private const string S2 = "22222222222222222222222222222222";
    private const string S3 = "33333333333333333333333333333333";

    // Ten lines in the JDDC layout (session, user, waiter_send, is_transfer, is_repeat, sku, content) plus three
    // broken ones. USERID_00000001 comes back in a later session; one content holds a tab, one a trailing space.
    private static readonly string Sample = string.Join('\n',
        $"{S1}\tUSERID_00000001\t0\t0\t0\tnan\t人工客服 你好",
        $"{S1}\tUSERID_00000001\t1\t0\t0\tnan\t亲，有什么可以帮您?",
        $"{S1}\tUSERID_00000001\t0\t0\t0\tnan\t[订单x]地址可以帮我修改下吗",
        $"{S1}\tUSERID_00000001\t1\t0\t0\tnan\t还请您稍等，正在为您查询~ 过程大概需要[数字x]-[数字x]天.",
        $"{S2}\tUSERID_00000002\t0\t0\t0\t4803822\t这个手机支持[数字x]G内存卡吗",
        $"{S2}\tUSERID_00000002\t1\t1\t0\t4803822\t支持的哦 亲爱哒 ",
        $"{S2}\tBROKEN LINE WITHOUT TABS",
        $"{S2}\tUSERID_00000002\tx\t0\t0\tnan\t好的",
        "",
        $"{S3}\tUSERID_00000001\t0\t0\t1\tnan\t发票怎么开\t要纸质的",
        $"{S3}\tUSERID_00000001\t1\t0\t0\tnan\t[订单编号:[订单x]，订单金额:[金额x]] 电子发票在订单详情页下载哦",
        $"{S3}\tUSERID_00000001\t0\t0\t0\tnan\t好的谢谢",
        $"{S3}\tUSERID_00000001\t1\t0\t0\tnan\t还有别的问题吗?") + "\r\n";

    private static (List<ChatMessage> Messages, JddcImportStats Stats) Import(string text)
    {
        var importer = new JddcImporter(JddcImporter.DefaultStart);
        var messages = importer.Read(new StringReader(text)).ToList();
        return (messages, importer.Stats);
    }

    [Fact]
    public void ConvertsAnInlineSample()
    {
        using var dir = new TempDir();
        var input = dir.File("chat.txt");
        File.WriteAllText(input, Sample, new UTF8Encoding(false));
        var stats = ImportJddcCommand.Import(input, dir.File("out.jsonl"), JddcImporter.DefaultStart);

        var lines = File.ReadAllLines(dir.File("out.jsonl"));
        Assert.Equal(10, lines.Length);
        Assert.Equal((13L, 10L, 3, 2), (stats.Lines, stats.Messages, stats.Sessions, stats.Buyers));
        var messages = lines.Select(l => JsonSerializer.Deserialize<RawMessage>(l, MessageJson.Options)!).ToList();
        Assert.All(messages, m => Assert.True(MessageValidator.TryValidate(m, out _, out var error), error));

        var first = messages[0];
        Assert.Equal($"jddc-{S1}-000", first.MessageId);
        Assert.Equal(S1, first.ConversationId);
        Assert.Equal("USERID_00000001", first.BuyerId);
        Assert.Equal("jd", first.ShopId);
        Assert.Equal("2019-03-01T09:00:00+08:00", first.SentAt);
        Assert.Null(first.ItemId);
        // Content is kept byte for byte: masks, a tab inside it, trailing spaces.
        Assert.Equal("[订单x]地址可以帮我修改下吗", messages[2].Text);
        Assert.Equal("支持的哦 亲爱哒 ", messages[5].Text);
        Assert.Equal("4803822", messages[5].ItemId);
        Assert.Equal("发票怎么开\t要纸质的", messages[6].Text);
        Assert.Equal($"jddc-{S3}-003", messages[9].MessageId);
    }

    [Fact]
    public void MapsSenders()
    {
        var (messages, stats) = Import(Sample);
        Assert.Equal(
            ["buyer", "agent", "buyer", "agent", "buyer", "agent", "buyer", "agent", "buyer", "agent"],
            messages.Select(m => m.Sender));
        Assert.All(messages, m => Assert.Equal(m.Sender == Senders.Agent ? JddcImporter.AgentId : null, m.AgentId));
        Assert.Equal((5L, 5L), (stats.BuyerMessages, stats.AgentMessages));
    }

    [Fact]
    public void SynthesizesIncreasingTimes()
    {
        var (messages, _) = Import(Sample);
        for (var i = 1; i < messages.Count; i++)
        {
            var gap = messages[i].SentAt - messages[i - 1].SentAt;
            if (messages[i].ConversationId == messages[i - 1].ConversationId)
                Assert.InRange(gap.TotalSeconds, 5, 60);
            else
                Assert.True(gap > TimeSpan.Zero);
        }
        // The returning user's second session starts after the first one ended.
        var sessions = messages.Where(m => m.BuyerId == "USERID_00000001").GroupBy(m => m.ConversationId).ToList();
        Assert.Equal(2, sessions.Count);
        Assert.True(sessions[1].First().SentAt > sessions[0].Last().SentAt);
        Assert.All(messages, m => Assert.Equal(TimeSpan.FromHours(8), m.SentAt.Offset));
        // Deterministic: the same input gives the same times.
        Assert.Equal(messages.Select(m => m.SentAt), Import(Sample).Messages.Select(m => m.SentAt));
    }

    [Fact]
    public void SkipsMalformedLinesWithAReport()
    {
        var (messages, stats) = Import(Sample);
        Assert.Equal(10, messages.Count);
        Assert.Equal([7L, 8L, 9L], stats.Skipped.Select(s => s.LineNumber));
        Assert.Contains("columns", stats.Skipped[0].Reason);
        Assert.Contains("waiter_send", stats.Skipped[1].Reason);
        Assert.Contains("empty", stats.Skipped[2].Reason);
    }

    [SharedDataFact(JddcFile)]
    public void ImportsTheWholeRealSample()
    {
        using var dir = new TempDir();
        var stats = ImportJddcCommand.Import(SharedData.File(JddcFile)!, dir.File("jddc.jsonl"), JddcImporter.DefaultStart);
        Assert.Equal(12_136, stats.Lines);
        Assert.Empty(stats.Skipped);
        Assert.Equal(12_136, stats.Messages);
        Assert.Equal(994, stats.Sessions);
        Assert.Equal(12_136, File.ReadLines(dir.File("jddc.jsonl")).Count());
        Assert.Equal(stats.Messages, stats.BuyerMessages + stats.AgentMessages);
    }
}
