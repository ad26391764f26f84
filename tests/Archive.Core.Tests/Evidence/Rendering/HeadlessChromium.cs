using System.Diagnostics;
using System.Text;
using Archive.Tests.Shared;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Evidence.Rendering;

/// <summary>What one Chromium run produced; the parts not asked for are empty.</summary>
internal sealed record Rendered(string Dom, byte[] Png, byte[] Pdf);

/// <summary>
/// Runs headless Chromium on pages written to a fresh temp dir, one process per page with its own profile, and
/// kills it if it hangs. The dir is deleted at the end unless the test failed (did not call <see cref="Succeeded"/>)
/// or ARCHIVE_KEEP_RENDERS=1 is set: then its pages, screenshots and PDFs are kept to look at.
/// </summary>
internal sealed class HeadlessChromium(ITestOutputHelper output) : IDisposable
{
    public const int Width = 1200, Height = 900;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60); // a hang, not a slow machine: a saturated one takes 20 s to print

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("archive-evidence-chromium-");
    private bool _succeeded;

    public void Succeeded() => _succeeded = true;

    public async Task<Rendered> RenderAsync(string name, string html, bool screenshot = false, bool dom = false, bool pdf = false)
    {
        var htmlPath = Path.Combine(_dir.FullName, name + ".html");
        var pngPath = Path.Combine(_dir.FullName, name + ".png");
        var pdfPath = Path.Combine(_dir.FullName, name + ".pdf");
        await File.WriteAllTextAsync(htmlPath, html, new UTF8Encoding(false));
        var start = new ProcessStartInfo(Chromium.Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // --no-sandbox: test runners are often root, where Chromium refuses its sandbox. The rest keeps a fresh
        // profile from doing first-run, update and network work that only costs start-up time.
        string[] args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--mute-audio", $"--user-data-dir={Path.Combine(_dir.FullName, name + "-profile")}", $"--window-size={Width},{Height}",
            .. screenshot ? [$"--screenshot={pngPath}"] : Array.Empty<string>(),
            .. dom ? ["--dump-dom"] : Array.Empty<string>(),
            .. pdf ? ["--no-pdf-header-footer", $"--print-to-pdf={pdfPath}"] : Array.Empty<string>(),
            new Uri(htmlPath).AbsoluteUri,
        ];
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s");
        }
        var missing = (screenshot && !File.Exists(pngPath)) || (pdf && !File.Exists(pdfPath));
        Assert.False(missing, $"Chromium exited {process.ExitCode} without its output:\n{await stderr}");
        return new Rendered(await stdout,
            screenshot ? await File.ReadAllBytesAsync(pngPath) : [], pdf ? await File.ReadAllBytesAsync(pdfPath) : []);
    }

    public void Dispose()
    {
        if (!_succeeded || Environment.GetEnvironmentVariable("ARCHIVE_KEEP_RENDERS") == "1")
        {
            output.WriteLine($"renders kept in {_dir.FullName}");
            return;
        }
        // Chromium's helpers can hold files for a moment after it exits; a leftover temp dir is harmless.
        try { _dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
