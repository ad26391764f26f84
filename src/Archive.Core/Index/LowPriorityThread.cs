using System.Runtime.InteropServices;

namespace Archive.Index;

/// <summary>
/// Lowers the scheduling priority (raises the nice value) of the calling thread, for the index's background work.
/// .NET's <see cref="Thread.Priority"/> does nothing on Linux, so this asks the kernel directly; elsewhere, or if the
/// call fails, the thread keeps its priority. Only ever lowered: raising it back would need privileges.
/// </summary>
internal static class LowPriorityThread
{
    /// <summary>Merges: deferrable work that takes a core for seconds.</summary>
    public const int Merge = 10;

    private const int PrioProcess = 0;

    public static void LowerCurrent(int nice)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = SetPriority(PrioProcess, GetThreadId(), nice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
