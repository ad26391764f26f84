using Archive.Faq;
using Archive.Messages;

namespace Archive.Core.Tests.Faq;

public sealed class FaqMinerTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A conversation: (sender, text) turns a minute apart.</summary>
    private static IEnumerable<ChatMessage> Chat(string conversationId, string buyerId, DateTimeOffset start, params (string Sender, string Text)[] turns) =>
        turns.Select((t, i) => new ChatMessage
        {
            MessageId = $"{conversationId}-{i}",
            ConversationId = conversationId,
            BuyerId = buyerId,
            Sender = t.Sender,
            SentAt = start.AddMinutes(i),
            Text = t.Text,
            AgentId = t.Sender == Senders.Agent ? "小美" : null,
        });

    private static readonly FaqMiningOptions Options = new() { MinConversations = 1 };

    [Fact]
    public void MinerCountsDistinctConversationsNotMessages()
    {
        var messages = Chat("c1", "b1", Day, (Senders.Buyer, "包邮吗"), (Senders.Buyer, "包邮吗？？"), (Senders.Buyer, "亲，免运费吗"), (Senders.Agent, "亲，满99包邮的哦"))
            .Concat(Chat("c2", "b1", Day.AddHours(1), (Senders.Buyer, "包邮不"), (Senders.Agent, "满99包邮")))
            .Concat(Chat("c3", "b2", Day.AddHours(2), (Senders.Buyer, "在吗"), (Senders.Buyer, "能包邮吗"), (Senders.Agent, "亲，满99包邮的哦")));

        var report = new FaqMiner().Mine(messages, Options);

        var question = Assert.Single(report.Questions);
        Assert.Equal(3, question.Conversations);
        Assert.Equal(2, question.Buyers);
        Assert.Equal(5, question.Messages);
        Assert.Equal(QuestionCategories.ShippingFee, question.Category);
        Assert.Equal("邮费/快递", question.CategoryLabel);
    }

    [Fact]
    public void MinerSuggestsTheAgentsAnswerNotGreetingsOrAutoReplies()
    {
        var messages = Chat("c1", "b1", Day, (Senders.Buyer, "什么时候发货"), (Senders.Auto, "您好，欢迎光临小店"), (Senders.Agent, "在的亲"), (Senders.Agent, "亲，今天下单明天发货哦"))
            .Concat(Chat("c2", "b2", Day.AddHours(1), (Senders.Buyer, "啥时候发货啊"), (Senders.Agent, "亲，今天下单明天就发货哦")))
            .Concat(Chat("c3", "b3", Day.AddHours(2), (Senders.Buyer, "什么时候能发货"), (Senders.Agent, "48小时内发出")));

        var question = Assert.Single(new FaqMiner().Mine(messages, Options).Questions);

        Assert.Equal(3, question.Conversations);
        Assert.Equal("什么时候发货", question.Representative);
        Assert.Equal(new SuggestedReply("亲，今天下单明天发货哦", 2), question.SuggestedReplies[0]);
        Assert.DoesNotContain(question.SuggestedReplies, r => r.Text.Contains("欢迎光临") || r.Text == "在的亲");
    }

    [Fact]
    public void MinerComparesTheCurrentPeriodWithThePreviousOneOfEqualLength()
    {
        var from = Day;
        var to = Day.AddDays(7);
        var messages = Enumerable.Range(0, 3).SelectMany(i => Chat($"new-{i}", $"b{i}", from.AddDays(i), (Senders.Buyer, "能开发票吗")))
            .Concat(Chat("old-1", "b9", from.AddDays(-3), (Senders.Buyer, "可以开发票吗")))
            .Concat(Chat("too-old", "b8", from.AddDays(-30), (Senders.Buyer, "能开发票吗")));

        var report = new FaqMiner().Mine(messages.OrderBy(m => m.ConversationId, StringComparer.Ordinal), Options with { From = from, To = to });

        var question = Assert.Single(report.Questions);
        Assert.Equal(3, question.Conversations);
        Assert.Equal(1, question.PreviousConversations);
        Assert.Equal("up", question.Trend);
        Assert.Equal(from.AddDays(-7), report.PreviousFrom);
    }

    [Fact]
    public void MinerFiltersByCategoryAndLeavesRareQuestionsOut()
    {
        var messages = Chat("c1", "b1", Day, (Senders.Buyer, "包邮吗"), (Senders.Buyer, "能开发票吗"))
            .Concat(Chat("c2", "b2", Day, (Senders.Buyer, "免运费吗"), (Senders.Buyer, "质量怎么样")));

        var invoices = new FaqMiner().Mine(messages, Options with { Category = QuestionCategories.Invoice });
        var frequent = new FaqMiner().Mine(messages, Options with { MinConversations = 2 });

        Assert.Equal(QuestionCategories.Invoice, Assert.Single(invoices.Questions).Category);
        Assert.Equal(QuestionCategories.ShippingFee, Assert.Single(frequent.Questions).Category);
    }

    [Fact]
    public void MinerGivesTheSameReportForTheSameInput()
    {
        var messages = Enumerable.Range(0, 40).SelectMany(i => Chat($"c{i:D2}", $"b{i % 7}", Day.AddMinutes(i * 10),
            (Senders.Buyer, (i % 4) switch { 0 => "包邮吗", 1 => "什么时候发货", 2 => "有优惠券吗", _ => "能便宜点吗" }),
            (Senders.Agent, (i % 3) switch { 0 => "亲，满99包邮", 1 => "今天发货", _ => "已经是最低价了" }))).ToList();

        var first = System.Text.Json.JsonSerializer.Serialize(new FaqMiner().Mine(messages, Options));
        var second = System.Text.Json.JsonSerializer.Serialize(new FaqMiner().Mine(messages, Options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void ABareTopicIsRepresentedByTheGroupsQuestionWordingNotByTheTopicAlone()
    {
        var buyers = new[] { "退货", "退货", "我要退货", "退货", "能退货吗", "可以退货吗" };
        var messages = buyers.SelectMany((text, i) => Chat($"c{i}", $"b{i}", Day.AddHours(i), (Senders.Buyer, text), (Senders.Agent, "支持七天无理由退货")));

        var question = Assert.Single(new FaqMiner().Mine(messages, Options).Questions);

        Assert.Equal(6, question.Conversations);
        Assert.Equal("能退货吗", question.Representative);
    }
}
