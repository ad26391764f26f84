using System.Collections.Concurrent;
using Archive.Messages;

namespace Archive.Tools.Faults;

/// <summary>
/// What the client knows: every conversation it posted to (acknowledged or not) and every message acknowledged
/// with a 202 (or, for inbox files, by the file leaving the inbox). The ids are the generator's, set on each message.
/// </summary>
internal sealed class AckLedger
{
    private readonly ConcurrentDictionary<string, string> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _conversations = new(StringComparer.Ordinal);

    public int Count => _acknowledged.Count;

    public IReadOnlyDictionary<string, string> Acknowledged => _acknowledged;

    public IEnumerable<string> Conversations => _conversations.Keys;

    public void Attempted(IEnumerable<ChatMessage> messages)
    {
        foreach (var m in messages) _conversations.TryAdd(m.ConversationId, 0);
    }

    public void Acknowledge(IEnumerable<ChatMessage> messages)
    {
        foreach (var m in messages)
        {
            _conversations.TryAdd(m.ConversationId, 0);
            _acknowledged[m.MessageId] = m.ConversationId;
        }
    }
}
