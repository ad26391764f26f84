using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Archive.Tools.Faults;

/// <summary>What the service holds against what it acknowledged, seen through its API.</summary>
internal sealed record Presence(
    int Acknowledged, int Present, int Missing, int Duplicated, int UnacknowledgedPresent, int Conversations,
    long MessagesIndexed, IReadOnlyList<string> MissingSamples, IReadOnlyList<string> DuplicateSamples)
{
    public bool Intact => Missing == 0 && Duplicated == 0;
}

/// <summary>
/// Waits until the service has indexed everything queued, then reads the transcript of every conversation the
/// client posted to and counts each message id: an acknowledged id absent is lost, an id listed twice is duplicated
/// (the tool never changes a message, so even a second version would be a duplicate).
/// </summary>
internal static class PresenceCheck
{
    public static async Task<Presence> RunAsync(HttpClient http, AckLedger ledger, TimeSpan timeout)
    {
        await WaitUntilIndexedAsync(http, timeout);
        var counts = await CountAsync(http, ledger.Conversations);
        var missing = ledger.Acknowledged.Where(a => !counts.ContainsKey(a.Key)).Select(a => a.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            await Task.Delay(3_000); // one more refresh before calling anything lost
            foreach (var (id, n) in await CountAsync(http, missing)) counts[id] = n;
        }
        var status = await StatusAsync(http);
        var missingIds = ledger.Acknowledged.Keys.Where(id => !counts.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var duplicated = counts.Where(c => c.Value > 1).Select(c => $"{c.Key} ×{c.Value}").Order(StringComparer.Ordinal).ToList();
        return new Presence(
            ledger.Count,
            ledger.Acknowledged.Keys.Count(counts.ContainsKey),
            missingIds.Count,
            duplicated.Count,
            counts.Keys.Count(id => !ledger.Acknowledged.ContainsKey(id)),
            ledger.Conversations.Count(),
            status.TryGetProperty("messagesIndexed", out var m) ? m.GetInt64() : -1,
            missingIds.Take(10).ToList(),
            duplicated.Take(10).ToList());
    }

    public static async Task WaitUntilIndexedAsync(HttpClient http, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var s = await StatusAsync(http);
            if (s.TryGetProperty("queuedMessages", out var q) && q.GetInt64() == 0 && s.GetProperty("queuedBatches").GetInt32() == 0) break;
            await Task.Delay(250);
        }
        await Task.Delay(2_500); // the background refresh (1 s by default) makes the last batches visible
    }

    public static async Task<JsonElement> StatusAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetByteArrayAsync("/api/v1/ingest/status"));
        return json.RootElement.Clone();
    }

    private static async Task<ConcurrentDictionary<string, int>> CountAsync(HttpClient http, IEnumerable<string> conversations)
    {
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (conversation, ct) =>
        {
            using var response = await http.GetAsync($"/api/v1/conversations/{Uri.EscapeDataString(conversation)}", ct);
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return;
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct));
            foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
                counts.AddOrUpdate(message.GetProperty("messageId").GetString()!, 1, (_, n) => n + 1);
        });
        return counts;
    }
}
