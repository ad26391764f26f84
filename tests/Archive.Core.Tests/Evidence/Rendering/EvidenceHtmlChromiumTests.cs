using System.Diagnostics;
using System.Text;
using Archive.Evidence;
using Archive.Tests.Shared;
using Xunit.Abstractions;
using static Archive.Core.Tests.Evidence.Rendering.RenderingTestData;

namespace Archive.Core.Tests.Evidence.Rendering;

/// <summary>
/// The issue's "done when": the printable page renders in headless Chromium with the Chinese visible. Needs
/// /usr/bin/chromium and a CJK font (apt-get install chromium fonts-noto-cjk, or fonts-wqy-zenhei); skipped
/// without Chromium (see <see cref="ChromiumFactAttribute"/>). Two pages render in parallel, one Chromium run each
/// doing DOM dump, screenshot and PDF together: about 3–5 s in all.
/// </summary>
public class EvidenceHtmlChromiumTests(ITestOutputHelper output)
{
    private const int Width = 1200, Height = 900;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly string[] CjkFonts = ["NotoSansCJK", "SourceHanSans", "WenQuanYiZenHei", "PingFang", "MicrosoftYaHei"];

    // Would mark the DOM if the page ran it; escaped it must stay text.
    private const string Hostile = "<script>document.body.setAttribute('data-pwned','1')</script>";

    [ChromiumFact]
    public async Task ChineseEvidencePageRendersInHeadlessChromiumWithRealGlyphsAndPrintsToPdf()
    {
        var dir = Directory.CreateTempSubdirectory("archive-evidence-chromium-");
        var passed = false;
        try
        {
            var extra = Message(3, Hostile, sentAt: "2024-03-03T09:06:00+08:00");
            // The control page differs only in the order of the promise's characters: the same characters, the
            // same widths, the same layout. Real glyphs make the two screenshots differ where the text is; a
            // machine without a CJK font draws every one of them as the same empty box and the pages are identical.
            var control = new string(Promise.Reverse().ToArray());
            var clock = Stopwatch.StartNew();
            var rendered = await Task.WhenAll(
                RenderAsync(dir.FullName, "evidence", EvidenceHtmlWriter.ToHtml(Dispute(Promise, extra))),
                RenderAsync(dir.FullName, "control", EvidenceHtmlWriter.ToHtml(Dispute(control, extra)), screenshotOnly: true));
            output.WriteLine($"two Chromium renders in {clock.ElapsedMilliseconds} ms");
            var (page, other) = (rendered[0], rendered[1]);

            // (a) The text is in the rendered DOM, decoded as UTF-8, and the script stayed text.
            Assert.Contains(Promise, page.Dom);
            Assert.Contains("聊天记录证据 / Chat evidence", page.Dom);
            Assert.Contains("&lt;script&gt;document.body", page.Dom);
            Assert.DoesNotContain("data-pwned=", page.Dom);

            // (b) The screenshot is not blank, and the glyphs of the Chinese text were really drawn.
            var shot = PngReader.Read(page.Png);
            Assert.Equal((Width, Height), (shot.Width, shot.Height));
            var inked = Ink(shot);
            output.WriteLine($"{inked} of {Width * Height} pixels not white");
            Assert.True(inked > Width * Height / 200, $"screenshot nearly blank: {inked} non-white pixels");
            var (differing, box) = Difference(shot, PngReader.Read(other.Png));
            output.WriteLine($"{differing} pixels differ from the control page, within {box}");
            Assert.True(differing > 150, $"Chinese glyphs not distinguishable ({differing} pixels differ): is a CJK font installed?");
            // Only the text of one cell may differ: the rest of the page must be pixel-identical.
            Assert.True(box.Height < 60 && box.Width < Width / 2, $"difference spreads over {box}");

            // (c) The printable layout prints: a PDF with at least one page.
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(page.Pdf, 0, 5));
            var pdf = Encoding.Latin1.GetString(page.Pdf);
            Assert.Contains("/Type /Page", pdf);
            // Chromium's PDFs list embedded fonts in plain dictionaries: the text was set in a CJK font of our stack.
            Assert.True(CjkFonts.Any(f => pdf.Contains("+" + f, StringComparison.OrdinalIgnoreCase)),
                "no font of the page's CJK stack embedded in the PDF (install fonts-noto-cjk or fonts-wqy-zenhei)");
            passed = true;
        }
        finally
        {
            // A failure, or ARCHIVE_KEEP_RENDERS=1, keeps the pages, screenshots and PDFs to look at.
            if (!passed || Environment.GetEnvironmentVariable("ARCHIVE_KEEP_RENDERS") == "1") output.WriteLine($"renders kept in {dir.FullName}");
            // Chromium's helpers can hold files for a moment after it exits; a leftover temp dir is harmless.
            else try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private sealed record Rendered(string Dom, byte[] Png, byte[] Pdf);

    private static async Task<Rendered> RenderAsync(string dir, string name, string html, bool screenshotOnly = false)
    {
        var htmlPath = Path.Combine(dir, name + ".html");
        var png = Path.Combine(dir, name + ".png");
        var pdf = Path.Combine(dir, name + ".pdf");
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
            "--mute-audio", $"--user-data-dir={Path.Combine(dir, name + "-profile")}", $"--window-size={Width},{Height}",
            $"--screenshot={png}",
            .. screenshotOnly ? Array.Empty<string>() : ["--no-pdf-header-footer", $"--print-to-pdf={pdf}", "--dump-dom"],
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
        var dom = await stdout;
        Assert.True(File.Exists(png) && (screenshotOnly || File.Exists(pdf)), $"Chromium exited {process.ExitCode} without output:\n{await stderr}");
        return new Rendered(dom, await File.ReadAllBytesAsync(png), screenshotOnly ? [] : await File.ReadAllBytesAsync(pdf));
    }

    private static int Ink(PngImage image)
    {
        var count = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (image.At(x, y) != (255, 255, 255)) count++;
        return count;
    }

    private static (int Count, System.Drawing.Rectangle Box) Difference(PngImage a, PngImage b)
    {
        int count = 0, left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                if (a.At(x, y) == b.At(x, y)) continue;
                count++;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        return (count, count == 0 ? default : System.Drawing.Rectangle.FromLTRB(left, top, right + 1, bottom + 1));
    }
}
