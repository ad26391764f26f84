using Archive.Ingestion.Parsing;
using Archive.Messages;
using Archive.Tools.Bench;
using Archive.Tools.Generation;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// index-floor [--count N] [--seed S] | --input file.jsonl: the size under any Lucene layout that answers the contract,
/// against the message texts (the "index ≤ 2× the raw text" target of the core issue).
/// </summary>
public static class IndexFloorCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var a = new ToolArguments(args);
        IReadOnlyList<ChatMessage> messages;
        string source;
        if (a.Get("input") is { } input)
        {
            var parsed = InboxFileParser.Parse(input);
            if (parsed.IsUnreadable) throw new ToolArgumentException($"{input}: {parsed.FileError}");
            messages = parsed.Messages;
            source = $"{input} ({parsed.Rejections.Count} lines rejected)";
        }
        else
        {
            var count = a.GetInt("count", 300_000);
            var seed = a.GetInt("seed", 7);
            messages = new ShopCorpusGenerator(seed).Generate(count).Select(g => g.Message).ToList();
            source = $"{count:N0} generated messages, seed {seed}";
        }
        if (messages.Count == 0) throw new ToolArgumentException("no messages to index");

        var workDir = Path.Combine(Path.GetTempPath(), "archive-floor-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workDir);
        try
        {
            var report = IndexFloor.Measure(messages, workDir);
            Print(report, source);
            return Task.FromResult(0);
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    private static void Print(IndexFloor.Report report, string source)
    {
        double Times(long bytes) => bytes / (double)report.TextBytes;
        var table = new Table().Title($"{source}: {report.Messages:N0} messages, texts {report.TextBytes / 1e6:F1} MB UTF-8")
            .AddColumn("part").AddColumn("layout").AddColumn(new TableColumn("MB").RightAligned()).AddColumn(new TableColumn("× text").RightAligned());
        foreach (var p in report.Parts)
            table.AddRow(Markup.Escape(p.Thing), Markup.Escape(p.Layout), (p.Bytes / 1e6).ToString("F2"), Times(p.Bytes).ToString("F2"));
        table.AddRow("[bold]floor[/]", "the leanest layout of each part", (report.FloorBytes / 1e6).ToString("F2"), $"[bold]{Times(report.FloorBytes):F2}[/]");
        table.AddRow("[bold]floor, messages kept elsewhere[/]", "a pointer in place of the stored fields", (report.FloorWithoutMessagesBytes / 1e6).ToString("F2"),
            $"[bold]{Times(report.FloorWithoutMessagesBytes):F2}[/]");
        AnsiConsole.Write(table);
    }
}
