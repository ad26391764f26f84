using Archive.Ingestion;

namespace Archive.Core.Tests.Engine;

public class IndexingThreadTests
{
    [Fact]
    public async Task IndexingRunsOnItsOwnThreadAtALowerPriorityThanRequests()
    {
        if (!OperatingSystem.IsLinux()) return; // nice values are a Linux notion; elsewhere the thread keeps its priority
        using var dir = new TempDataDir();
        using var engine = ArchiveEngine.Open(dir.Path);
        await engine.StartAsync(watchInbox: false);

        // The thread starts a moment after StartAsync returns; Linux keeps 15 characters of its name.
        (string Name, int Nice)? worker = null;
        for (var waited = 0; worker is null && waited < 100; waited++, await Task.Delay(50))
            worker = ThreadsOfThisProcess().Where(t => t.Name == "Archive indexin").Cast<(string, int)?>().FirstOrDefault();
        Assert.NotNull(worker);
        var ownNice = NiceOf("self");

        Assert.True(worker.Value.Nice > ownNice, $"indexing thread nice {worker.Value.Nice}, process {ownNice}");
    }

    // Other tests run in parallel and their threads come and go: a thread that ended after the listing is skipped.
    private static IEnumerable<(string Name, int Nice)> ThreadsOfThisProcess()
    {
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            (string, int) thread;
            try
            {
                thread = (File.ReadAllText(Path.Combine(task, "comm")).Trim(), NiceOf("self/task/" + Path.GetFileName(task)));
            }
            catch (IOException)
            {
                continue;
            }
            yield return thread;
        }
    }

    // Field 19 of stat; the command name (field 2) may hold spaces, so count from the closing parenthesis.
    private static int NiceOf(string procPath)
    {
        var stat = File.ReadAllText($"/proc/{procPath}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
