using System.Runtime.InteropServices;

namespace Archive.Threading;

/// <summary>
/// Lowers the calling thread's scheduling priority (its Linux nice value) so that searches, which people wait on,
/// take the cores first and indexing uses what is left. .NET's <c>Thread.Priority</c> does nothing on Linux, hence
/// setpriority. Only ever lowered: raising it back needs a privilege a service does not have, so it is applied only
/// to threads that do nothing else (the indexing worker's own thread and Lucene's merge threads).
/// </summary>
public static class BackgroundPriority
{
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
