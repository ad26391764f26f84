using Archive.Annotations;
using Archive.Messages;
using Archive.Promises;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

/// <summary>The worker reads each shop message with what came before it in its conversation, in the same batch or an earlier one.</summary>
public class PromiseContextIngestTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PaperworkPromiseIsTypedByTheBuyersEarlierRequest(bool sameBatch)
    {
        using var dir = new TempDataDir();
        using var engine = Archive.Ingestion.ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        var request = Message("q", "衣服小了，我要换货", minute: 1);
        var unrelated = Message("x", "发票抬头开错了", buyer: "b2", conversation: "c2", minute: 2);
        var answer = Message("p", "好的亲，小妹帮您申请哈", sender: Senders.Agent, minute: 3);
        if (sameBatch) await IngestAsync(engine, request, unrelated, answer);
        else
        {
            await IngestAsync(engine, request, unrelated);
            await IngestAsync(engine, answer);
        }

        var found = engine.Promises.Find(new PromiseQuery { BuyerId = "b1" }).Promises;

        var promise = Assert.Single(found);
        Assert.Equal("p", promise.Message.MessageId);
        Assert.Equal(PromiseType.ReturnExchange, promise.Promise.Type);
    }
}
