using System.Diagnostics;
using System.Globalization;
using Archive.Messages;
using Archive.Tools.Generation;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>generate --count N --seed S --out file.jsonl [--labels labels.tsv] [--shops K] [--start 2024-01-01]</summary>
public static class GenerateCommand
{
    private const int ProgressStep = 10_000;

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var count = arguments.GetInt("count", -1);
        if (count < 0) throw new ToolArgumentException("--count is required");
        var seed = arguments.GetInt("seed", 1);
        var outPath = arguments.Require("out");
        var labelsPath = arguments.Get("labels");
        var options = new GeneratorOptions { Shops = Math.Max(1, arguments.GetInt("shops", 3)) };
        if (arguments.Get("start") is { } start) options = options with { Start = ParseStart(start) };

        var generator = new ShopCorpusGenerator(seed, options);
        var watch = Stopwatch.StartNew();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"generating {count:N0} messages", maxValue: Math.Max(1, count));
                Write(generator, count, outPath, labelsPath, n => task.Value = n);
                task.Value = task.MaxValue;
            });
        watch.Stop();
        PrintSummary(generator.Stats, outPath, labelsPath, watch.Elapsed);
        return Task.FromResult(0);
    }

    /// <summary>Writes the corpus and, when asked, the labels file (messageId, intent, promiseType; empty when none).</summary>
    internal static void Write(ShopCorpusGenerator generator, int count, string outPath, string? labelsPath, Action<long>? progress = null)
    {
        using var corpus = new MessageLineWriter(outPath);
        using var labels = labelsPath is null ? null : new MessageLineWriter(labelsPath);
        foreach (var generated in generator.Generate(count))
        {
            corpus.Write(generated.Message);
            if (labels is not null && (generated.Intent is not null || generated.PromiseType is not null))
                labels.WriteLine($"{generated.Message.MessageId}\t{generated.Intent}\t{generated.PromiseType}");
            if (progress is not null && corpus.Lines % ProgressStep == 0) progress(corpus.Lines);
        }
    }

    /// <summary>Accepts a full ISO-8601 instant, or a bare date/time which is then taken as China time (+08:00).</summary>
    internal static DateTimeOffset ParseStart(string value)
    {
        if (MessageValidator.TryParseSentAt(value, out var withOffset)) return withOffset;
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8));
        throw new ToolArgumentException($"--start must be a date like 2024-01-01 or 2024-01-01T09:00:00+08:00 (got '{value}')");
    }

    private static void PrintSummary(GeneratorStats stats, string outPath, string? labelsPath, TimeSpan elapsed)
    {
        var table = new Table().AddColumn("corpus").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("messages", stats.Messages.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("conversations", stats.Conversations.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("buyers", stats.Buyers.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("returning buyers", stats.ReturningBuyers.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("traditional-Chinese buyers", stats.TraditionalBuyers.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("labelled questions", stats.Questions.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("labelled promises", stats.Promises.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("time span", $"{stats.First:yyyy-MM-dd} → {stats.Last:yyyy-MM-dd}");
        table.AddRow("elapsed", $"{elapsed.TotalSeconds:F1} s");
        table.AddRow("rate", $"{stats.Messages / Math.Max(elapsed.TotalSeconds, 0.001):N0} msg/s");
        table.AddRow("output", Markup.Escape(outPath) + $" ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F1} MiB)");
        if (labelsPath is not null) table.AddRow("labels", Markup.Escape(labelsPath));
        AnsiConsole.Write(table);
    }
}
