namespace Archive.Annotations;

/// <summary>
/// The last few texts of each recently active conversation, so that a shop message is read with what came before
/// it (the buyer's 我要退货 before 小妹帮您申请). Bounded: two generations of conversations, the older dropped whole
/// when the newer fills, so a conversation quiet for a long stretch of ingest starts again with no memory. Not
/// thread-safe: it follows the arrival order, which one writer sees. A batch Lucene refused and the worker retries
/// message by message is followed a second time, so those messages are read with their batch-mates as context: a
/// rare path where a paperwork promise may be typed differently, never lost.
/// </summary>
public sealed class ConversationMemory(int depth, int conversationsPerGeneration = 32_768)
{
    private Dictionary<string, string[]> _current = new(StringComparer.Ordinal);
    private Dictionary<string, string[]> _previous = new(StringComparer.Ordinal);

    /// <summary>The conversation's texts before this one, newest first; then remembers this one.</summary>
    public IReadOnlyList<string> Next(string conversationId, string text)
    {
        if (!_current.TryGetValue(conversationId, out var earlier) && _previous.Remove(conversationId, out earlier)) _current[conversationId] = earlier;
        earlier ??= [];
        var next = new string[Math.Min(depth, earlier.Length + 1)];
        next[0] = text;
        Array.Copy(earlier, 0, next, 1, next.Length - 1);
        if (_current.Count >= conversationsPerGeneration && !_current.ContainsKey(conversationId))
        {
            _previous = _current;
            _current = new Dictionary<string, string[]>(StringComparer.Ordinal);
        }
        _current[conversationId] = next;
        return earlier;
    }
}
