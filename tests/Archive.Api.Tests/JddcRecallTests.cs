using System.Net.Http.Json;
using System.Text.Json;
using Archive.Analysis;
using Archive.Messages;
using Archive.Tests.Shared;

namespace Archive.Api.Tests;

/// <summary>
/// The "done when" of search recall, over the real JDDC sample posted through the API: every Chinese query returns
/// exactly the messages a brute-force scan of the normalized texts finds, also with filters, several terms, quotes
/// and exclusions.
/// </summary>
public class JddcRecallTests
{
    [SharedDataFact(JddcSample.File)]
    public async Task EveryChineseQueryReturnsExactlyTheMessagesContainingIt()
    {
        var messages = JddcSample.Messages();
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await JddcSample.PostAllAsync(factory, client, messages);
        var normalized = messages.Select(m => TextNormalizer.Normalize(m.Text)).ToArray();

        var random = new Random(2024);
        var checkedQueries = 0;
        var failures = new List<string>();
        for (var i = 0; i < 240; i++)
        {
            var sample = messages[random.Next(messages.Count)];
            var term = HanSubstring(sample.Text, random, 1 + i % 4);
            var other = HanSubstring(messages[random.Next(messages.Count)].Text, random, 1 + i % 2);
            if (term is null || other is null) continue;
            var (q, filter, expected) = (i % 6) switch
            {
                0 => (term, "", Scan(messages, normalized, [term], [])),
                1 => ($"{term} {other}", "", Scan(messages, normalized, [term, other], [])),
                2 => ($"\"{term}\"", "", Scan(messages, normalized, [term], [])),
                3 => ($"{term} -{other}", "", Scan(messages, normalized, [term], [other])),
                4 => (term, "&buyerId=" + Uri.EscapeDataString(sample.BuyerId),
                    Scan(messages, normalized, [term], [], m => m.BuyerId == sample.BuyerId)),
                _ => (term, "&sender=" + sample.Sender, Scan(messages, normalized, [term], [], m => m.Sender == sample.Sender)),
            };
            var actual = await AllHitIdsAsync(client, q, filter);
            checkedQueries++;
            if (!actual.SetEquals(expected))
                failures.Add($"q={q}{filter}: api {actual.Count}, scan {expected.Count}");
        }

        Assert.True(checkedQueries >= 200, $"only {checkedQueries} queries were built");
        Assert.Empty(failures);
    }

    private static async Task<HashSet<string>> AllHitIdsAsync(HttpClient client, string q, string filter)
    {
        var ids = new HashSet<string>();
        string? cursor = null;
        do
        {
            var url = $"/api/v1/search?limit=200&sort=newest&q={Uri.EscapeDataString(q)}{filter}" +
                      (cursor is null ? "" : "&cursor=" + cursor);
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            foreach (var hit in page.GetProperty("hits").EnumerateArray()) ids.Add(hit.GetProperty("messageId").GetString()!);
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return ids;
    }

    private static HashSet<string> Scan(List<ChatMessage> messages, string[] normalized, string[] required,
        string[] excluded, Func<ChatMessage, bool>? filter = null)
    {
        var req = required.Select(TextNormalizer.Normalize).ToArray();
        var exc = excluded.Select(TextNormalizer.Normalize).ToArray();
        var ids = new HashSet<string>();
        for (var i = 0; i < messages.Count; i++)
        {
            if (filter is not null && !filter(messages[i])) continue;
            if (req.All(t => normalized[i].Contains(t, StringComparison.Ordinal))
                && !exc.Any(t => normalized[i].Contains(t, StringComparison.Ordinal)))
                ids.Add(messages[i].MessageId);
        }
        return ids;
    }

    private static string? HanSubstring(string text, Random random, int length)
    {
        for (var attempt = 0; attempt < 10 && text.Length >= length; attempt++)
        {
            var start = random.Next(text.Length - length + 1);
            var candidate = text.Substring(start, length);
            if (candidate.All(c => c is >= '\u4e00' and <= '\u9fff')) return candidate;
        }
        return null;
    }
}
