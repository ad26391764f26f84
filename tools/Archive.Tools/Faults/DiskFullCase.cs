using System.Diagnostics;
using Archive.Tools.Load;

namespace Archive.Tools.Faults;

/// <summary>
/// A full disk: a small tmpfs holds a filler file and the data dir; batches are posted until the service refuses
/// them. What the client sees must be a clear refusal (problem+json 4xx/5xx or 503), never a 202 whose messages are
/// then lost. The filler is deleted, the service asked to go on (without restart), then restarted, and every
/// acknowledged message must be present exactly once. Needs root on Linux (mount); skipped with the reason otherwise.
/// </summary>
internal sealed class DiskFullCase(string apiDll, string mountDir, int seed, int sizeMegabytes = 64, int freeMegabytes = 24)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    public async Task<CaseResult> RunAsync()
    {
        const string name = "full disk (tmpfs)";
        if (!OperatingSystem.IsLinux()) return new CaseResult(name, true, true, ["skipped: needs Linux (tmpfs)"]);
        Directory.CreateDirectory(mountDir);
        var (mounted, mountError) = Run("mount", "-t", "tmpfs", "-o", $"size={sizeMegabytes}m", "tmpfs", mountDir);
        if (!mounted) return new CaseResult(name, true, true, [$"skipped: mount -t tmpfs not permitted here ({mountError.Trim()})"]);
        try
        {
            return await RunMountedAsync(name);
        }
        finally
        {
            if (!Run("umount", mountDir).Ok) Run("umount", "-l", mountDir);
        }
    }

    private async Task<CaseResult> RunMountedAsync(string name)
    {
        var findings = new List<string>();
        var passed = true;
        void Note(string what) => findings.Add(what);
        void Check(bool ok, string what)
        {
            findings.Add((ok ? "ok: " : "FAIL: ") + what);
            passed &= ok;
        }

        var filler = Path.Combine(mountDir, "filler.bin");
        await File.WriteAllBytesAsync(filler, new byte[(sizeMegabytes - freeMegabytes) * 1024 * 1024]);
        var dataDir = Path.Combine(mountDir, "data");
        Note($"tmpfs of {sizeMegabytes} MB, {sizeMegabytes - freeMegabytes} MB taken by a filler file, data dir {dataDir}");

        var ledger = new AckLedger();
        var posts = new EndpointStats("POST messages (disk filling)");
        using var batches = new GeneratedBatches(seed + 57, 500, 2_000_000);
        var service = await ServiceProcess.StartAsync(apiDll, dataDir);
        try
        {
            using var http = LoadRun.CreateClient(service.BaseAddress, 8, null);
            http.Timeout = RequestTimeout;
            var poster = new AckingPoster(http, batches, ledger, posts);
            var clock = Stopwatch.StartNew();
            while (poster.ConsecutiveFailures < 10 && clock.Elapsed < TimeSpan.FromMinutes(3) && !service.HasExited)
                if (await poster.PostOneAsync() is null) break;
            Check(posts.ServerErrors + posts.ClientErrors + posts.TransportErrors > 0,
                $"requests started failing after {poster.Acknowledged:N0} acknowledged messages ({clock.Elapsed.TotalSeconds:N0} s)");
            foreach (var sample in posts.FailureSamples) Note("client saw: " + sample);
            Check(posts.TransportErrors == 0, $"{posts.ServerErrors + posts.ClientErrors} refusals with a status code, {posts.TransportErrors} transport errors/timeouts (a hang is not a clear error)");
            Note("GET /health: " + await DescribeAsync(http, "/health"));
            Note("GET /api/v1/ingest/status: " + await DescribeAsync(http, "/api/v1/ingest/status"));

            File.Delete(filler);
            Note($"filler deleted: {sizeMegabytes - freeMegabytes} MB free again; posting 5 more batches without restart");
            var recovered = 0;
            for (var i = 0; i < 5; i++)
                if (await poster.PostOneAsync() == true) recovered++;
            Note($"without restart: {recovered}/5 batches acknowledged after space was freed" +
                 (recovered < 5 ? "; e.g. " + string.Join(" | ", posts.FailureSamples.Skip(Math.Max(0, posts.FailureSamples.Count - 1))) : ""));
            Note("GET /health: " + await DescribeAsync(http, "/health"));
        }
        finally
        {
            foreach (var line in service.ExceptionLines.Take(8)) Note("service logged: " + line);
            var graceful = service.Stop(TimeSpan.FromSeconds(30));
            Note(graceful ? "service stopped gracefully (SIGTERM)" : "service did not stop within 30 s of SIGTERM: killed");
            service.Dispose();
        }

        using (var restarted = await ServiceProcess.StartAsync(apiDll, dataDir))
        {
            using var http = LoadRun.CreateClient(restarted.BaseAddress, 16, null);
            var presence = await PresenceCheck.RunAsync(http, ledger, TimeSpan.FromMinutes(3));
            Check(presence.Intact, $"after restart: {presence.Present:N0}/{presence.Acknowledged:N0} acknowledged present, {presence.Missing} missing, {presence.Duplicated} duplicated, {presence.UnacknowledgedPresent} unacknowledged present");
            foreach (var id in presence.MissingSamples.Take(5)) Note("missing e.g. " + id);
            Note("after restart, GET /api/v1/ingest/status: " + await DescribeAsync(http, "/api/v1/ingest/status"));
            foreach (var line in restarted.ExceptionLines.Take(5)) Note("restarted service logged: " + line);
            restarted.Stop(TimeSpan.FromSeconds(30));
            return new CaseResult(name, passed, false, findings, presence);
        }
    }

    private static async Task<string> DescribeAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            return TimedHttp.Describe(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static (bool Ok, string Error) Run(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }
}
