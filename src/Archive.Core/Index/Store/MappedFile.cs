using System.IO.MemoryMappedFiles;

namespace Archive.Index.Store;

/// <summary>
/// One read-only memory mapping of an index file, with the raw address of its first byte. The pointer is taken once
/// here instead of per read: Lucene.Net's own MMapDirectory goes through a SafeHandle reference count on every read
/// (6–7 % of the CPU under the load test). Lucene's contract makes this safe: an input's clones are not used after
/// the input that opened the file is closed, and that input is what disposes the mapping.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private int _disposed;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _map = map;
        _view = view;
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>Read by every input before it touches memory, so use after close fails with an exception instead.</summary>
    public bool IsClosed => Volatile.Read(ref _disposed) != 0;

    public static MappedFile Open(string path)
    {
        // Delete sharing: Lucene deletes merged-away files while readers may still have them open.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        long length = stream.Length;
        if (length == 0)
            return new MappedFile(null, null, null, 0); // an empty file cannot be mapped
        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new MappedFile(map, view, pointer + view.PointerOffset, length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || _view is null)
            return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map!.Dispose();
    }
}
