namespace Archive.Api.Infrastructure;

/// <summary>Finds the default data dir: <c>index-data/</c> beside <c>Archive.sln</c>, whatever folder the app runs from.</summary>
internal static class DataDirLocator
{
    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return Path.Combine(dir.FullName, "index-data");
        }
        return Path.Combine(contentRoot, "index-data");
    }
}
