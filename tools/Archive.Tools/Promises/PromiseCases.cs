using System.Text;

namespace Archive.Tools.Promises;

/// <summary>One labelled message: who wrote it, the text, and the gold answer (promise / claim / none, with a type).</summary>
public sealed record PromiseCase(string Source, string Sender, string Text, string Label, string? Type)
{
    /// <summary>The conversation's messages before this one, newest first (JDDC lines have them; the project's set does not).</summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];

    public const string Promise = "promise", Claim = "claim", None = "none";

    public bool IsShopSide => Sender is "agent" or "auto";
}

/// <summary>
/// Reads the two label formats: the project's own set (sender, text, label, type) and labels for real JDDC lines,
/// referenced by 1-based line number of chat_0.1per.txt so that no JDDC text is ever copied into the repository.
/// </summary>
public static class PromiseCases
{
    public const string JddcChatFile = "jddc/chat_0.1per.txt";

    public static bool IsJddcLabelFile(string path) =>
        File.ReadLines(path, Encoding.UTF8).FirstOrDefault(l => !l.StartsWith('#') && l.Trim().Length > 0)?.StartsWith("line\t", StringComparison.Ordinal) == true;

    public static List<PromiseCase> ReadLabelledSet(string path)
    {
        var cases = new List<PromiseCase>();
        foreach (var (number, f) in LabelRows.Read(path, "sender"))
        {
            if (f.Length < 3) throw new FormatException($"{path}:{number}: expected sender, text, label, type");
            var type = f.Length > 3 && f[3].Trim().Length > 0 ? f[3].Trim() : null;
            cases.Add(new PromiseCase($"{Path.GetFileName(path)}:{number}", f[0].Trim(), f[1], f[2].Trim(), type));
        }

        return cases;
    }

    /// <summary>JDDC labels (line, is_promise, type) joined with the texts of <paramref name="chatPath"/>; every JDDC line labelled is an agent line.</summary>
    public static List<PromiseCase> ReadJddcLabels(string path, string chatPath)
    {
        var lines = File.ReadAllLines(chatPath, Encoding.UTF8);
        var cases = new List<PromiseCase>();
        foreach (var row in JddcLabelRows(path))
        {
            var f = row.Line >= 1 && row.Line <= lines.Length ? lines[row.Line - 1].Split('\t', 7) : [];
            if (f.Length != 7 || f[2].Trim() != "1") throw new FormatException($"{path}: line {row.Line} is not an agent line of {chatPath}");
            cases.Add(new PromiseCase($"jddc:{row.Line}", "agent", f[6], row.IsPromise ? PromiseCase.Promise : PromiseCase.None, row.Type)
            {
                Earlier = EarlierInSession(lines, row.Line, f[0]),
            });
        }

        return cases;
    }

    /// <summary>The texts before a 1-based line in its session (column 1), newest first, as many as the detector reads.</summary>
    private static List<string> EarlierInSession(string[] lines, int line, string session)
    {
        var earlier = new List<string>(Archive.Promises.PromiseDetector.ContextDepth);
        for (var k = line - 1; k >= 1 && earlier.Count < Archive.Promises.PromiseDetector.ContextDepth; k--)
        {
            var f = lines[k - 1].Split('\t', 7);
            if (f.Length != 7 || f[0] != session) break;
            earlier.Add(f[6]);
        }

        return earlier;
    }

    /// <summary>The rows of a JDDC label file in file order: chat line number, whether it is a promise, and its type.</summary>
    public static IEnumerable<(int Line, bool IsPromise, string? Type)> JddcLabelRows(string path)
    {
        foreach (var (number, f) in LabelRows.Read(path, "line"))
        {
            if (f.Length < 2 || !int.TryParse(f[0], out var line)) throw new FormatException($"{path}:{number}: expected line, is_promise, type");
            var promise = f[1].Trim() == "1";
            yield return (line, promise, promise && f.Length > 2 && f[2].Trim().Length > 0 ? f[2].Trim() : null);
        }
    }

    /// <summary>Agent lines of the JDDC sample by 1-based line number (column 3 = 1, column 7 = text).</summary>
    public static Dictionary<int, string> JddcAgentTexts(string chatPath)
    {
        var texts = new Dictionary<int, string>();
        var number = 0;
        foreach (var line in File.ReadLines(chatPath, Encoding.UTF8))
        {
            number++;
            var f = line.Split('\t', 7);
            if (f.Length == 7 && f[2].Trim() == "1") texts[number] = f[6];
        }

        return texts;
    }

    /// <summary>../shared/data beside the repository (or ARCHIVE_SHARED_DATA), null when absent.</summary>
    public static string? SharedDataFile(string relativePath)
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DATA") is { Length: > 0 } root)
            return File.Exists(Path.Combine(root, relativePath)) ? Path.Combine(root, relativePath) : null;
        var repo = RepoRoot();
        var candidate = repo is null ? null : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", relativePath));
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    public static string? RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        return null;
    }
}
