using System.Globalization;
using Archive.Messages;

namespace Archive.Tools.Jddc;

/// <summary>A line that was not imported, with its 1-based line number.</summary>
public sealed record JddcSkip(long LineNumber, string Reason);

public sealed class JddcImportStats
{
    public long Lines { get; internal set; }
    public long Messages { get; internal set; }
    public long BuyerMessages { get; internal set; }
    public long AgentMessages { get; internal set; }
    public int Sessions { get; internal set; }
    public int Buyers { get; internal set; }
    public List<JddcSkip> Skipped { get; } = [];
    public DateTimeOffset? First { get; internal set; }
    public DateTimeOffset? Last { get; internal set; }
}

/// <summary>
/// Converts the JDDC sample into canonical messages. The data has no timestamps, so they are synthesized on one
/// clock in file order: sessions one after another, messages 5–60 s apart. That keeps every user's later sessions
/// later than their earlier ones, and the spacing comes from a hash of (session, index) so reruns give the same times.
/// </summary>
public sealed class JddcImporter(DateTimeOffset start)
{
    public const string ShopId = "jd";
    /// <summary>JDDC anonymises the agents away; one stable account stands in for all of them.</summary>
    public const string AgentId = "jd-agent";

    public static readonly DateTimeOffset DefaultStart = new(2019, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private sealed class Session
    {
        public int NextIndex;
        public DateTimeOffset LastSentAt;
    }

    public JddcImportStats Stats { get; } = new();

    public IEnumerable<ChatMessage> Read(TextReader reader)
    {
        var sessions = new Dictionary<string, Session>(StringComparer.Ordinal);
        var buyers = new HashSet<string>(StringComparer.Ordinal);
        var clock = start;
        Session? current = null;
        string? currentId = null;
        long lineNumber = 0;
        foreach (var line in LineReader.Lines(reader))
        {
            lineNumber++;
            Stats.Lines++;
            if (!JddcRecord.TryParse(line, out var record, out var error))
            {
                Stats.Skipped.Add(new JddcSkip(lineNumber, error!));
                continue;
            }
            var r = record!;
            if (currentId != r.SessionId)
            {
                if (sessions.TryGetValue(r.SessionId, out var earlier))
                {
                    // The same session resumed after others: continue it, but after anything already written.
                    current = earlier;
                    current.LastSentAt = Max(clock, current.LastSentAt);
                }
                else
                {
                    var gap = Stats.Sessions == 0 ? 0 : 60 + (int)(Hash(r.SessionId, -1) % 1741);   // 1–30 min apart
                    current = new Session { LastSentAt = clock.AddSeconds(gap) };
                    sessions.Add(r.SessionId, current);
                    Stats.Sessions++;
                }
                currentId = r.SessionId;
            }

            var index = current!.NextIndex;
            var sentAt = index == 0 ? current.LastSentAt : current.LastSentAt.AddSeconds(5 + (int)(Hash(r.SessionId, index) % 56));
            var raw = new RawMessage
            {
                MessageId = string.Create(CultureInfo.InvariantCulture, $"jddc-{r.SessionId}-{index:D3}"),
                ConversationId = r.SessionId,
                BuyerId = r.UserId,
                Sender = r.FromAgent ? Senders.Agent : Senders.Buyer,
                SentAt = sentAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                Text = r.Content,
                ShopId = ShopId,
                AgentId = r.FromAgent ? AgentId : null,
                ItemId = r.Sku,
            };
            if (!MessageValidator.TryValidate(raw, out var message, out var invalid))
            {
                Stats.Skipped.Add(new JddcSkip(lineNumber, invalid!));
                continue;
            }
            current.NextIndex++;
            current.LastSentAt = sentAt;
            if (sentAt > clock) clock = sentAt;
            if (buyers.Add(r.UserId)) Stats.Buyers++;
            Count(message!);
            yield return message!;
        }
    }

    private void Count(ChatMessage message)
    {
        Stats.Messages++;
        if (message.Sender == Senders.Agent) Stats.AgentMessages++; else Stats.BuyerMessages++;
        // One clock in file order: the times never go backwards.
        Stats.First ??= message.SentAt;
        Stats.Last = message.SentAt;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>FNV-1a over the session id and index: stable across runs and runtimes, unlike string.GetHashCode.</summary>
    internal static ulong Hash(string sessionId, int index)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in sessionId) hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ (uint)index) * 1099511628211UL;
        // Fold the high bits in: FNV's low bits alone are weak for small moduli.
        return hash ^ (hash >> 29);
    }
}
