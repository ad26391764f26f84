using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Tools.Generation;
using Archive.Tools.Jddc;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>import-jddc &lt;chat file&gt; --out file.jsonl [--start 2019-03-01T09:00:00+08:00]</summary>
public static class ImportJddcCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var input = arguments.RequirePositional(0, "the JDDC chat file (e.g. chat_0.1per.txt)");
        var outPath = arguments.Require("out");
        var start = arguments.Get("start") is { } s ? GenerateCommand.ParseStart(s) : JddcImporter.DefaultStart;
        if (!File.Exists(input))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]no such file: {input}[/]");
            return Task.FromResult(1);
        }

        var watch = Stopwatch.StartNew();
        var stats = Import(input, outPath, start);
        watch.Stop();
        foreach (var skip in stats.Skipped) Console.Error.WriteLine($"{input}:{skip.LineNumber}: skipped: {skip.Reason}");
        PrintSummary(stats, outPath, watch.Elapsed);
        return Task.FromResult(0);
    }

    internal static JddcImportStats Import(string input, string outPath, DateTimeOffset start)
    {
        var importer = new JddcImporter(start);
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var writer = new MessageLineWriter(outPath);
        foreach (var message in importer.Read(reader)) writer.Write(message);
        return importer.Stats;
    }

    private static void PrintSummary(JddcImportStats stats, string outPath, TimeSpan elapsed)
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("import-jddc").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("lines read", N(stats.Lines));
        table.AddRow("sessions", N(stats.Sessions));
        table.AddRow("messages", $"{N(stats.Messages)} ({N(stats.BuyerMessages)} buyer, {N(stats.AgentMessages)} agent)");
        table.AddRow("buyers", N(stats.Buyers));
        table.AddRow("skipped lines", stats.Skipped.Count == 0 ? "0" : $"[yellow]{N(stats.Skipped.Count)}[/] (see stderr)");
        table.AddRow("time span", $"{stats.First:yyyy-MM-dd HH:mm} → {stats.Last:yyyy-MM-dd HH:mm}");
        table.AddRow("elapsed", $"{elapsed.TotalSeconds:F2} s");
        table.AddRow("output", Markup.Escape(outPath));
        AnsiConsole.Write(table);
    }
}
