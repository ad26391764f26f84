using Lucene.Net.Store;

namespace Archive.Index.Store;

/// <summary>
/// A file-system directory that reads through memory maps with raw pointers (<see cref="MappedFile"/>): Lucene's own
/// MMapDirectory with the per-read handle reference counting taken out. Writing is FSDirectory's.
/// </summary>
public sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        string file = Path.Combine(Directory.FullName, name);
        var mapped = MappedFile.Open(file);
        return new MappedIndexInput($"MappedIndexInput(path=\"{file}\")", mapped, 0, mapped.Length, ownsFile: true);
    }

    /// <summary>Compound files: the whole file is mapped once and each inner file is a window of it.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        new Slicer((MappedIndexInput)OpenInput(name, context));

    private sealed class Slicer(MappedIndexInput full) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            full.Slice($"{full} [slice={sliceDescription}]", offset, length);

        [Obsolete("Lucene marks it obsolete; only needed by the Lucene 3.x compound format.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, full.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                full.Dispose();
        }
    }
}
