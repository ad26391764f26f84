using System.Diagnostics;
using Archive.Index;
using Archive.Ingestion;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>reindex [--data-dir index-data] [--directory raw|mmap|nio]: rebuilds the index from the raw archive (service stopped).</summary>
public static class ReindexCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var dataDir = arguments.Get("data-dir") ?? "index-data";
        var kind = arguments.GetDirectoryKind();
        if (!Directory.Exists(Path.Combine(dataDir, "archive")))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{dataDir} has no raw archive (archive/batches) to rebuild from[/]");
            return Task.FromResult(1);
        }

        var watch = Stopwatch.StartNew();
        RebuildReport report;
        try
        {
            report = AnsiConsole.Status().Start("re-indexing the raw archive…", context =>
                IndexRebuilder.Rebuild(dataDir, kind, new Progress<int>(n => context.Status($"re-indexing: {n:N0} messages"))));
        }
        catch (IndexInUseException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return Task.FromResult(1);
        }

        var table = new Table().AddColumns("measure", "value");
        table.AddRow("batches replayed", report.Batches.ToString("N0"));
        table.AddRow("messages replayed", report.Messages.ToString("N0"));
        table.AddRow("checkpoint", report.Checkpoint.ToString("N0"));
        table.AddRow("time", $"{watch.Elapsed.TotalSeconds:F1} s");
        table.AddRow("compared with the previous index", report.HadPreviousIndex
            ? report.Differences == 0 ? "identical, message for message" : $"{report.Differences} messages differ"
            : "no previous index");
        AnsiConsole.Write(table);
        foreach (var key in report.FirstDifferences) AnsiConsole.MarkupLineInterpolated($"  differs: {key}");
        return Task.FromResult(0);
    }
}
