using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Archive.Tools.Faults;

/// <summary>
/// The real service (the Release build of Archive.Api) in a child process on a loopback port and a given data dir:
/// started, waited for until /health answers, killed with SIGKILL or stopped with SIGTERM. The last lines it wrote
/// are kept for diagnosis.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private const int OutputLinesKept = 200;

    /// <summary>
    /// The per-key request limit (200/s by default) is for many callers sharing a key; a load or fault tool is one
    /// caller standing in for many users, so the services it starts get a limit it never reaches (later args win).
    /// </summary>
    public static readonly IReadOnlyList<string> ToolDefaults = ["--Archive:RequestsPerSecondPerKey=1000000"];
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly List<string> _exceptions = [];

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the service wrote to stdout/stderr.</summary>
    public IReadOnlyList<string> RecentOutput
    {
        get { lock (_output) return _output.ToList(); }
    }

    /// <summary>src/Archive.Api/bin/Release/net10.0/Archive.Api.dll of this checkout, built first when missing or when asked.</summary>
    public static string LocateApiDll(bool build)
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "Archive.Api", "bin", "Release", "net10.0", "Archive.Api.dll");
        if (!build && File.Exists(dll)) return dll;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "build", Path.Combine("src", "Archive.Api"), "-c", "Release", "--nologo", "-v", "q" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(dll))
            throw new InvalidOperationException($"dotnet build src/Archive.Api -c Release failed:\n{output.Result}{errors.Result}");
        return dll;
    }

    /// <summary>Starts the service on <paramref name="dataDir"/> and returns once /health answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string apiDll, string dataDir, int? port = null,
        IEnumerable<string>? extraArgs = null, TimeSpan? healthTimeout = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { apiDll, "--urls", address.ToString().TrimEnd('/'), $"--Archive:DataDir={dataDir}" }
                     .Concat(ToolDefaults).Concat(extraArgs ?? []))
            start.ArgumentList.Add(arg);
        var service = new ServiceProcess(Process.Start(start)!, address);
        try
        {
            await service.WaitHealthyAsync(healthTimeout ?? TimeSpan.FromSeconds(120));
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the service exited with code {_process.ExitCode} before it was healthy:\n{Tail(20)}");
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the service did not become healthy within {timeout.TotalSeconds:N0} s:\n{Tail(20)}");
    }

    /// <summary>SIGKILL: no shutdown, no final commit.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM and a graceful shutdown (final commit); SIGKILL when it takes longer than <paramref name="timeout"/>.</summary>
    public bool Stop(TimeSpan timeout)
    {
        if (_process.HasExited) return true;
        if (OperatingSystem.IsWindows() || SendSignal(_process.Id, 15) != 0)
        {
            Kill();
            return false;
        }
        if (_process.WaitForExit(timeout)) return true;
        Kill();
        return false;
    }

    /// <summary>The first distinct exception lines the service logged (type and message), for diagnosis.</summary>
    public IReadOnlyList<string> ExceptionLines
    {
        get { lock (_output) return _exceptions.ToList(); }
    }

    public string Tail(int lines) => string.Join('\n', RecentOutput.TakeLast(lines));

    public void Dispose()
    {
        try { Kill(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            var trimmed = line.Trim();
            if (_exceptions.Count < 20 && System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"^[\w.]+(Exception|Error): ")
                && !_exceptions.Contains(trimmed)) _exceptions.Add(trimmed);
            while (_output.Count > OutputLinesKept) _output.Dequeue();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        throw new InvalidOperationException("Archive.sln not found above the tool or the current directory; run from the repository");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
