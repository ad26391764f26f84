using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Messages;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// Qianniu-style plain-text exports (.txt). Works in passes because a line alone does not say everything:
/// whether "小米旗舰店" is a shop depends on other lines, and a shop line's buyer and conversation on its neighbours.
/// </summary>
internal static class QianniuTranscriptParser
{
    /// <summary>A buyer's thread silent longer than this (or crossing midnight, CST) starts a new conversation.</summary>
    public static readonly TimeSpan ConversationGap = TimeSpan.FromHours(2);

    private sealed class Entry
    {
        public int Line;
        public string FirstLine = "";
        public string Rest = "";
        public DateTimeOffset At;
        public string? Speaker;
        public readonly List<string> Lines = [];
        public string? Error;
        public string? ChatWith;
        public bool Pending;
        public string Sender = "";
        public string? Shop, Agent, Buyer, Text;
        public Conversation? Conversation;
        public bool IsMessage => Error is null && ChatWith is null;
    }

    private sealed class Conversation(DateTimeOffset firstAt)
    {
        public readonly DateTimeOffset FirstAt = firstAt;
        public DateTimeOffset LastAt = firstAt;
        public string? Shop;
    }

    public static ParseResult Parse(string text, string encodingName)
    {
        var entries = ReadEntries(text);
        var shops = KnownShops(entries);
        foreach (var e in entries.Where(e => e.IsMessage)) Classify(e, shops);
        AttributeBuyers(entries, shops);
        AssignConversations(entries);
        var fileShop = entries.FirstOrDefault(e => e.IsMessage && Senders.IsShopSide(e.Sender))?.Shop;
        var builder = new ParseResultBuilder();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.ChatWith is not null) continue;
            if (e.Error is not null)
            {
                builder.Reject(e.Line, e.Error, e.FirstLine);
                continue;
            }
            var conversationShop = e.Conversation!.Shop ?? fileShop ?? ChatMessageDefaults.ShopId;
            var shop = Senders.IsShopSide(e.Sender) ? e.Shop! : conversationShop;
            var sentAt = e.At.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var raw = new RawMessage
            {
                ConversationId = "qn-" + Hash(16, conversationShop, e.Buyer!,
                    e.Conversation.FirstAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
                BuyerId = e.Buyer, Sender = e.Sender, SentAt = sentAt, Text = e.Text, ShopId = shop, AgentId = e.Agent,
            };
            // Not derived from the conversation id: two overlapping exports may start a conversation at different
            // lines, yet the same message must keep the same id. The occurrence count keeps two identical
            // messages in the same second apart.
            var key = string.Join('\u001f', shop, e.Buyer, e.Sender, e.Agent ?? "", sentAt, e.Text);
            occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            builder.Add(raw with { MessageId = "qnm-" + Hash(32, key, occurrences[key].ToString(CultureInfo.InvariantCulture)) },
                e.Line, e.FirstLine);
        }
        return builder.Build(encodingName);
    }

    /// <summary>Pass 1: lines into message entries (with their continuation lines), header markers and orphans.</summary>
    private static List<Entry> ReadEntries(string text)
    {
        var entries = new List<Entry>();
        var lines = Lines(text).ToList();
        var lookahead = new Lookahead(lines);
        Entry? open = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var lineNo = index + 1;
            if (QianniuGrammar.TryMatchTimestamp(line, out var at, out var rest, out var stamp))
            {
                var split = QianniuGrammar.Split(rest, out var speaker, out var content);
                if (split == SpeakerSplit.NoSeparator && open is not null)
                {
                    open.Lines.Add(line); // a date inside a multi-line message, not a new message
                    continue;
                }
                open = new Entry { Line = lineNo, FirstLine = line, Rest = rest, At = at ?? default, Speaker = speaker };
                open.Lines.Add(content);
                open.Pending = split == SpeakerSplit.Ambiguous;
                open.Error = at is null ? $"'{stamp}' is not a valid date and time"
                    : split switch
                    {
                        SpeakerSplit.NoSeparator => "a timestamp without 'speaker: text' after it, and no message before it to continue",
                        SpeakerSplit.EmptySpeaker => "the speaker before the colon is empty",
                        _ => null,
                    };
                entries.Add(open);
                continue;
            }
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                open?.Lines.Add("");
                continue;
            }
            if (QianniuGrammar.IsHeaderLine(trimmed, out var chatWith, out var soft)
                && !(soft && open is not null && !lookahead.EndsMessage(index + 1)))
            {
                open = null;
                if (chatWith is { Length: > 0 }) entries.Add(new Entry { Line = lineNo, FirstLine = line, ChatWith = chatWith });
                continue;
            }
            if (open is not null) open.Lines.Add(line);
            else entries.Add(new Entry
            {
                Line = lineNo, FirstLine = line,
                Error = "not a message line ('yyyy-MM-dd HH:mm:ss speaker: text') and no message before it to continue",
            });
        }
        foreach (var e in entries.Where(e => e.IsMessage)) e.Text = JoinText(e.Lines);
        return entries;
    }

    /// <summary>
    /// Whether the next line that is neither blank nor decoration starts a message or is a header, or there is none.
    /// The answer holds for every line up to that one, so a run of decoration lines is scanned once, not once each.
    /// </summary>
    private sealed class Lookahead(List<string> lines)
    {
        private int _decidedThrough = -1;
        private bool _decision;

        public bool EndsMessage(int from)
        {
            if (from <= _decidedThrough) return _decision;
            var i = from;
            _decision = true;
            for (; i < lines.Count; i++)
            {
                var trimmed = lines[i].Trim();
                if (trimmed.Length == 0) continue;
                if (QianniuGrammar.IsHeaderLine(trimmed, out _, out var soft))
                {
                    if (soft) continue;
                    break;
                }
                _decision = QianniuGrammar.TryMatchTimestamp(lines[i], out _, out var rest, out _)
                            && QianniuGrammar.Split(rest, out _, out _) != SpeakerSplit.NoSeparator;
                break;
            }
            _decidedThrough = i;
            return _decision;
        }
    }

    /// <summary>
    /// Shops are the shop part of "shop:agent" speakers, plain speakers that send auto-replies, and, below a
    /// "与 X 的聊天记录" title naming a buyer, every other plain speaker (the shop's main account).
    /// </summary>
    private static HashSet<string> KnownShops(List<Entry> entries)
    {
        var shops = new HashSet<string>(StringComparer.Ordinal);
        var plain = entries.Where(e => e.IsMessage && !e.Pending && !QianniuGrammar.IsSystemSpeaker(e.Speaker!)).ToList();
        foreach (var e in plain)
        {
            var colon = e.Speaker!.IndexOf(':');
            if (colon > 0) shops.Add(e.Speaker[..colon].Trim());
            else if (colon < 0 && QianniuGrammar.StartsWithAutoReplyMarker(e.Text!)) shops.Add(e.Speaker);
        }
        string? titleBuyer = null;
        var fromTitles = new List<string>();
        foreach (var e in entries)
        {
            if (e.ChatWith is { } name) titleBuyer = name.Contains(':') || shops.Contains(name) ? null : name;
            else if (titleBuyer is not null && e.IsMessage && !e.Pending && !e.Speaker!.Contains(':')
                     && e.Speaker != titleBuyer && !QianniuGrammar.IsSystemSpeaker(e.Speaker))
                fromTitles.Add(e.Speaker);
        }
        shops.UnionWith(fromTitles);
        return shops;
    }

    private static void Classify(Entry e, HashSet<string> shops)
    {
        if (e.Pending)
        {
            var first = QianniuGrammar.FirstBareSegment(e.Rest);
            if (!shops.Contains(first))
            {
                e.Error = $"ambiguous speaker: '{first}:…:…' may be shop '{first}' with an agent, or '{first}' followed by text " +
                          "with a colon; write 'speaker: text' or 'speaker：text'";
                return;
            }
            QianniuGrammar.SplitAsShopAgent(e.Rest, out var speaker, out var content);
            e.Speaker = speaker;
            e.Lines[0] = content;
            e.Text = JoinText(e.Lines);
        }
        var s = e.Speaker!;
        var auto = QianniuGrammar.StartsWithAutoReplyMarker(e.Text!);
        var colon = s.IndexOf(':');
        if (QianniuGrammar.IsSystemSpeaker(s)) e.Sender = Senders.System;
        else if (colon >= 0)
        {
            (e.Shop, e.Agent) = (s[..colon].Trim(), s[(colon + 1)..].Trim());
            if (e.Shop.Length == 0 || e.Agent.Length == 0) e.Error = $"the shop speaker '{s}' needs both a shop and an agent name";
            e.Sender = auto ? Senders.Auto : Senders.Agent;
        }
        else if (shops.Contains(s))
        {
            (e.Shop, e.Agent) = (s, s); // the shop's main account speaking for itself
            e.Sender = auto ? Senders.Auto : Senders.Agent;
        }
        else (e.Sender, e.Buyer) = (Senders.Buyer, s);
    }

    /// <summary>Shop and system lines belong to the most recent buyer (title or speaker), else the file's first.</summary>
    private static void AttributeBuyers(List<Entry> entries, HashSet<string> shops)
    {
        bool IsBuyerTitle(Entry e) => e.ChatWith is { } name && !name.Contains(':') && !shops.Contains(name);
        var first = entries.FirstOrDefault(e => IsBuyerTitle(e) || e.IsMessage && e.Sender == Senders.Buyer);
        var current = first?.ChatWith ?? first?.Buyer;
        string? recent = null;
        foreach (var e in entries)
        {
            if (IsBuyerTitle(e)) recent = e.ChatWith;
            if (!e.IsMessage) continue;
            if (e.Sender == Senders.Buyer) recent = e.Buyer;
            else e.Buyer = recent ?? current;
            if (e.Buyer is null) e.Error = "no buyer in the file to attribute this shop or system message to";
        }
    }

    private static void AssignConversations(List<Entry> entries)
    {
        var active = new Dictionary<string, Conversation>(StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.IsMessage))
        {
            if (!active.TryGetValue(e.Buyer!, out var c) || e.At - c.LastAt > ConversationGap || e.At.Date != c.LastAt.Date)
                active[e.Buyer!] = c = new Conversation(e.At);
            if (e.At > c.LastAt) c.LastAt = e.At;
            if (c.Shop is null && Senders.IsShopSide(e.Sender)) c.Shop = e.Shop;
            e.Conversation = c;
        }
    }

    /// <summary>Lines joined with "\n", without the blank lines that pad the start and end of a message.</summary>
    private static string JoinText(List<string> lines)
    {
        int from = 0, to = lines.Count;
        while (from < to && string.IsNullOrWhiteSpace(lines[from])) from++;
        while (to > from && string.IsNullOrWhiteSpace(lines[to - 1])) to--;
        return string.Join('\n', lines.Skip(from).Take(to - from));
    }

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var stop = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (stop < 0)
            {
                if (start < text.Length) yield return text[start..];
                yield break;
            }
            yield return text.Substring(start, stop);
            start += stop + (text[start + stop] == '\r' && start + stop + 1 < text.Length && text[start + stop + 1] == '\n' ? 2 : 1);
        }
    }

    private static string Hash(int hexChars, params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..hexChars];
}
