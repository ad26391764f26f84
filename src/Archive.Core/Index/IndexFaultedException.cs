namespace Archive.Index;

/// <summary>The index could not be written (see <see cref="ArchiveIndex.Fault"/>): indexing has stopped until a restart.</summary>
public sealed class IndexFaultedException(Exception cause)
    : Exception($"the index could not be written ({cause.GetBaseException().Message}); indexing stopped so that nothing acknowledged is marked done: free the disk and restart, the journal is replayed", cause);
