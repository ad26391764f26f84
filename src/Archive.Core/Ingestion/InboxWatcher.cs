using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Ingestion.Parsing;

namespace Archive.Ingestion;

/// <summary>
/// Picks up files dropped into the inbox. A readable file is parsed, its good messages journaled (acknowledged),
/// its bad lines reported in <c>rejected/</c>, and the file itself moved unchanged to <c>archive/inbox/</c>. An
/// unreadable file moves whole to <c>rejected/</c> with a reason beside it. Nothing here throws out of a scan.
/// </summary>
public sealed class InboxWatcher(ArchivePaths paths, IngestionQueue queue, RejectionLog rejections, IngestionOptions options)
{
    public event Action<string, Exception>? FileFailed;

    /// <summary>Processes every settled file in the inbox once; returns how many were handled.</summary>
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var handled = 0;
        foreach (var path in Directory.EnumerateFiles(paths.Inbox).Order(StringComparer.Ordinal).ToList())
        {
            ct.ThrowIfCancellationRequested();
            if (!IsSettled(path)) continue;
            try
            {
                await ProcessAsync(path, ct);
                handled++;
            }
            catch (IOException e)
            {
                FileFailed?.Invoke(path, e); // still being written or locked: try again at the next scan
            }
            catch (UnauthorizedAccessException e)
            {
                FileFailed?.Invoke(path, e);
            }
        }
        return handled;
    }

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.InboxPollInterval);
        do
        {
            try
            {
                await ScanAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                FileFailed?.Invoke(paths.Inbox, e);
            }
        } while (await WaitAsync(timer, stop));
    }

    private async Task ProcessAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var now = DateTimeOffset.UtcNow;
        var result = InboxFileParser.Parse(bytes, name);
        if (result.IsUnreadable)
        {
            var target = UniquePath(paths.Rejected, name, sha256);
            File.Move(path, target);
            await File.WriteAllTextAsync(target + ".reason.txt", $"{now:O}\t{name}\tsha256:{sha256}\n{result.FileError}\n", ct);
            rejections.Add(new Rejection(now, name, null, result.FileError!));
            return;
        }
        if (result.Rejections.Count > 0) await ReportLinesAsync(name, sha256, result, now, ct);
        var archiveDir = Path.Combine(paths.Archive, "inbox", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(archiveDir);
        var original = UniquePath(archiveDir, name, sha256);
        if (result.Messages.Count > 0)
        {
            var source = new BatchSource(BatchSource.Inbox, name, sha256, now, Path.GetRelativePath(paths.DataDir, original).Replace('\\', '/'));
            await queue.SubmitAsync(result.Messages, source, ct);
        }
        File.Move(path, original);
    }

    private async Task ReportLinesAsync(string name, string sha256, ParseResult result, DateTimeOffset now, CancellationToken ct)
    {
        var report = new StringBuilder();
        report.Append("# ").Append(name).Append("\tsha256:").Append(sha256).Append('\t').Append(now.ToString("O", CultureInfo.InvariantCulture))
            .Append("\tencoding:").Append(result.EncodingName).Append('\n');
        report.Append("line\treason\texcerpt\n");
        foreach (var r in result.Rejections)
        {
            report.Append(r.Line).Append('\t').Append(OneLine(r.Reason)).Append('\t').Append(OneLine(r.Excerpt)).Append('\n');
            rejections.Add(new Rejection(now, name, r.Line, r.Reason));
        }
        var reportPath = UniquePath(paths.Rejected, name + ".rejected-lines.tsv", sha256);
        await File.WriteAllTextAsync(reportPath, report.ToString(), new UTF8Encoding(false), ct);
    }

    private bool IsSettled(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)) return false;
        return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) >= options.InboxSettleTime;
    }

    private static string UniquePath(string dir, string name, string sha256)
    {
        var path = Path.Combine(dir, name);
        if (!File.Exists(path)) return path;
        var stem = Path.GetFileNameWithoutExtension(name);
        var ext = Path.GetExtension(name);
        for (var i = 0; ; i++)
        {
            var candidate = Path.Combine(dir, $"{stem}.{sha256[..8]}{(i == 0 ? "" : "." + i)}{ext}");
            if (!File.Exists(candidate)) return candidate;
        }
    }

    private static string OneLine(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
