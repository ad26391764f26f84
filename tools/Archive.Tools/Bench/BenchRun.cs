using Archive.Tools.Commands;
using System.Diagnostics;
using System.Text;
using Archive.Analysis;
using Archive.Ingestion;
using Archive.Ingestion.Parsing;
using Archive.Messages;
using Archive.Search;
using Archive.Tools.Generation;
using Spectre.Console;

namespace Archive.Tools.Bench;

/// <summary>One benchmark: ingest, size, query latency, brute-force comparison.</summary>
internal sealed class BenchRun(BenchSettings settings, string dataDir)
{
    private readonly BenchReport _report = new() { Settings = settings, DataDir = dataDir };

    public async Task<BenchReport> RunAsync()
    {
        using var rss = new RssSampler();
        using (var engine = ArchiveEngine.Open(dataDir, new IngestionOptions
        {
            DetectPromises = settings.DetectPromises,
            CommitInterval = TimeSpan.FromSeconds(settings.CommitSeconds),
        }, settings.DirectoryKind))
        {
            await IngestAsync(engine);
            _report.PeakRssIngestBytes = rss.Peak;
            _report.IndexBytes = engine.Index.CommittedSizeBytes;
            _report.Messages = engine.Index.MessageCount;
            var lookups = RunQueries(engine, LoadScanCorpus());
            // The scan corpus (half a gigabyte at a million messages) is let go first: the service has no such heap,
            // and its collections would show in the lookups' slowest percentile.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (lookups is not null) PromiseLookupBench.Run(engine, lookups, _report);
            FaqBench.Run(engine, _report);
            _report.PeakRssBytes = rss.Peak;
        }
        return _report;
    }

    private async Task IngestAsync(ArchiveEngine engine)
    {
        var corpusFile = Path.Combine(dataDir, "bench-corpus.ndjson");
        _report.TextBytes = WriteCorpus(corpusFile);
        _report.RawInputBytes = new FileInfo(corpusFile).Length;
        await engine.StartAsync(watchInbox: false);
        var stopwatch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await AnsiConsole.Progress().Columns(Columns()).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("ingest", maxValue: settings.Count);
            // The service's own path for a POST: parse and validate an NDJSON body, journal it, queue it, index it.
            foreach (var body in NdjsonBodies(corpusFile, settings.Batch))
            {
                var parsed = MessageBatchParser.ParseNdjson(body);
                await engine.Queue.SubmitAsync(parsed.Messages,
                    new BatchSource(BatchSource.Api, "bench", "", DateTimeOffset.UtcNow), CancellationToken.None);
                task.Increment(parsed.Messages.Count);
            }
            await engine.StopAsync(); // drains the queue and commits: the clock stops when it is all durable
        });
        _report.IngestSeconds = stopwatch.Elapsed.TotalSeconds;
        _report.IngestCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        File.Delete(corpusFile);
        engine.Index.RefreshNow();
    }

    /// <summary>Generates the corpus to disk before the clock starts; returns the UTF-8 size of all texts.</summary>
    private long WriteCorpus(string path)
    {
        long textBytes = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        foreach (var generated in new ShopCorpusGenerator(settings.Seed).Generate(settings.Count))
        {
            textBytes += Encoding.UTF8.GetByteCount(generated.Message.Text);
            writer.WriteLine(MessageJson.Serialize(generated.Message));
        }
        return textBytes;
    }

    private static IEnumerable<byte[]> NdjsonBodies(string path, int linesPerBody)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var body = new StringBuilder();
        var lines = 0;
        while (reader.ReadLine() is { } line)
        {
            body.Append(line).Append('\n');
            if (++lines < linesPerBody) continue;
            yield return Encoding.UTF8.GetBytes(body.ToString());
            body.Clear();
            lines = 0;
        }
        if (lines > 0) yield return Encoding.UTF8.GetBytes(body.ToString());
    }

    /// <summary>The same corpus again (generation is deterministic), kept as the brute-force scan needs it.</summary>
    private ScanCorpus LoadScanCorpus()
    {
        var corpus = new ScanCorpus(settings.Count);
        foreach (var g in new ShopCorpusGenerator(settings.Seed).Generate(settings.Count)) corpus.Add(g.Message);
        return corpus;
    }

    /// <summary>Runs the query mix and the scans; returns the buyers for the promise lookups.</summary>
    private PromiseLookupBench.Sample? RunQueries(ArchiveEngine engine, ScanCorpus corpus)
    {
        var queries = QueryMix.Build(corpus.Messages, settings.Queries, settings.Seed);
        foreach (var q in queries.Take(Math.Min(500, queries.Count))) engine.Searcher.Search(q); // warm-up
        var latencies = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            var t = Stopwatch.GetTimestamp();
            engine.Searcher.Search(q);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        _report.SearchP50Ms = Percentiles.Of(latencies, 50);
        _report.SearchP99Ms = Percentiles.Of(latencies, 99);
        _report.SearchMeanMs = latencies.Average();
        _report.SearchMeanMsByKind = QueryMix.Kinds.Distinct()
            .Select(kind => (kind, latencies.Where((_, i) => QueryMix.Kinds[i % QueryMix.Kinds.Length] == kind).DefaultIfEmpty().Average()))
            .ToList();

        var parallel = Stopwatch.StartNew();
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q => engine.Searcher.Search(q));
        _report.ParallelQueriesPerSecond = queries.Count / parallel.Elapsed.TotalSeconds;

        CompareWithScan(engine, corpus, queries.Take(settings.ScanQueries).ToList());
        return settings.DetectPromises ? PromiseLookupBench.Choose(corpus.Messages, 1_000, settings.Seed) : null;
    }

    /// <summary>
    /// The same queries as two brute-force scans, each timed on its own (interleaving would let the scans evict the
    /// index's caches): one that normalizes every message as it reads it, as a scan without any precomputation must,
    /// and one over texts normalized once up front. Then every hit set is compared with the scan's.
    /// </summary>
    private void CompareWithScan(ArchiveEngine engine, ScanCorpus corpus, List<SearchRequest> queries)
    {
        if (queries.Count == 0) return;
        var naive = Stopwatch.StartNew();
        foreach (var q in queries.Take(Math.Min(50, queries.Count))) corpus.ScanNormalizingEachText(q);
        _report.NaiveScanMeanMs = naive.Elapsed.TotalMilliseconds / Math.Min(50, queries.Count);

        var expected = new List<HashSet<string>>(queries.Count);
        var scan = Stopwatch.StartNew();
        foreach (var q in queries) expected.Add(corpus.Scan(q));
        _report.ScanMeanMs = scan.Elapsed.TotalMilliseconds / queries.Count;

        var index = Stopwatch.StartNew();
        foreach (var q in queries) engine.Searcher.Search(q);
        _report.IndexMeanMsOnScanQueries = index.Elapsed.TotalMilliseconds / queries.Count;

        // What the same queries cost when less is asked: sorted by time (every match visited, none scored) and
        // counted only (the exact total every answer carries). They bound how fast any ranking could be.
        var newest = queries.Select(q => q with { Sort = Archive.Search.SearchSort.Newest }).ToList();
        foreach (var q in newest) engine.Searcher.Search(q); // warm the time columns
        var sorted = Stopwatch.StartNew();
        foreach (var q in newest) engine.Searcher.Search(q);
        _report.IndexMeanMsNewestFirst = sorted.Elapsed.TotalMilliseconds / queries.Count;
        var counted = Stopwatch.StartNew();
        foreach (var q in queries) engine.Searcher.Count(q);
        _report.IndexMeanMsCountOnly = counted.Elapsed.TotalMilliseconds / queries.Count;

        var identical = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var actual = engine.Searcher.MatchingIds(queries[i]);
            if (actual.SetEquals(expected[i])) identical++;
            else if (_report.Mismatches.Count < 10)
                _report.Mismatches.Add($"{Describe(queries[i])}: index {actual.Count}, scan {expected[i].Count}, e.g. " +
                    string.Join(", ", actual.Except(expected[i]).Concat(expected[i].Except(actual)).Take(3)));
        }
        _report.ScanQueries = queries.Count;
        _report.IdenticalHitSets = identical;
    }

    internal static string Describe(SearchRequest q) =>
        string.Join(" ", q.Query.Required.Concat(q.Query.Excluded.Select(e => "-" + e)))
        + (q.BuyerId is null ? "" : $" buyerId={q.BuyerId}") + (q.Sender is null ? "" : $" sender={q.Sender}");

    private static ProgressColumn[] Columns() =>
        [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn()];

    /// <summary>The fields a brute-force scan needs, normalized once up front as an index would be.</summary>
    private sealed class ScanCorpus(int capacity)
    {
        public List<ChatMessage> Messages { get; } = new(capacity);
        private readonly List<string> _normalized = new(capacity);

        public void Add(ChatMessage m)
        {
            Messages.Add(m);
            _normalized.Add(TextNormalizer.Normalize(m.Text));
        }

        public HashSet<string> ScanNormalizingEachText(SearchRequest q)
        {
            var terms = new ScanTerms(q);
            var ids = new HashSet<string>();
            foreach (var m in Messages)
                if (QueryMix.Matches(terms, m, TextNormalizer.Normalize(m.Text))) ids.Add(m.MessageId);
            return ids;
        }

        public HashSet<string> Scan(SearchRequest q)
        {
            var terms = new ScanTerms(q);
            var ids = new HashSet<string>();
            for (var i = 0; i < Messages.Count; i++)
                if (QueryMix.Matches(terms, Messages[i], _normalized[i])) ids.Add(Messages[i].MessageId);
            return ids;
        }
    }
}
