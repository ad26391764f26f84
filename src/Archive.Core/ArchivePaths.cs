namespace Archive;

/// <summary>The layout the service owns under its data dir (see index-data/README.md).</summary>
public sealed class ArchivePaths
{
    public ArchivePaths(string dataDir)
    {
        DataDir = Path.GetFullPath(dataDir);
    }

    public string DataDir { get; }
    public string Index => Path.Combine(DataDir, "index");
    public string Journal => Path.Combine(DataDir, "journal");
    public string Inbox => Path.Combine(DataDir, "inbox");
    public string Archive => Path.Combine(DataDir, "archive");
    public string Rejected => Path.Combine(DataDir, "rejected");
    /// <summary>Canonical copies of every acknowledged batch, in sequence order: what re-indexing replays.</summary>
    public string Batches => Path.Combine(Archive, "batches");
    /// <summary>Holds, retention state and the audit trail: kept apart from the data they describe.</summary>
    public string Lifecycle => Path.Combine(DataDir, "lifecycle");
    public string LexiconFile => Path.Combine(DataDir, "lexicon.txt");

    public ArchivePaths EnsureCreated()
    {
        foreach (var dir in new[] { DataDir, Index, Journal, Inbox, Archive, Batches, Rejected, Lifecycle }) Directory.CreateDirectory(dir);
        return this;
    }
}
