using System.Collections.Concurrent;
using Archive.Index;

namespace Archive.Faq;

/// <summary>Which messages a report is mined from: a shop (or all) and a period (or all time).</summary>
public sealed record FaqView(string? ShopId, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>A mined report and how fresh it is: when it was mined, over how many visible messages, and whether newer ones exist.</summary>
public sealed record FaqAnswer(FaqReport Report, DateTimeOffset MinedAt, int MessagesInIndex, bool Fresh)
{
    public TimeSpan MiningTime { get; init; }
}

/// <summary>
/// Serves mined reports from a cache so that answers take milliseconds while mining a million messages takes
/// seconds. A view is mined once, on first request (or when warmed at start). When the index has changed since, a
/// view that mines quickly (a small archive) is mined again on the spot; a slow one is mined again in the
/// background, on a thread of lower priority, at most once per ten mining times (and never more often than
/// <see cref="MinRemineInterval"/>),
/// while the older report is served, marked not fresh. Reports are mined with a generous limit and filtered per request.
/// </summary>
public sealed class FaqService(ConversationStream stream, TimeProvider clock)
{
    /// <summary>Groups kept per mined report; requests filter and cut this list.</summary>
    public const int MinedGroups = 500;

    public static readonly TimeSpan MinRemineInterval = TimeSpan.FromSeconds(30);

    /// <summary>Mining faster than this is redone inside the request rather than served stale.</summary>
    public static readonly TimeSpan InlineMiningBudget = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<FaqView, Entry> _cache = new();

    public async Task<FaqAnswer> GetAsync(FaqView view)
    {
        var visible = stream.VisibleMessages();
        var entry = _cache.GetOrAdd(view, v => new Entry(Task.Run(() => Mine(v))));
        if (entry.Current.IsFaulted)
        {
            // a failed mining is not cached: the next request tries again
            _cache.TryRemove(new KeyValuePair<FaqView, Entry>(view, entry));
            entry = _cache.GetOrAdd(view, v => new Entry(Task.Run(() => Mine(v))));
        }
        var mined = await entry.Current;
        if (mined.MessagesInIndex == visible) return mined;
        if (mined.MiningTime < InlineMiningBudget) return entry.RemineNow(() => Mine(view));
        var wait = TimeSpan.FromTicks(Math.Max(MinRemineInterval.Ticks, mined.MiningTime.Ticks * 10));
        if (clock.GetUtcNow() - mined.MinedAt >= wait) entry.RemineInBackground(() => Mine(view));
        return mined with { Fresh = false };
    }

    /// <summary>Starts mining a view now so that its first request is answered from the cache.</summary>
    public void Warm(FaqView view) => _cache.GetOrAdd(view, v => new Entry(Task.Run(() => Mine(v))));

    private FaqAnswer Mine(FaqView view)
    {
        var visible = stream.VisibleMessages();
        var started = clock.GetTimestamp();
        // The previous period of equal length is read too: the miner counts it for the trend only.
        var readFrom = view.From is { } from && view.To is { } to ? from - (to - from) : view.From;
        var report = stream.Read(view.ShopId, readFrom, view.To, messages => new FaqMiner().Mine(messages, new FaqMiningOptions
        {
            From = view.From,
            To = view.To,
            Limit = MinedGroups,
            MinConversations = 1,
            MaxReplies = 5,
        }));
        return new FaqAnswer(report, clock.GetUtcNow(), visible, Fresh: true) { MiningTime = clock.GetElapsedTime(started) };
    }

    private sealed class Entry(Task<FaqAnswer> first)
    {
        private Task<FaqAnswer> _current = first;
        private int _reminingFlag;

        public Task<FaqAnswer> Current => Volatile.Read(ref _current);

        public FaqAnswer RemineNow(Func<FaqAnswer> mine)
        {
            var answer = mine();
            Volatile.Write(ref _current, Task.FromResult(answer));
            return answer;
        }

        public void RemineInBackground(Func<FaqAnswer> mine)
        {
            if (Interlocked.CompareExchange(ref _reminingFlag, 1, 0) != 0) return;
            // Its own thread at a lower priority, like indexing and merges: a refresh of a report already being
            // served must not take cores from the requests people wait on. A failure leaves the older report served,
            // and a later request tries again.
            _ = Archive.Threading.BackgroundPriority.RunOnOwnThread("Archive FAQ re-mining", 10, () =>
            {
                try
                {
                    Volatile.Write(ref _current, Task.FromResult(mine()));
                }
                finally
                {
                    Volatile.Write(ref _reminingFlag, 0);
                }
            });
        }
    }
}
