using System.Buffers.Binary;
using System.IO.Compression;

namespace Archive.Core.Tests.Evidence.Rendering;

/// <summary>Decoded pixels, <see cref="Channels"/> bytes each, rows top to bottom.</summary>
internal sealed record PngImage(int Width, int Height, int Channels, byte[] Pixels)
{
    public (byte R, byte G, byte B) At(int x, int y)
    {
        var i = (y * Width + x) * Channels;
        return Channels >= 3 ? (Pixels[i], Pixels[i + 1], Pixels[i + 2]) : (Pixels[i], Pixels[i], Pixels[i]);
    }
}

/// <summary>
/// Just enough PNG to read a browser screenshot (8-bit grey, grey+alpha, RGB or RGBA, not interlaced): the tests
/// count pixels, and a package for that would be a dependency for ninety lines.
/// </summary>
internal static class PngReader
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan().StartsWith(Signature)) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = Signature.Length; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                channels = colour switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                    throw new NotSupportedException($"PNG depth {depth}, colour type {colour}, interlace {interlace}");
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>Undoes the per-row filters (PNG spec, section 9): each row starts with its filter byte.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> prior = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? row[x - bpp] : 0, b = prior[x], c = x >= bpp ? prior[x - bpp] : 0;
                row[x] = (byte)(src[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
