using System.Security.Cryptography;
using System.Text.Json;
using Archive.Messages;
using Archive.Tools.Commands;
using Archive.Tools.Generation;

namespace Archive.Tools.Tests;

public sealed class GeneratorTests
{
    private const int Count = 30_000;

    private static List<GeneratedMessage> Generate(int seed = 11, int count = Count, GeneratorOptions? options = null) =>
        new ShopCorpusGenerator(seed, options).Generate(count).ToList();

    [Fact]
    public void GeneratorIsDeterministicBySeed()
    {
        using var dir = new TempDir();
        string Run(string name, int seed)
        {
            var path = dir.File(name);
            GenerateCommand.Write(new ShopCorpusGenerator(seed), 5_000, path, path + ".tsv");
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) +
                   Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path + ".tsv")));
        }

        Assert.Equal(Run("a.jsonl", 5), Run("b.jsonl", 5));
        Assert.NotEqual(Run("a.jsonl", 5), Run("c.jsonl", 6));
        // Enumerating the same generator twice replays the same corpus.
        var generator = new ShopCorpusGenerator(5);
        Assert.Equal(generator.Generate(500).Select(g => g.Message), generator.Generate(500).Select(g => g.Message));
    }

    [Fact]
    public void GeneratesExactlyTheRequestedCount()
    {
        Assert.Empty(Generate(count: 0));
        Assert.Single(Generate(count: 1));
        var messages = Generate(count: 12_345);
        Assert.Equal(12_345, messages.Count);
        // Ids are the message's position in the corpus: unique and gapless.
        for (var i = 0; i < messages.Count; i++) Assert.Equal($"g-11-{i:D9}", messages[i].Message.MessageId);
    }

    [Fact]
    public void GeneratedMessagesAllValidate()
    {
        foreach (var generated in Generate())
        {
            var json = MessageJson.Serialize(generated.Message);
            var raw = JsonSerializer.Deserialize<RawMessage>(json, MessageJson.Options)!;
            Assert.True(MessageValidator.TryValidate(raw, out var roundTripped, out var error), error + ": " + json);
            Assert.Equal(generated.Message, roundTripped);
            Assert.Equal(TimeSpan.FromHours(8), generated.Message.SentAt.Offset);
            Assert.Equal(generated.Message.Sender == Senders.Agent, generated.Message.AgentId is not null);
            Assert.DoesNotContain('\n', json);
        }
    }

    [Fact]
    public void ReturningBuyersHaveSeveralConversations()
    {
        var conversationsPerBuyer = Generate()
            .GroupBy(g => g.Message.BuyerId)
            .Select(b => b.Select(g => g.Message.ConversationId).Distinct().Count())
            .ToList();
        var returning = conversationsPerBuyer.Count(c => c >= 2);
        var share = (double)returning / conversationsPerBuyer.Count;
        // Long-tailed: most buyers come once, a sizeable minority returns, a few come back many times.
        Assert.InRange(share, 0.2, 0.5);
        Assert.Contains(conversationsPerBuyer, c => c >= 4);
    }

    [Fact]
    public void ReturningBuyersReferToEarlierPromises()
    {
        var messages = Generate();
        var promisedBuyers = messages.Where(g => g.PromiseType is not null).Select(g => g.Message.BuyerId).ToHashSet();
        var followUps = messages.Where(g => g.Intent == Intents.PromiseFollowUp).ToList();
        Assert.NotEmpty(followUps);
        Assert.All(followUps, f => Assert.Contains(f.Message.BuyerId, promisedBuyers));
    }

    [Fact]
    public void SomeBuyersWriteTraditionalChinese()
    {
        var buyerTexts = Generate().Where(g => g.Message.Sender == Senders.Buyer).ToList();
        var buyers = buyerTexts.Select(g => g.Message.BuyerId).ToHashSet();
        var traditional = buyerTexts
            .Where(g => g.Message.Text.Any(TraditionalChinese.IsTraditionalOnly))
            .Select(g => g.Message.BuyerId).ToHashSet();
        Assert.InRange((double)traditional.Count / buyers.Count, 0.01, 0.10);
        Assert.Contains(buyerTexts, g => g.Message.Text.Contains("發") || g.Message.Text.Contains("貨"));
    }

    [Fact]
    public void BuyerTextsCarryTyposEmojiAndFullWidthCharacters()
    {
        var texts = Generate().Where(g => g.Message.Sender == Senders.Buyer).Select(g => g.Message.Text).ToList();
        Assert.Contains(texts, t => t.Any(char.IsSurrogate));
        Assert.Contains(texts, t => t.Any(c => c is >= '\uFF10' and <= '\uFF5A'));
        Assert.Contains(texts, t => t.Contains("再吗") || t.Contains("发或") || t.Contains("神马") || t.Contains("木有"));
    }

    [Fact]
    public void LabelsCoverPromisesAndIntents()
    {
        using var dir = new TempDir();
        var corpus = dir.File("corpus.jsonl");
        var labelsPath = dir.File("labels.tsv");
        GenerateCommand.Write(new ShopCorpusGenerator(3), Count, corpus, labelsPath);

        var senders = File.ReadLines(corpus)
            .Select(l => JsonSerializer.Deserialize<RawMessage>(l, MessageJson.Options)!)
            .ToDictionary(m => m.MessageId!, m => m.Sender!);
        var labels = File.ReadLines(labelsPath).Select(l => l.Split('\t')).ToList();
        Assert.All(labels, l => Assert.Equal(3, l.Length));
        Assert.All(labels.Where(l => l[1] != ""), l => Assert.Equal(Senders.Buyer, senders[l[0]]));
        Assert.All(labels.Where(l => l[2] != ""), l => Assert.Equal(Senders.Agent, senders[l[0]]));

        var allIntents = typeof(Intents).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Equal(allIntents, labels.Select(l => l[1]).Where(i => i != "").ToHashSet());
        Assert.Equal(PromiseTypes.All.ToHashSet(), labels.Select(l => l[2]).Where(p => p != "").ToHashSet());
    }

    [Fact]
    public void HardNegativesAreNotLabelledAsPromises()
    {
        var plain = PromiseTemplates.AllHardNegatives.Where(t => !t.Source.Contains('{')).Select(t => t.Source).ToHashSet();
        var negatives = Generate().Where(g => g.Message.Sender == Senders.Agent && plain.Contains(g.Message.Text)).ToList();
        Assert.Contains(negatives, g => g.Message.Text == "不能包邮哦");
        Assert.Contains(negatives, g => g.Message.Text == "要帮您退款吗?");
        Assert.All(negatives, g => Assert.Null(g.PromiseType));
    }

    [Fact]
    public void ConversationTimesAreOrdered()
    {
        var messages = Generate(options: new GeneratorOptions { Shops = 5 });
        var conversations = new List<List<ChatMessage>>();
        foreach (var g in messages)
        {
            if (conversations.Count == 0 || conversations[^1][0].ConversationId != g.Message.ConversationId) conversations.Add([]);
            conversations[^1].Add(g.Message);
        }
        // Each conversation is one consecutive block.
        Assert.Equal(conversations.Count, conversations.Select(c => c[0].ConversationId).Distinct().Count());
        foreach (var c in conversations)
        {
            for (var i = 1; i < c.Count; i++) Assert.True(c[i].SentAt >= c[i - 1].SentAt, c[i].MessageId);
            Assert.InRange(c.Count, 1, 20);
            Assert.Single(c.Select(m => (m.BuyerId, m.ShopId)).Distinct());
        }
        Assert.All(conversations.SkipLast(1), c => Assert.InRange(c.Count, 2, 20));

        // A buyer's later conversations start after the earlier ones ended.
        foreach (var buyer in conversations.GroupBy(c => c[0].BuyerId))
        {
            var ordered = buyer.ToList();
            for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i][0].SentAt > ordered[i - 1][^1].SentAt);
        }
        Assert.Equal(5, messages.Select(g => g.Message.ShopId).Distinct().Count());
    }

    [Fact]
    public void EveryIntentIsSeveralQuestionFamiliesEachWithSeveralWordings()
    {
        foreach (var intent in IntentCatalog.Asked.Append(IntentCatalog.SizeColorApparel))
        {
            Assert.True(intent.Families.Length >= 3, $"{intent.Key} has only {intent.Families.Length} question families");
            Assert.All(intent.Families, f => Assert.True(f.Wordings.Length >= 4, $"{f.Key} has only {f.Wordings.Length} wordings"));
        }
        Assert.Equal(PromiseTypes.All.Order(), BuyerQuestions.PromiseFollowUps.Select(f => f.PromiseType).Order());
    }

    [Fact]
    public void EveryLabelledQuestionCarriesItsFamilyAndTheTopFamiliesAreSeparated()
    {
        var questions = Generate(count: 200_000).Where(g => g.Intent is not null).ToList();
        Assert.All(questions, q => Assert.NotNull(q.QuestionIntent));
        Assert.All(questions.Where(q => q.Message.Sender != Senders.Buyer), q => Assert.Fail(q.Message.MessageId));

        // Skewed like real queues: a true top ten whose neighbours differ by at least ~5% in conversations asking.
        var counts = questions.GroupBy(q => q.QuestionIntent!).Select(g => g.Select(q => q.Message.ConversationId).Distinct().Count())
            .OrderDescending().ToList();
        Assert.True(counts.Count >= 40, $"only {counts.Count} families");
        for (var i = 0; i < 10; i++) Assert.True(counts[i] >= 1.05 * counts[i + 1], $"rank {i + 1}: {counts[i]} vs {counts[i + 1]}");
    }

    [Theory]
    [InlineData("2024-01-01", "2024-01-01T00:00:00+08:00")]
    [InlineData("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00")]
    [InlineData("2024-03-05T10:00:00+08:00", "2024-03-05T10:00:00+08:00")]
    public void StartDatesWithoutOffsetAreChinaTime(string input, string expected)
    {
        var wanted = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var actual = GenerateCommand.ParseStart(input);
        Assert.Equal(wanted, actual);
        Assert.Equal(wanted.Offset, actual.Offset);
    }
}
