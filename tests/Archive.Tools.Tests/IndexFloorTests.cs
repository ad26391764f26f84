using Archive.Messages;
using Archive.Tools.Bench;

namespace Archive.Tools.Tests;

public sealed class IndexFloorTests
{
    private static List<ChatMessage> Messages(int count) =>
        Enumerable.Range(0, count).Select(i => new ChatMessage
        {
            MessageId = $"m-{i:D6}",
            ConversationId = $"c-{i / 10:D5}",
            BuyerId = $"b-{i / 30:D4}",
            Sender = i % 2 == 0 ? "buyer" : "agent",
            AgentId = i % 2 == 0 ? null : "a-1",
            SentAt = new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)).AddSeconds(i * 17),
            Text = i % 2 == 0 ? $"亲，第{i}单什么时候发货呀，能包邮吗" : $"您好，第{i}单明天给您发货，满99包邮哦",
        }).ToList();

    [Fact]
    public void TheFloorKeepsTheLeanerLayoutOfEachPartItNeeds()
    {
        using var dir = new TempDir();
        var report = IndexFloor.Measure(Messages(3_000), dir.Path);

        long Leanest(IndexFloor.Role messages) => report.Parts.Where(p => p.Role == IndexFloor.Role.Needed || p.Role == messages)
            .GroupBy(p => p.Thing).Sum(g => g.Min(p => p.Bytes));
        Assert.Equal(Leanest(IndexFloor.Role.Stored), report.FloorBytes);
        Assert.Equal(Leanest(IndexFloor.Role.Pointer), report.FloorWithoutMessagesBytes);
        Assert.True(report.FloorWithoutMessagesBytes < report.FloorBytes);
        Assert.All(report.Parts, p => Assert.True(p.Bytes > 0, p.Thing));
        Assert.Equal(IndexFloor.Role.Beyond, report.Parts.Single(p => p.Thing.StartsWith("evidence", StringComparison.Ordinal)).Role);
    }

    [Fact]
    public void PositionsCostMoreThanDocumentsOnlyAndDeflateLessThanLz4()
    {
        using var dir = new TempDir();
        var report = IndexFloor.Measure(Messages(3_000), dir.Path);

        long Size(string thing, string layoutStart) =>
            report.Parts.Single(p => p.Thing == thing && p.Layout.StartsWith(layoutStart, StringComparison.Ordinal)).Bytes;
        Assert.True(Size("recall unigrams and bigrams", "with positions") > Size("recall unigrams and bigrams", "documents only"));
        Assert.True(Size("the text", "stored, Deflate") < Size("the text", "stored, LZ4"));
        Assert.Equal(Messages(3_000).Sum(m => (long)System.Text.Encoding.UTF8.GetByteCount(m.Text)), report.TextBytes);
    }
}
