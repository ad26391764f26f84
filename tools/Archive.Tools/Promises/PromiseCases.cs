using System.Text;

namespace Archive.Tools.Promises;

/// <summary>One labelled message: who wrote it, the text, and the gold answer (promise / claim / none, with a type).</summary>
public sealed record PromiseCase(string Source, string Sender, string Text, string Label, string? Type)
{
    /// <summary>The conversation's messages before this one, newest first (JDDC lines have them; the project's set does not).</summary>
    public IReadOnlyList<string> Earlier { get; init; } = [];

    /// <summary>The conversation it belongs to, so that cross-validation never splits one (its source when unknown).</summary>
    public string Session { get; init; } = Source;

    public const string Promise = "promise", Claim = "claim", None = "none";

    public bool IsShopSide => Sender is "agent" or "auto";
}

/// <summary>
/// Reads the label formats: the project's own set (sender, text, label, type) and labels for real JDDC lines, referenced
/// by number so that no JDDC text is ever copied into the repository. The first header column names the source: `line`
/// a 1-based line of chat_0.1per.txt (read with the lines of its session before it), `answer` a 1-based line of the
/// JDDC 2018 baseline's dev answers (read with the same line of its dev questions, the dialogue before the answer),
/// `train_answer` the same for its train split.
/// </summary>
public static class PromiseCases
{
    public const string JddcChatFile = "jddc/chat_0.1per.txt";
    public const string JddcDevAnswersFile = "jddc/jddc2018_baseline_devAnswers.txt";
    public const string JddcDevQuestionsFile = "jddc/jddc2018_baseline_devQuestions.txt";
    public const string JddcTrainAnswersFile = "jddc/jddc2018_baseline_trainAnswers.txt";
    public const string JddcTrainQuestionsFile = "jddc/jddc2018_baseline_trainQuestions.txt";
    private const string ChatLineHeader = "line", DevAnswerHeader = "answer", TrainAnswerHeader = "train_answer";

    public static bool IsJddcLabelFile(string path) => HeaderColumn(path) is ChatLineHeader or DevAnswerHeader or TrainAnswerHeader;

    /// <summary>The shared data files a JDDC label file reads; tools check them before reading.</summary>
    public static string[] SharedFilesFor(string path) => HeaderColumn(path) switch
    {
        DevAnswerHeader => [JddcDevAnswersFile, JddcDevQuestionsFile],
        TrainAnswerHeader => [JddcTrainAnswersFile, JddcTrainQuestionsFile],
        _ => [JddcChatFile],
    };

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

    /// <summary>
    /// JDDC labels (number, is_promise, type) joined with their texts from ../shared; every line labelled is an agent's.
    /// Null when the shared data the file needs is absent.
    /// </summary>
    public static List<PromiseCase>? ReadJddcLabels(string path)
    {
        var files = SharedFilesFor(path).Select(SharedDataFile).ToArray();
        if (files.Any(f => f is null)) return null;
        return HeaderColumn(path) switch
        {
            DevAnswerHeader => ReadAnswerLabels(path, files[0]!, files[1]!, "dev"),
            TrainAnswerHeader => ReadAnswerLabels(path, files[0]!, files[1]!, "train"),
            _ => ReadChatLabels(path, files[0]!),
        };
    }

    private static List<PromiseCase> ReadChatLabels(string path, string chatPath)
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
                Session = f[0],
            });
        }

        return cases;
    }

    /// <summary>
    /// The baseline's answers and questions join their utterances with ASCII commas (the texts' own are full-width);
    /// an answer is read as one agent message with its utterances apart by spaces, as chat_0.1per.txt writes them.
    /// <paramref name="split"/> (dev, train) names its source and session.
    /// </summary>
    public static List<PromiseCase> ReadAnswerLabels(string path, string answersPath, string questionsPath, string split)
    {
        var answers = File.ReadAllLines(answersPath, Encoding.UTF8);
        var questions = File.ReadAllLines(questionsPath, Encoding.UTF8);
        var cases = new List<PromiseCase>();
        foreach (var row in JddcLabelRows(path))
        {
            if (row.Line < 1 || row.Line > answers.Length || row.Line > questions.Length)
                throw new FormatException($"{path}: answer {row.Line} is not a line of {answersPath}");
            var text = string.Join(' ', Utterances(answers[row.Line - 1]));
            var earlier = Utterances(questions[row.Line - 1]).Reverse().Take(Archive.Promises.PromiseDetector.ContextDepth).ToList();
            cases.Add(new PromiseCase($"jddc-{split}:{row.Line}", "agent", text, row.IsPromise ? PromiseCase.Promise : PromiseCase.None, row.Type)
            {
                Earlier = earlier,
                Session = $"{split}:{row.Line}",
            });
        }

        return cases;
    }

    private static IEnumerable<string> Utterances(string joined) =>
        joined.Split(',').Select(u => u.Trim()).Where(u => u.Length > 0);

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

    /// <summary>The rows of a JDDC label file in file order: line (or answer) number, whether it is a promise, and its type.</summary>
    public static IEnumerable<(int Line, bool IsPromise, string? Type)> JddcLabelRows(string path)
    {
        foreach (var (number, f) in LabelRows.Read(path, HeaderColumn(path) ?? ChatLineHeader))
        {
            if (f.Length < 2 || !int.TryParse(f[0], out var line)) throw new FormatException($"{path}:{number}: expected line, is_promise, type");
            var promise = f[1].Trim() == "1";
            yield return (line, promise, promise && f.Length > 2 && f[2].Trim().Length > 0 ? f[2].Trim() : null);
        }
    }

    private static string? HeaderColumn(string path) =>
        File.ReadLines(path, Encoding.UTF8).FirstOrDefault(l => !l.StartsWith('#') && l.Trim().Length > 0)?.Split('\t')[0];

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
