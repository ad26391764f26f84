namespace Archive.Tools.Tests;

/// <summary>The real JDDC sample next to the repository (../shared/data/jddc), or ARCHIVE_JDDC_SAMPLE.</summary>
internal static class JddcSample
{
    public static readonly string? Path = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_JDDC_SAMPLE") is { Length: > 0 } explicitPath)
            return File.Exists(explicitPath) ? explicitPath : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "Archive.sln"))) continue;
            var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "data", "jddc", "chat_0.1per.txt");
            return File.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when the JDDC sample is not on this machine.</summary>
public sealed class JddcSampleFactAttribute : FactAttribute
{
    public JddcSampleFactAttribute()
    {
        if (JddcSample.Path is null)
            Skip = "JDDC sample not found (expected ../shared/data/jddc/chat_0.1per.txt next to the repo, or ARCHIVE_JDDC_SAMPLE)";
    }
}
