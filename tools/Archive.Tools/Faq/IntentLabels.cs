using System.Globalization;
using System.Text;
using Archive.Tools.Jddc;
using Archive.Tools.Promises;

namespace Archive.Tools.Faq;

/// <summary>One held-out label of tests/data/jddc-intent-labels.tsv: a JDDC buyer line by its 1-based line number.</summary>
public sealed record IntentLabel(int Line, bool IsQuestion, string Intent, string Category)
{
    /// <summary>其他 marks a question no other labelled line asks: it never agrees with anything, not even another 其他.</summary>
    public bool IsUnique => IsQuestion && Intent == IntentLabels.Unique;

    /// <summary>An intent that can be shared with other lines.</summary>
    public bool HasSharedIntent => IsQuestion && Intent.Length > 0 && !IsUnique;
}

/// <summary>Reads the intent labels and ties their line numbers to the message ids the JDDC converter gives.</summary>
public static class IntentLabels
{
    public const string Unique = "其他";

    public const string FileName = "jddc-intent-labels.tsv";

    public static List<IntentLabel> Read(string path)
    {
        var labels = new List<IntentLabel>();
        foreach (var (lineNumber, columns) in LabelRows.Read(path, "line"))
        {
            if (columns.Length < 3 || !int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var chatLine)
                || columns[1] is not ("0" or "1"))
                throw new FormatException($"{path}:{lineNumber}: expected 'line \\t is_question \\t intent \\t category'");
            labels.Add(new IntentLabel(chatLine, columns[1] == "1", columns[2].Trim(), columns.Length > 3 ? columns[3].Trim() : ""));
        }
        return labels;
    }

    /// <summary>
    /// The message id of every imported line of the chat file, by 1-based line number. The converter's ids count
    /// messages within a session, not lines, so they are read off the converter itself rather than recomputed: its
    /// line counter has just passed the line of the message it yields.
    /// </summary>
    public static Dictionary<int, string> MessageIdsByLine(string chatPath)
    {
        using var reader = new StreamReader(chatPath, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var importer = new JddcImporter(JddcImporter.DefaultStart);
        var ids = new Dictionary<int, string>();
        foreach (var message in importer.Read(reader)) ids[checked((int)importer.Stats.Lines)] = message.MessageId;
        return ids;
    }

    /// <summary>tests/data/jddc-intent-labels.tsv of the repository, or null when it cannot be found.</summary>
    public static string? LabelFile()
    {
        if (PromiseCases.RepoRoot() is not { } root) return null;
        var path = Path.Combine(root, "tests", "data", FileName);
        return File.Exists(path) ? path : null;
    }
}
