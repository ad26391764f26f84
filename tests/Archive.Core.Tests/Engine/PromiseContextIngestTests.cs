using Archive.Annotations;
using Archive.Evidence;
using Archive.Ingestion;
using Archive.Messages;
using Archive.Promises;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Engine;

/// <summary>
/// The worker reads each shop message with what came before it in its conversation: in the same batch, an earlier
/// one, or before a restart. The sealer keeps those texts with the conversation's hash chain.
/// </summary>
public class PromiseContextIngestTests
{
    private static readonly ChatMessage Request = Message("q", "衣服小了，我要换货", minute: 1);
    private static readonly ChatMessage Unrelated = Message("x", "发票抬头开错了", buyer: "b2", conversation: "c2", minute: 2);
    private static readonly ChatMessage Answer = Message("p", "好的亲，小妹会帮您申请哈", sender: Senders.Agent, minute: 3);

    [Fact]
    public async Task PaperworkPromiseIsTypedByARequestInTheSameBatch()
    {
        using var dir = new TempDataDir();
        using var engine = await StartedAsync(dir);
        await IngestAsync(engine, Request, Unrelated, Answer);

        AssertAnswerIsAReturn(engine);
    }

    [Fact]
    public async Task PaperworkPromiseIsTypedByARequestInAnEarlierBatch()
    {
        using var dir = new TempDataDir();
        using var engine = await StartedAsync(dir);
        await IngestAsync(engine, Request, Unrelated);
        await IngestAsync(engine, Answer);

        AssertAnswerIsAReturn(engine);
    }

    [Fact]
    public async Task PaperworkPromiseIsTypedByARequestMadeBeforeARestart()
    {
        using var dir = new TempDataDir();
        using (var first = await StartedAsync(dir))
        {
            await IngestAsync(first, Request, Unrelated);
            await first.StopAsync();
        }

        using var engine = await StartedAsync(dir);
        await IngestAsync(engine, Answer);

        AssertAnswerIsAReturn(engine);
    }

    [Fact]
    public void SealerHandsEachMessageTheTextsBeforeItInItsConversationNewestFirst()
    {
        var sealer = new MessageSealer(_ => new ChainState(), () => { }, () => []);
        var texts = Enumerable.Range(1, PromiseDetector.ContextDepth + 2).Select(i => $"第{i}句").ToArray();
        var messages = texts.Select((t, i) => Message($"m{i}", t, minute: i)).Append(Message("other", "别的会话", conversation: "c9", minute: 9)).ToList();

        var sealedMessages = sealer.Seal(new IngestBatch(1, messages, Api));

        Assert.Empty(sealedMessages[0].Earlier);
        Assert.Equal(["第2句", "第1句"], sealedMessages[2].Earlier);
        Assert.Equal(texts.Reverse().Skip(1).Take(PromiseDetector.ContextDepth), sealedMessages[texts.Length - 1].Earlier);
        Assert.Empty(sealedMessages[^1].Earlier); // another conversation
    }

    private static async Task<ArchiveEngine> StartedAsync(TempDataDir dir)
    {
        var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        return engine;
    }

    private static void AssertAnswerIsAReturn(ArchiveEngine engine)
    {
        var promise = Assert.Single(engine.Promises.Find(new PromiseQuery { BuyerId = "b1" }).Promises);
        Assert.Equal("p", promise.Message.MessageId);
        Assert.Equal(PromiseType.ReturnExchange, promise.Promise.Type);
    }
}
