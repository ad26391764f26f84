using Archive.Core.Tests.Ingestion;
using Archive.Index.Store;
using FsCheck.Xunit;
using Lucene.Net.Store;

namespace Archive.Core.Tests.Index;

/// <summary>The raw-pointer directory reads exactly what Lucene wrote, and fails with exceptions, never by crashing.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests() => _directory = new MappedDirectory(new DirectoryInfo(_temp.Path));

    public void Dispose()
    {
        _directory.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void EveryKindOfValueReadsBackAsLuceneWroteIt()
    {
        Write("values", o =>
        {
            o.WriteByte(0xFE);
            o.WriteInt16(-2);
            o.WriteInt32(int.MinValue + 7);
            o.WriteInt64(0x0102030405060708);
            o.WriteVInt32(300);
            o.WriteVInt32(-1); // negative vInts take all five bytes
            o.WriteVInt64(long.MaxValue);
            o.WriteString("发货了吗 ok");
            o.WriteBytes([1, 2, 3], 3);
            o.WriteVInt32(int.MaxValue); // last: decoded where fewer than five bytes could remain
        });

        using var input = _directory.OpenInput("values", IOContext.DEFAULT);
        Assert.Equal(0xFE, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(int.MinValue + 7, input.ReadInt32());
        Assert.Equal(0x0102030405060708, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(-1, input.ReadVInt32());
        Assert.Equal(long.MaxValue, input.ReadVInt64());
        Assert.Equal("发货了吗 ok", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 1, 3);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 0 }, bytes);
        Assert.Equal(int.MaxValue, input.ReadVInt32());
        Assert.Equal(input.Length, input.Position);
    }

    [Property(MaxTest = 200)]
    public bool AnySequenceOfNumbersReadsBackInOrder(int[] ints, long[] longs)
    {
        var name = "numbers-" + Guid.NewGuid().ToString("N");
        Write(name, o =>
        {
            foreach (var i in ints) { o.WriteVInt32(i); o.WriteInt32(i); }
            foreach (var l in longs) { o.WriteVInt64(Math.Abs(l == long.MinValue ? 0 : l)); o.WriteInt64(l); }
        });
        using var input = _directory.OpenInput(name, IOContext.DEFAULT);
        foreach (var i in ints)
            if (input.ReadVInt32() != i || input.ReadInt32() != i) return false;
        foreach (var l in longs)
            if (input.ReadVInt64() != Math.Abs(l == long.MinValue ? 0 : l) || input.ReadInt64() != l) return false;
        return input.Position == input.Length;
    }

    [Fact]
    public void ReadingOrSeekingPastTheEndIsAnEndOfStreamNotACrash()
    {
        Write("short", o => o.WriteInt16(7));
        using var input = _directory.OpenInput("short", IOContext.DEFAULT);

        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        input.Seek(2); // the end itself is a valid position
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[1], 0, 1));
    }

    [Fact]
    public void AClosedFileFailsItsClonesWithAnExceptionInsteadOfReadingUnmappedMemory()
    {
        Write("closing", o => o.WriteInt64(42));
        var input = _directory.OpenInput("closing", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        clone.Dispose(); // a clone does not own the mapping
        Assert.Equal(42, clone.ReadInt64());

        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => clone.ReadInt64());
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    [Fact]
    public void ClonesKeepTheirOwnPosition()
    {
        Write("positions", o => { o.WriteInt32(1); o.WriteInt32(2); });
        using var input = _directory.OpenInput("positions", IOContext.DEFAULT);
        input.ReadInt32();
        var clone = (IndexInput)input.Clone();
        Assert.Equal(2, clone.ReadInt32());
        input.Seek(0);
        Assert.Equal(1, input.ReadInt32());
        Assert.Equal(8, clone.Position);
    }

    [Fact]
    public void ASliceSeesOnlyItsWindowOfTheCompoundFile()
    {
        Write("compound", o => { o.WriteInt32(1); o.WriteInt32(2); o.WriteInt32(3); });
        using var slicer = _directory.CreateSlicer("compound", IOContext.DEFAULT);
        using var middle = slicer.OpenSlice("middle", 4, 4);

        Assert.Equal(4, middle.Length);
        Assert.Equal(2, middle.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => middle.ReadByte());
    }

    [Fact]
    public void AnEmptyFileOpensWithLengthZero()
    {
        Write("empty", _ => { });
        using var input = _directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    private void Write(string name, Action<IndexOutput> write)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }
}
