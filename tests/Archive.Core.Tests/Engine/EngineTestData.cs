using Archive.Ingestion;
using Archive.Messages;
using Archive.Search;

namespace Archive.Core.Tests.Engine;

internal static class EngineTestData
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public static ChatMessage Message(string id, string text, string buyer = "b1", string sender = Senders.Buyer,
        string conversation = "c1", int minute = 0) => new()
    {
        MessageId = id,
        ConversationId = conversation,
        BuyerId = buyer,
        Sender = sender,
        SentAt = Start.AddMinutes(minute),
        Text = text,
        AgentId = sender == Senders.Agent ? "客服A" : null,
    };

    public static BatchSource Api => new(BatchSource.Api, "test", "00", DateTimeOffset.UtcNow);

    public static async Task IngestAsync(ArchiveEngine engine, params ChatMessage[] messages)
    {
        var batch = await engine.Queue.SubmitAsync(messages, Api, CancellationToken.None);
        await engine.WaitUntilSearchableAsync(batch.Sequence, TimeSpan.FromSeconds(10));
    }

    public static SearchResults Find(ArchiveEngine engine, string q, int limit = 50) =>
        engine.Searcher.Search(new SearchRequest { Query = SearchQuery.Parse(q), Limit = limit });

    public static string[] Ids(SearchResults results) => results.Hits.Select(h => h.Message.MessageId).Order().ToArray();
}
