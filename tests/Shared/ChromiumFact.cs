namespace Archive.Tests.Shared;

/// <summary>
/// Headless Chromium for checks that pages really render. Opt-in like ../shared data: a machine without it skips
/// those tests with the reason shown. To run them on Debian/Ubuntu: <c>apt-get install chromium fonts-noto-cjk</c>
/// (or <c>fonts-wqy-zenhei</c>); without a CJK font the browser is found but Chinese renders as empty boxes and the
/// checks fail, which is what they are for. Another binary can be named with <c>ARCHIVE_CHROMIUM</c>.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly string? Path = Find();

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("ARCHIVE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
        return System.IO.File.Exists(path) ? path : null;
    }
}

/// <summary>A fact skipped, with the reason shown, when headless Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = $"{Chromium.DefaultPath} not found (apt-get install chromium fonts-noto-cjk, or set ARCHIVE_CHROMIUM)";
    }
}
