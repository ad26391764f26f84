using System.Text;

namespace Archive.Tools.Promises;

/// <summary>One labelled message: who wrote it, the text, and the gold answer (promise / claim / none, with a type).</summary>
public sealed record PromiseCase(string Source, string Sender, string Text, string Label, string? Type)
{
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
        var texts = JddcAgentTexts(chatPath);
        var cases = new List<PromiseCase>();
        foreach (var (_, f) in LabelRows.Read(path, "line"))
        {
            var lineNumber = int.Parse(f[0]);
            if (!texts.TryGetValue(lineNumber, out var text)) throw new FormatException($"{path}: line {lineNumber} is not an agent line of {chatPath}");
            var promise = f[1].Trim() == "1";
            cases.Add(new PromiseCase($"jddc:{lineNumber}", "agent", text, promise ? PromiseCase.Promise : PromiseCase.None,
                promise && f.Length > 2 && f[2].Trim().Length > 0 ? f[2].Trim() : null));
        }

        return cases;
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
