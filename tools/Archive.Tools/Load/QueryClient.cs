using System.Text.Json;
using Archive.Messages;

namespace Archive.Tools.Load;

/// <summary>
/// One simulated user, asking until told to stop, with a random pause of mean <c>thinkMs</c> (exponential, as
/// people's pauses are) after each answer, or none: mostly searches (words of generated messages, some
/// with a buyer or sender filter, some newest first, sometimes the next page by cursor), then promise look-ups,
/// transcripts and, rarely, the FAQ. Requests in flight when the run ends are finished and counted.
/// </summary>
internal sealed class QueryClient(HttpClient http, QueryPool pool, LoadStats stats, int seed, int thinkMs)
{
    private readonly Random _random = new(seed);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var roll = _random.NextDouble();
            if (roll < 0.01) await TimedHttp.GetAsync(http, "/api/v1/faq/top?limit=10", stats.For("GET faq/top"));
            else if (roll < 0.16 && pool.Acknowledged(_random) is { } forPromises)
                await TimedHttp.GetAsync(http, $"/api/v1/buyers/{Escape(forPromises.BuyerId)}/promises", stats.For("GET buyers/{id}/promises"));
            else if (roll < 0.30 && pool.Acknowledged(_random) is { } forTranscript)
                await TimedHttp.GetAsync(http, $"/api/v1/conversations/{Escape(forTranscript.ConversationId)}", stats.For("GET conversations/{id}"));
            else await SearchAsync();
            if (thinkMs > 0) await ThinkAsync(stop);
        }
    }

    private async Task ThinkAsync(CancellationToken stop)
    {
        var pause = -thinkMs * Math.Log(1 - _random.NextDouble());
        try { await Task.Delay(TimeSpan.FromMilliseconds(pause), stop); }
        catch (OperationCanceledException) { }
    }

    private async Task SearchAsync()
    {
        var sample = pool.Any(_random);
        var query = new List<string> { "q=" + Escape(Terms(sample)) };
        var kind = _random.Next(10);
        if (kind == 0 && pool.Acknowledged(_random) is { } buyer)
            query[0] = "q=" + Escape(QueryPool.HanSubstring(buyer.Text, _random, 1)) + "&buyerId=" + Escape(buyer.BuyerId);
        else if (kind == 1) query.Add("sender=" + (_random.Next(2) == 0 ? Senders.Buyer : Senders.Agent));
        if (_random.Next(10) < 3) query.Add("sort=newest");
        var url = "/api/v1/search?" + string.Join('&', query);
        var (status, body) = await TimedHttp.GetAsync(http, url, stats.For("GET search"));
        if (status != 200 || _random.Next(5) != 0) return;
        if (NextCursor(body) is { } cursor)
            await TimedHttp.GetAsync(http, url + "&cursor=" + Escape(cursor), stats.For("GET search, next page"));
    }

    private string Terms(ChatMessage sample) => _random.Next(10) switch
    {
        < 4 => QueryPool.HanSubstring(sample.Text, _random, 1 + _random.Next(3)),
        < 6 => QueryPool.CommonWords[_random.Next(QueryPool.CommonWords.Length)],
        < 8 => $"{QueryPool.HanSubstring(sample.Text, _random, 2)} {QueryPool.CommonWords[_random.Next(QueryPool.CommonWords.Length)]}",
        8 => $"\"{QueryPool.HanSubstring(sample.Text, _random, 3)}\"",
        _ => $"{QueryPool.CommonWords[_random.Next(QueryPool.CommonWords.Length)]} -{QueryPool.CommonWords[_random.Next(QueryPool.CommonWords.Length)]}",
    };

    private static string? NextCursor(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("nextCursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
