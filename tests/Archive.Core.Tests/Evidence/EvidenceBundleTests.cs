using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Tests.Engine;
using Archive.Evidence;
using Archive.Ingestion;
using Archive.Messages;
using static Archive.Core.Tests.Engine.EngineTestData;

namespace Archive.Core.Tests.Evidence;

public class EvidenceBundleTests
{
    private static ChatMessage[] Dispute(string conversation = "c1", string buyer = "b1") =>
    [
        Message("m1", "你好，这个杯子有货吗", buyer, conversation: conversation, minute: 0) with { OrderId = "o-77" },
        Message("m2", "亲，有货的，今天下单明天给您发货，再送一个杯垫", buyer, Senders.Agent, conversation, minute: 1),
        Message("m3", "收到是碎的，你们说好送赠品的", buyer, conversation: conversation, minute: 2),
        Message("m4", "非常抱歉，明天给您补发，杯垫一起寄出", buyer, Senders.Agent, conversation, minute: 3),
    ];

    [Fact]
    public async Task ConversationBundleHoldsExactlyItsMessagesInOrderAndVerifies()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Dispute().Reverse().ToArray());
        await IngestAsync(engine, Message("other", "别的会话", conversation: "c2"));

        var bundle = engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!;

        var conversation = Assert.Single(bundle.Conversations);
        Assert.Equal(["m1", "m2", "m3", "m4"], conversation.Messages.Select(m => m.MessageId));
        Assert.Equal(["客服A"], conversation.AgentIds);
        Assert.All(conversation.Messages, m => Assert.Equal("+08:00", m.TimeZone));
        Assert.All(conversation.Messages, m => Assert.Equal("api", m.Source.Kind));
        Assert.Contains(conversation.Messages[1].Promises, p => p.Kind == "shop" && p.Type == "shipping");
        Assert.True(conversation.Messages[2].Promises.Any(p => p.Kind == "claim" && p.Status == "claimed"), JsonSerializer.Serialize(conversation.Messages.Select(m => m.Promises), MessageJson.Options));
        Assert.True(BundleVerifier.Verify(bundle).Intact, BundleVerifier.Verify(bundle).Problem);
    }

    [Fact]
    public async Task VerifyFailsOnEverySingleFieldTamper()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Dispute());
        var json = JsonSerializer.SerializeToNode(engine.Evidence.Build(new EvidenceRequest { BuyerId = "b1" })!, MessageJson.Options)!;

        var leaves = Leaves(json).ToList();
        Assert.True(leaves.Count > 80, $"only {leaves.Count} fields to tamper with");
        foreach (var path in leaves)
        {
            var tampered = Tamper(json, path);
            var result = BundleVerifier.Verify(tampered.Deserialize<EvidenceBundle>(MessageJson.Options)!);
            Assert.False(result.Intact, $"changing {path} went unnoticed");
        }
    }

    [Fact]
    public async Task VerifyNamesTheMessageWhoseTextWasChanged()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Dispute());
        var bundle = engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!;
        var messages = bundle.Conversations[0].Messages.ToList();
        messages[3] = messages[3] with { Text = "非常抱歉，无法补发" };

        var result = BundleVerifier.Verify(bundle with { Conversations = [bundle.Conversations[0] with { Messages = messages }] });

        Assert.False(result.Intact);
        Assert.Equal("m4", result.MessageId);
    }

    [Fact]
    public async Task VerifyFailsWhenMessagesAreReorderedOrOneIsLeftOut()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Dispute());
        var bundle = engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!;
        var c = bundle.Conversations[0];

        var swapped = c.Messages.ToList();
        (swapped[1], swapped[2]) = (swapped[2], swapped[1]);
        var dropped = c.Messages.Where(m => m.MessageId != "m2").ToList();

        Assert.False(BundleVerifier.Verify(bundle with { Conversations = [c with { Messages = swapped }] }).Intact);
        Assert.False(BundleVerifier.Verify(bundle with { Conversations = [c with { Messages = dropped }] }).Intact);
    }

    [Fact]
    public async Task ResendingAMessageLeavesTheChainAsItWasAndAChangedOneBecomesAFlaggedVersion()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, Dispute());
        var before = engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!.Conversations[0];

        await IngestAsync(engine, Dispute());
        Assert.Equal(before.ChainHead, engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!.Conversations[0].ChainHead);

        await IngestAsync(engine, Dispute()[1] with { Text = "亲，有货的，今天下单明天给您发货" });
        var after = engine.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!;
        var versions = after.Conversations[0].Messages.Where(m => m.MessageId == "m2").ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains("再送一个杯垫", versions[0].Text);
        Assert.Equal(4, versions[1].ChainIndex);
        Assert.True(BundleVerifier.Verify(after).Intact);
    }

    [Fact]
    public async Task ChainContinuesAfterARestart()
    {
        using var dir = new TempDataDir();
        var messages = Dispute();
        using (var engine = ArchiveEngine.Open(dir.Path))
        {
            await engine.StartAsync(watchInbox: false);
            await IngestAsync(engine, messages[..2]);
            await engine.StopAsync();
        }
        using var reopened = ArchiveEngine.Open(dir.Path);
        await reopened.StartAsync(watchInbox: false);
        await IngestAsync(reopened, messages);

        var bundle = reopened.Evidence.Build(new EvidenceRequest { ConversationId = "c1" })!;
        Assert.Equal([0L, 1, 2, 3], bundle.Conversations[0].Messages.Select(m => m.ChainIndex));
        Assert.True(BundleVerifier.Verify(bundle).Intact);
    }

    [Fact]
    public async Task BuyerBundleNarrowedToAnOrderKeepsOnlyConversationsNamingIt()
    {
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);
        await IngestAsync(engine, [.. Dispute("c1"), .. Dispute("c2").Select(m => m with { MessageId = m.MessageId + "b", OrderId = null })]);

        var all = engine.Evidence.Build(new EvidenceRequest { BuyerId = "b1" })!;
        var order = engine.Evidence.Build(new EvidenceRequest { BuyerId = "b1", OrderId = "o-77" })!;

        Assert.Equal(2, all.Conversations.Count);
        Assert.Equal("c1", Assert.Single(order.Conversations).ConversationId);
        Assert.Null(engine.Evidence.Build(new EvidenceRequest { BuyerId = "nobody" }));
    }

    private static IEnumerable<string> Leaves(JsonNode node, string path = "$")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    if (child is null) yield return path + "." + name;
                    else foreach (var leaf in Leaves(child, path + "." + name)) yield return leaf;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Leaves(a[i]!, $"{path}[{i}]")) yield return leaf;
                break;
            default:
                yield return path;
                break;
        }
    }

    /// <summary>A copy with one leaf changed: strings get one character more, numbers one more, nulls a value.</summary>
    private static JsonNode Tamper(JsonNode original, string path)
    {
        var copy = original.DeepClone();
        var (parent, last) = Navigate(copy, path);
        var value = parent is JsonObject po ? po[last] : ((JsonArray)parent)[int.Parse(last)];
        JsonNode replacement = value switch
        {
            null => JsonValue.Create("x")!,
            JsonValue v when v.TryGetValue<long>(out var n) => JsonValue.Create(n + 1)!,
            JsonValue v => JsonValue.Create(v.GetValue<string>() + "x")!,
            _ => throw new InvalidOperationException(path),
        };
        if (parent is JsonObject o) o[last] = replacement;
        else ((JsonArray)parent)[int.Parse(last)] = replacement;
        return copy;
    }

    private static (JsonNode Parent, string Last) Navigate(JsonNode root, string path)
    {
        var parts = path[2..].Replace("[", ".").Replace("]", "").Split('.');
        var node = root;
        foreach (var part in parts[..^1]) node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        return (node, parts[^1]);
    }
}
