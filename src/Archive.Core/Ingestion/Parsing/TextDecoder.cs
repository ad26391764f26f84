using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// Turns the bytes of an inbox file into text. Chinese shops export in UTF-8 (with or without BOM) or in
/// GBK/GB18030, and nothing in the bytes says which, so the order of guesses matters:
/// a BOM wins; then strict UTF-8; then "UTF-8 with a few damaged bytes" (so one bad byte does not turn a whole
/// UTF-8 file into GB18030 mojibake, which would decode without error); then strict GB18030; then strict GBK
/// (code page 936, which has the single byte 0x80 = € that GB18030 refuses).
/// </summary>
public static class TextDecoder
{
    /// <summary>Share of control characters (other than tab, CR, LF, FF, VT) above which input counts as binary.</summary>
    public const double MaxControlShare = 0.10;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030;
    private static readonly Encoding Gbk;

    static TextDecoder()
    {
        // .NET Core ships only Unicode encodings; the legacy code pages must be registered once per process.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Gbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out string? error)
    {
        text = "";
        encodingName = "";
        if (!TryDecodeCore(bytes, out var decoded, out var name, out error)) return false;
        if (LooksBinary(decoded.AsSpan()))
        {
            error = $"looks like binary data: more than {MaxControlShare:P0} control characters (decoded as {name})";
            return false;
        }
        text = decoded;
        encodingName = name;
        return true;
    }

    /// <summary>
    /// The input as UTF-8 bytes without BOM, for the JSON parsers. Plain UTF-8 input (the common case) is returned
    /// as a slice of the input without decoding it to a string. Input that is neither valid UTF-8 nor wholly
    /// GB18030/GBK is returned as it is, so that the JSON parsers refuse the damaged lines themselves.
    /// </summary>
    internal static bool TryGetUtf8(byte[] bytes, out ReadOnlyMemory<byte> utf8, out string encodingName, out string? error)
    {
        var utf8Bom = bytes.AsSpan().StartsWith("\uFEFF"u8);
        var body = bytes.AsMemory(utf8Bom ? 3 : 0);
        if ((utf8Bom || !HasUtf16Or32Bom(bytes)) && Utf8.IsValid(body.Span))
        {
            utf8 = body;
            encodingName = utf8Bom ? "utf-8-bom" : "utf-8";
            error = LooksBinary(body.Span) ? $"looks like binary data: more than {MaxControlShare:P0} control characters" : null;
            return error is null;
        }
        utf8 = default;
        var decoded = TryDecode(bytes, out var text, out encodingName, out error);
        if (!utf8Bom && !HasUtf16Or32Bom(bytes) && (!decoded && !LooksBinary(bytes) || encodingName == "utf-8-lossy"))
        {
            // UTF-8 with damaged lines, not a legacy encoding: JSON Lines reject exactly the lines that are not
            // valid UTF-8 (as documented), instead of one bad line making a small file unreadable or being
            // ingested from a large one as U+FFFD mojibake. In a JSON array the damage is a syntax error, which
            // makes the file unreadable like any other.
            utf8 = bytes;
            encodingName = "utf-8";
            error = null;
            return true;
        }
        if (!decoded) return false;
        utf8 = Encoding.UTF8.GetBytes(text);
        return true;
    }

    private static bool TryDecodeCore(ReadOnlySpan<byte> bytes, out string text, out string name, out string? error)
    {
        text = "";
        error = null;
        (Encoding? bomEncoding, int bomLength, name) = bytes switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4, "utf-32le"),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false, true), 4, "utf-32be"),
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "utf-8-bom"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2, "utf-16le"),
            [0xFE, 0xFF, ..] => ((Encoding?)new UnicodeEncoding(true, false, true), 2, "utf-16be"),
            _ => (null, 0, ""),
        };
        if (bomEncoding is not null)
        {
            if (TryStrict(bomEncoding, bytes[bomLength..], out text)) return true;
            var label = name.Replace("-bom", "").ToUpperInvariant();
            error = $"the file starts with a {label} byte order mark but the rest is not valid {label}";
            return false;
        }
        if (Utf8.IsValid(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
            name = "utf-8";
            return true;
        }
        if (IsMostlyUtf8(bytes))
        {
            text = Encoding.UTF8.GetString(bytes); // the non-throwing instance: damaged bytes become U+FFFD
            name = "utf-8-lossy";
            return true;
        }
        foreach (var (encoding, encodingName) in new[] { (Gb18030, "gb18030"), (Gbk, "gbk") })
        {
            if (TryStrict(encoding, bytes, out text))
            {
                name = encodingName;
                return true;
            }
        }
        error = "the file is neither UTF-8 (with or without BOM), UTF-16, nor GB18030/GBK";
        return false;
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool HasUtf16Or32Bom(ReadOnlySpan<byte> b) => b is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..];

    /// <summary>
    /// Valid multi-byte UTF-8 sequences outnumber damaged spots (runs of invalid bytes) at least 20 to 1. GBK text
    /// cannot pass: its byte pairs only now and then happen to form UTF-8, with damaged runs between them.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, damaged = 0;
        var inDamage = false;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            if (ascii > 0) inDamage = false;
            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done) valid++;
            else if (!inDamage) damaged++;
            inDamage = status != OperationStatus.Done;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return valid >= 4 && damaged * 20 <= valid;
    }

    private static bool LooksBinary(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) control++;
        return control > text.Length * MaxControlShare;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return false;
        var control = 0;
        foreach (var b in utf8)
            if ((b < 0x20 || b == 0x7F) && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B)) control++;
        return control > utf8.Length * MaxControlShare;
    }
}
