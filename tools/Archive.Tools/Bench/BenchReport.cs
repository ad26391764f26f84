using Archive.Tools.Commands;
using Spectre.Console;

namespace Archive.Tools.Bench;

internal sealed class BenchReport
{
    public required BenchSettings Settings { get; init; }
    public required string DataDir { get; init; }
    public int Messages { get; set; }
    public double IngestSeconds { get; set; }

    /// <summary>Processor time of the whole process while ingesting: what ingestion costs, whatever else runs.</summary>
    public double IngestCpuSeconds { get; set; }
    public long TextBytes { get; set; }
    public long RawInputBytes { get; set; }
    public long IndexBytes { get; set; }
    public long PeakRssIngestBytes { get; set; }
    public long PeakRssBytes { get; set; }
    public double SearchP50Ms { get; set; }
    public double SearchP99Ms { get; set; }
    public double SearchMeanMs { get; set; }
    public List<(string Kind, double MeanMs)> SearchMeanMsByKind { get; set; } = [];
    public double ParallelQueriesPerSecond { get; set; }
    public int ScanQueries { get; set; }
    public int IdenticalHitSets { get; set; }
    public double ScanMeanMs { get; set; }
    public double NaiveScanMeanMs { get; set; }
    public double IndexMeanMsOnScanQueries { get; set; }
    public double IndexMeanMsNewestFirst { get; set; }
    public double IndexMeanMsCountOnly { get; set; }
    public int PromiseLookups { get; set; }
    public double PromiseLookupP50Ms { get; set; }
    public double PromiseLookupP99Ms { get; set; }
    public double PromisesPerReturningBuyer { get; set; }
    public double FaqColdSeconds { get; set; }
    public double FaqReadSeconds { get; set; }
    public int FaqGroups { get; set; }
    public double FaqCachedP99Ms { get; set; }
    public List<string> Mismatches { get; } = [];

    public void Print()
    {
        if (!System.Runtime.GCSettings.IsServerGC)
            AnsiConsole.MarkupLine("[yellow]This process runs the workstation GC; the service runs the server GC (ASP.NET Core's default). Set DOTNET_gcServer=1 to measure ingest as the service runs it.[/]");
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("messages", $"{Messages:N0} ({Settings.DirectoryKind}, batch {Settings.Batch:N0}, commit every {Settings.CommitSeconds:0.#} s, {Environment.ProcessorCount} cores, {GcMode})");
        Row("ingest", $"{Messages / IngestSeconds:N0} msg/s ({IngestSeconds:N1} s, journaled + indexed + committed)");
        Row("ingest CPU", $"{IngestCpuSeconds:N1} core-s = {IngestCpuSeconds * 1e6 / Math.Max(1, Messages):N1} µs a message ({IngestCpuSeconds / IngestSeconds:N2} cores busy)");
        Row("index size", $"{Mb(IndexBytes)} = {(double)IndexBytes / TextBytes:N2}× raw UTF-8 text ({Mb(TextBytes)}), {(double)IndexBytes / Math.Max(1, RawInputBytes):N2}× the NDJSON input ({Mb(RawInputBytes)})");
        Row("peak RSS (ingest)", Mb(PeakRssIngestBytes));
        Row("peak RSS (with scan corpus)", Mb(PeakRssBytes));
        Row("search p50 / p99 / mean", $"{SearchP50Ms:N2} / {SearchP99Ms:N2} / {SearchMeanMs:N2} ms ({Settings.Queries:N0} queries, warm)");
        Row("search mean by kind", string.Join(", ", SearchMeanMsByKind.Select(k => $"{k.Kind} {k.MeanMs:N2}")) + " ms");
        Row("search, parallel", $"{ParallelQueriesPerSecond:N0} queries/s on {Environment.ProcessorCount} threads");
        Row("index, same queries", $"{IndexMeanMsOnScanQueries:N2} ms mean");
        Row("brute-force scan", $"{NaiveScanMeanMs:N1} ms mean: index {NaiveScanMeanMs / IndexMeanMsOnScanQueries:N0}× faster");
        Row("same queries, newest first (no scoring) / counted only", $"{IndexMeanMsNewestFirst:N2} / {IndexMeanMsCountOnly:N2} ms mean: "
            + $"{NaiveScanMeanMs / IndexMeanMsNewestFirst:N0}× / {NaiveScanMeanMs / IndexMeanMsCountOnly:N0}× faster than the brute-force scan");
        Row("scan of pre-normalized texts", $"{ScanMeanMs:N1} ms mean: index {ScanMeanMs / IndexMeanMsOnScanQueries:N0}× faster");
        Row("recall vs scan", $"{IdenticalHitSets}/{ScanQueries} identical hit sets");
        Row("promise lookup, returning buyers (scan corpus let go)", PromiseLookups == 0 ? "not run" : $"p50 {PromiseLookupP50Ms:N2} / p99 {PromiseLookupP99Ms:N2} ms ({PromiseLookups:N0} buyers, {PromisesPerReturningBuyer:N1} promises each)");
        Row("FAQ mining, all messages, cold", FaqGroups == 0 ? "not run" : $"{FaqColdSeconds:N2} s ({FaqGroups:N0} groups; reading alone {FaqReadSeconds:N2} s); cached answer p99 {FaqCachedP99Ms:N2} ms");
        Row("promise detection at ingest", Settings.DetectPromises ? "on" : "off (--no-promises)");
        AnsiConsole.Write(table);
        foreach (var m in Mismatches) AnsiConsole.MarkupLineInterpolated($"[yellow]mismatch[/] {m}");
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MB";

    private static string GcMode => System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
}
