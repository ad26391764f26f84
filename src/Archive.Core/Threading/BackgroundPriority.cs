using System.Runtime.InteropServices;

namespace Archive.Threading;

/// <summary>
/// Lowers the calling thread's scheduling priority (its Linux nice value) so that searches, which people wait on,
/// take the cores first and indexing uses what is left. .NET's <c>Thread.Priority</c> does nothing on Linux, hence
/// setpriority. Only ever lowered: raising it back needs a privilege a service does not have, so it is applied only
/// to threads that do nothing else (the indexing worker, FAQ re-mining and Lucene's merge threads).
/// </summary>
public static class BackgroundPriority
{
    /// <summary>
    /// Runs <paramref name="work"/> on a new background thread of its own at <paramref name="nice"/>; the task completes,
    /// or faults, with it.
    /// </summary>
    public static Task RunOnOwnThread(string name, int nice, Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                LowerCurrentThread(nice);
                work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        { IsBackground = true, Name = name }.Start();
        return done.Task;
    }

    public static void LowerCurrentThread(int nice)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = SetPriority(PrioProcess, GetThreadId(), nice); // best effort: a refusal leaves the thread as it was
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    private const int PrioProcess = 0; // with a thread id, Linux applies it to that thread alone

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
