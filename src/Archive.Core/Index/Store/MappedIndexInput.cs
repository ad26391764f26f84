using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Archive.Index.Store;

/// <summary>
/// An <see cref="IndexInput"/> over a window of a <see cref="MappedFile"/>, read through a raw pointer. The input
/// that opened the file owns the mapping; clones and slices share it and never dispose it.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _ownsFile;

    public MappedIndexInput(string description, MappedFile file, long offset, long length, bool ownsFile)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new ArgumentOutOfRangeException(nameof(length), $"slice [{offset}, {offset + length}) is outside {description}");
        _file = file;
        _start = file.Start + offset;
        _length = length;
        _ownsFile = ownsFile;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        EnsureOpen();
        if ((ulong)pos > (ulong)_length)
            throw new EndOfStreamException($"seek to {pos} past the end ({_length}) of {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        EnsureOpen();
        if (_position >= _length)
            throw new EndOfStreamException($"read past the end of {this}");
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    // Near the end of the input, the base class decodes byte by byte with its end-of-file checks.
    public override int ReadVInt32() => _length - _position >= 5 ? (int)ReadVariable(5, "vInt") : base.ReadVInt32();

    public override long ReadVInt64() => _length - _position >= 9 ? ReadVariable(9, "vLong") : base.ReadVInt64();

    /// <summary>Lucene's variable-length integer, 7 bits a byte, low bits first, in at most <paramref name="maxBytes"/>.</summary>
    private long ReadVariable(int maxBytes, string kind)
    {
        EnsureOpen();
        byte* p = _start + _position;
        long value = 0;
        for (int shift = 0, i = 0; i < maxBytes; i++, shift += 7)
        {
            byte b = p[i];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                _position += i + 1;
                return value;
            }
        }
        throw new IOException($"invalid {kind} in {this}");
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0)
            throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
        Seek(_position + numBytes);
    }

    public override object Clone()
    {
        EnsureOpen();
        var clone = (MappedIndexInput)base.Clone();
        clone._ownsFile = false;
        return clone;
    }

    public MappedIndexInput Slice(string description, long offset, long length)
    {
        EnsureOpen();
        return new MappedIndexInput(description, _file, _start - _file.Start + offset, length, ownsFile: false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile)
            _file.Dispose();
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        EnsureOpen();
        if (count < 0 || count > _length - _position)
            throw new EndOfStreamException($"read of {count} bytes past the end of {this}");
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private void EnsureOpen()
    {
        if (_file.IsClosed)
            throw new ObjectDisposedException(ToString(), "this index input's file is closed");
    }
}
