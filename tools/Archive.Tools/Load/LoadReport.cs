using System.Text.Json;
using Archive.Tools.Bench;
using Archive.Tools.Commands;
using Spectre.Console;

namespace Archive.Tools.Load;

internal sealed class LoadReport
{
    public required LoadSettings Settings { get; init; }
    public required LoadStats Stats { get; init; }
    public required double Seconds { get; init; }
    public required long MessagesAcknowledged { get; init; }
    public required long MessagesAcknowledgedSteady { get; init; }
    public required double SteadySeconds { get; init; }

    public SearchableLag? SearchableLag { get; init; }
    public string Service { get; set; } = "";
    public JsonElement? StatusAtEnd { get; set; }
    public JsonElement? StatusDrained { get; set; }
    public double DrainSeconds { get; set; }
    public string? ServiceProblem { get; set; }

    /// <summary>Any 5xx or transport error, or a service that died, fails the run.</summary>
    public bool Failed => Stats.Failures > 0 || ServiceProblem is not null;

    public void Print()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 180);
        var summary = new Table().AddColumn("run").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => summary.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("service", Service);
        Row("machine", $"{Environment.ProcessorCount} cores, load tool on the same machine");
        Row("latencies", Settings.WarmupSeconds == 0 ? "all requests" : $"of requests started after a {Settings.WarmupSeconds} s warm-up (counts and errors: all requests)");
        Row("query clients", $"{Settings.Clients} (closed loop, {(Settings.ThinkMs == 0 ? "no think time" : $"think time {Settings.ThinkMs} ms mean")}), {Seconds:N1} s");
        Row("ingest target", Settings.IngestRate > 0 ? $"{Settings.IngestRate:N0} msg/s in NDJSON bodies of {Settings.Batch:N0}, {Settings.IngestTasks} posting at once" : $"as fast as possible, {Settings.IngestTasks} posting at once");
        Row("ingest achieved (202 acknowledged)", $"{MessagesAcknowledgedSteady / SteadySeconds:N0} msg/s after the warm-up ({MessagesAcknowledgedSteady:N0} in {SteadySeconds:N0} s; {MessagesAcknowledged:N0} acknowledged in all)");
        Row("queue drained after the run", $"{DrainSeconds:N1} s");
        if (SearchableLag?.Lags() is { Length: > 0 } lags)
            Row("acknowledged → searchable (contract: ≤ 2 s)", $"p50 {Percentiles.Of(lags, 50):N0} / p99 {Percentiles.Of(lags, 99):N0} / max {lags.Max():N0} ms over {lags.Length:N0} batches, polled every 100 ms; {SearchableLag.Pending} not yet searchable at the end");
        AnsiConsole.Write(summary);

        var table = new Table().AddColumn("endpoint");
        foreach (var c in new[] { "requests", "per s", "p50 ms", "p99 ms", "max ms", "in service p99", "2xx", "4xx", "of which 429", "5xx", "transport err" })
            table.AddColumn(new TableColumn(c).RightAligned());
        foreach (var s in Stats.All)
        {
            var l = s.Latencies();
            var server = s.ServerTimes();
            table.AddRow(Markup.Escape(s.Name), $"{s.Requests:N0}", $"{s.Requests / Seconds:N1}", $"{Percentiles.Of(l, 50):N1}",
                $"{Percentiles.Of(l, 99):N1}", $"{(l.Length == 0 ? 0 : l.Max()):N1}", server.Length == 0 ? "-" : $"{Percentiles.Of(server, 99):N1}", $"{s.Success:N0}", $"{s.ClientErrors:N0}", $"{s.TooManyRequests:N0}",
                Color(s.ServerErrors), Color(s.TransportErrors));
        }
        AnsiConsole.Write(table);
        foreach (var s in Stats.All)
        foreach (var sample in s.FailureSamples)
            AnsiConsole.MarkupLineInterpolated($"[yellow]{s.Name}[/] {sample}");

        var status = new Table().AddColumn("/api/v1/ingest/status").AddColumn(new TableColumn("at the end").RightAligned())
            .AddColumn(new TableColumn($"drained (+{DrainSeconds:N1} s)").RightAligned());
        foreach (var name in new[] { "queuedBatches", "queuedMessages", "messagesIndexed", "checkpoint", "indexedBatch", "lastCommitAt", "journalFiles", "rejectedTotal" })
            status.AddRow(name, Markup.Escape(Field(StatusAtEnd, name)), Markup.Escape(Field(StatusDrained, name)));
        AnsiConsole.Write(status);
        if (ServiceProblem is not null) AnsiConsole.MarkupLineInterpolated($"[red]{ServiceProblem}[/]");
        AnsiConsole.MarkupLine(Failed ? "[red]FAILED: 5xx or transport errors occurred[/]" : "[green]no 5xx, no transport errors[/]");
    }

    private static string Color(int n) => n == 0 ? "0" : $"[red]{n:N0}[/]";

    private static string Field(JsonElement? e, string name) =>
        e is { } o && o.TryGetProperty(name, out var v) ? v.ToString() : "—";
}
