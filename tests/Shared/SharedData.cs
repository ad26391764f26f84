namespace Archive.Tests.Shared;

/// <summary>
/// The third-party research data beside the repository (../shared/data). Tests that use it are opt-in: a fresh
/// clone has no ../shared, and then they are skipped with the reason shown.
/// </summary>
internal static class SharedData
{
    public static readonly string? Root = FindRoot();

    public static string? File(string relativePath) =>
        Root is not null && System.IO.File.Exists(Path.Combine(Root, relativePath)) ? Path.Combine(Root, relativePath) : null;

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SHARED_DATA") is { Length: > 0 } explicitRoot)
            return Directory.Exists(explicitRoot) ? explicitRoot : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!System.IO.File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) continue;
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    }
}

/// <summary>A fact skipped, with the reason shown, when a file of ../shared/data is not on this machine.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.File(relativePath) is null)
            Skip = $"../shared/data/{relativePath} not found (research data is read from beside the repo, never copied into it)";
    }
}

/// <summary>A theory skipped, with the reason shown, when a file of ../shared/data is not on this machine.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (SharedData.File(relativePath) is null)
            Skip = $"../shared/data/{relativePath} not found (research data is read from beside the repo, never copied into it)";
    }
}
