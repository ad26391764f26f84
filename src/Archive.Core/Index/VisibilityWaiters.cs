namespace Archive.Index;

/// <summary>
/// Callers waiting for a mark (a journal batch) to become visible to searches. Each refresh releases those it made
/// visible, so a waiter costs nothing while it waits and is answered the moment its batch can be found.
/// </summary>
internal sealed class VisibilityWaiters
{
    private readonly System.Threading.Lock _lock = new();
    private readonly List<(long Mark, TaskCompletionSource Visible)> _waiting = [];
    private Exception? _abandoned;

    /// <summary>A task that completes once <paramref name="mark"/> is visible; <paramref name="visible"/> reads the current mark.</summary>
    public Task WhenVisible(long mark, Func<long> visible)
    {
        if (visible() >= mark) return Task.CompletedTask;
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            // Read again under the lock: a refresh that finished between the first read and here released nobody.
            if (visible() >= mark) return Task.CompletedTask;
            if (_abandoned is not null) return Task.FromException(_abandoned);
            _waiting.Add((mark, waiter));
        }
        return waiter.Task;
    }

    public void Release(long visible)
    {
        List<TaskCompletionSource>? released = null;
        lock (_lock)
        {
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Mark > visible) continue;
                (released ??= []).Add(_waiting[i].Visible);
                _waiting.RemoveAt(i);
            }
        }
        released?.ForEach(w => w.TrySetResult());
    }

    /// <summary>Nothing will become visible any more (the index is closing or faulted): waiters learn it now.</summary>
    public void Abandon(Exception reason)
    {
        List<TaskCompletionSource> abandoned;
        lock (_lock)
        {
            _abandoned ??= reason;
            abandoned = _waiting.Select(w => w.Visible).ToList();
            _waiting.Clear();
        }
        abandoned.ForEach(w => w.TrySetException(reason));
    }
}
