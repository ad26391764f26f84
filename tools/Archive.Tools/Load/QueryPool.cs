using Archive.Messages;

namespace Archive.Tools.Load;

/// <summary>
/// Recently acknowledged messages, sampled, for the query clients to ask about: their words, buyers and
/// conversations. Before anything is acknowledged, messages of a different seed give words to search for.
/// </summary>
internal sealed class QueryPool
{
    private const int Capacity = 4096;
    private readonly ChatMessage[] _ring = new ChatMessage[Capacity];
    private readonly ChatMessage[] _seedWords;
    private readonly Lock _lock = new();
    private long _added;

    public QueryPool(int seed)
    {
        using var batches = new GeneratedBatches(seed + 7919, 2_000, 2_000);
        _seedWords = batches.Next()!.Messages.ToArray();
    }

    public static readonly string[] CommonWords =
    [
        "包邮", "发货", "退款", "退货", "有货", "优惠", "优惠券", "快递", "质量", "尺码", "发票", "便宜", "七天无理由",
        "运费险", "赠品", "什么时候", "亲", "好评", "物流", "换货", "正品", "颜色", "地址", "拍下", "付款", "补发",
    ];

    /// <summary>Takes every 50th message of an acknowledged batch.</summary>
    public void AddAcknowledged(IReadOnlyList<ChatMessage> messages)
    {
        lock (_lock)
        {
            for (var i = 0; i < messages.Count; i += 50) _ring[_added++ % Capacity] = messages[i];
        }
    }

    /// <summary>A recently acknowledged message, or null before the first acknowledgement.</summary>
    public ChatMessage? Acknowledged(Random random)
    {
        lock (_lock)
        {
            return _added == 0 ? null : _ring[random.Next((int)Math.Min(_added, Capacity))];
        }
    }

    /// <summary>A message to take words from: acknowledged when there are some.</summary>
    public ChatMessage Any(Random random) => Acknowledged(random) ?? _seedWords[random.Next(_seedWords.Length)];

    /// <summary>A run of Han characters of the text (a Chinese term without separators), or a common word.</summary>
    public static string HanSubstring(string text, Random random, int length)
    {
        for (var attempt = 0; attempt < 8 && text.Length >= length; attempt++)
        {
            var start = random.Next(text.Length - length + 1);
            var candidate = text.Substring(start, length);
            if (candidate.All(c => c is >= '\u4e00' and <= '\u9fff')) return candidate;
        }
        return CommonWords[random.Next(CommonWords.Length)];
    }
}
