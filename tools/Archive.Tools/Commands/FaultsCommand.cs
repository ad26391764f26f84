using Archive.Tools.Faults;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// faults [--kills 20] [--messages-per-round 20000] [--dir D] [--seed 1] [--only kill,inbox,disk] [--build] [--keep]:
/// the real service as a child process, killed with SIGKILL in the middle of ingestion over and over, then checked
/// through its API for every acknowledged message exactly once; a truncated and a random inbox file; a full disk.
/// Exit 1 on any loss, duplicate or unclear error.
/// </summary>
public static class FaultsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = new ToolArguments(args, "build", "keep");
        var kills = Math.Max(1, a.GetInt("kills", 20));
        var perRound = Math.Max(500, a.GetInt("messages-per-round", 20_000));
        var seed = a.GetInt("seed", 1);
        var only = (a.Get("only") ?? "kill,inbox,disk").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var root = Path.GetFullPath(a.Get("dir") ?? Path.Combine(Path.GetTempPath(), "archive-faults-" + Guid.NewGuid().ToString("N")[..8]));
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new ToolArgumentException($"{root} is not empty; faults needs a fresh dir");
        Directory.CreateDirectory(root);
        var report = new FaultReport();
        try
        {
            var dll = ServiceProcess.LocateApiDll(a.Flag("build"));
            AnsiConsole.MarkupLineInterpolated($"service [bold]{dll}[/], data under {root}");
            if (only.Contains("kill"))
                report.Kills = await new KillRounds(dll, Path.Combine(root, "kill"), kills, perRound, seed).RunAsync();
            if (only.Contains("inbox"))
                report.Cases.Add(await new InboxFaultCase(dll, Path.Combine(root, "inbox-case"), seed).RunAsync());
            if (only.Contains("disk"))
                report.Cases.Add(await new DiskFullCase(dll, Path.Combine(root, "disk"), seed).RunAsync());
            report.Print();
            return report.Failed ? 1 : 0;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            report.Aborted = e.Message;
            report.Print();
            return 2;
        }
        finally
        {
            if (!a.Flag("keep")) try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
