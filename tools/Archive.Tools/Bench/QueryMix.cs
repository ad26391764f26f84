using Archive.Analysis;
using Archive.Messages;
using Archive.Search;

namespace Archive.Tools.Bench;

/// <summary>
/// A deterministic mix of the searches people run: single common words, random 1–4 character substrings of real
/// messages, two-term queries, quoted phrases, exclusions, and buyer/sender filters. Every term is Chinese, so the
/// brute-force scan's "normalized text contains normalized term" is the exact expected answer.
/// </summary>
internal static class QueryMix
{
    private static readonly string[] CommonWords =
    [
        "包邮", "发货", "退款", "退货", "有货", "优惠", "优惠券", "快递", "质量", "尺码", "发票", "便宜", "七天无理由",
        "运费险", "赠品", "什么时候", "亲", "好评", "差评", "物流", "换货", "正品", "颜色", "地址", "拍下", "付款", "补发",
    ];

    /// <summary>What each position of the mix holds: query i is of kind <c>Kinds[i % Kinds.Length]</c>.</summary>
    public static readonly string[] Kinds =
        ["common word", "substring", "substring", "two common words", "quoted phrase", "word -word", "substring + buyer", "common word + sender"];

    public static List<SearchRequest> Build(IReadOnlyList<ChatMessage> corpus, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<SearchRequest>(count);
        while (queries.Count < count)
        {
            var kind = queries.Count % Kinds.Length;
            var sample = corpus[random.Next(corpus.Count)];
            SearchRequest? request = kind switch
            {
                0 => Plain(CommonWords[random.Next(CommonWords.Length)]),
                1 or 2 => Substring(sample.Text, random, 1 + random.Next(4)) is { } s ? Plain(s) : null,
                3 => Plain($"{CommonWords[random.Next(CommonWords.Length)]} {CommonWords[random.Next(CommonWords.Length)]}"),
                4 => Substring(sample.Text, random, 3 + random.Next(3)) is { } p ? Plain($"\"{p}\"") : null,
                5 => Plain($"{CommonWords[random.Next(CommonWords.Length)]} -{CommonWords[random.Next(CommonWords.Length)]}"),
                6 => Substring(sample.Text, random, 1 + random.Next(2)) is { } b
                    ? new SearchRequest { Query = SearchQuery.Parse(b), BuyerId = sample.BuyerId } : null,
                _ => new SearchRequest
                {
                    Query = SearchQuery.Parse(CommonWords[random.Next(CommonWords.Length)]),
                    Sender = random.Next(2) == 0 ? Senders.Buyer : Senders.Agent,
                },
            };
            if (request is not null) queries.Add(request);
        }
        return queries;
    }

    /// <summary>The brute-force answer: messages whose normalized text holds every required term and no excluded one.</summary>
    public static bool Matches(ScanTerms terms, ChatMessage message, string normalizedText)
    {
        var request = terms.Request;
        if (request.BuyerId is not null && message.BuyerId != request.BuyerId) return false;
        if (request.Sender is not null && message.Sender != request.Sender) return false;
        foreach (var term in terms.Required)
            if (!normalizedText.Contains(term, StringComparison.Ordinal)) return false;
        foreach (var term in terms.Excluded)
            if (normalizedText.Contains(term, StringComparison.Ordinal)) return false;
        return true;
    }

    private static SearchRequest Plain(string q) => new() { Query = SearchQuery.Parse(q) };

    // A run of Han characters from the text, so the term is Chinese without separators inside.
    private static string? Substring(string text, Random random, int length)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (text.Length < length) return null;
            var start = random.Next(text.Length - length + 1);
            var candidate = text.Substring(start, length);
            if (candidate.All(c => c >= '\u4e00' && c <= '\u9fff')) return candidate;
        }
        return null;
    }
}

/// <summary>A request's terms normalized once, so a scan pays only for the texts.</summary>
internal sealed record ScanTerms(SearchRequest Request)
{
    public string[] Required { get; } = Request.Query.Required.Select(TextNormalizer.Normalize).ToArray();
    public string[] Excluded { get; } = Request.Query.Excluded.Select(TextNormalizer.Normalize).ToArray();
}
