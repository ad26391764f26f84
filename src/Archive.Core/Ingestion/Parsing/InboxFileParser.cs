using System.Collections.Frozen;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// Files dropped into the inbox, dispatched on their extension (case-insensitive). Never throws on file content:
/// whatever cannot be read becomes a rejection or a <see cref="ParseResult.FileError"/>.
/// </summary>
public static class InboxFileParser
{
    /// <summary>Larger files are refused whole: decoding them to text would need several times their size in memory.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static readonly IReadOnlySet<string> SupportedExtensions =
        new[] { ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ParseResult Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] content;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
                return ParseResult.Unreadable($"the file has {length} bytes; at most {MaxFileBytes} are accepted");
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ParseResult.Unreadable($"cannot read the file: {ex.Message}");
        }
        return Parse(content, Path.GetFileName(path));
    }

    public static ParseResult Parse(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        if (!SupportedExtensions.Contains(extension))
            return ParseResult.Unreadable(
                $"unsupported file extension '{extension}' (supported: {string.Join(", ", SupportedExtensions.Order())})");
        if (content.LongLength > MaxFileBytes)
            return ParseResult.Unreadable($"the file has {content.LongLength} bytes; at most {MaxFileBytes} are accepted");
        try
        {
            return ParseSupported(content, extension.ToLowerInvariant());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must not take the ingestion worker down or loop on the same file; the file is set
            // aside as unreadable with the reason, and the bug shows up in the rejected-input report.
            return ParseResult.Unreadable($"internal parser error ({ex.GetType().Name}): {ex.Message}");
        }
    }

    private static ParseResult ParseSupported(byte[] content, string extension)
    {
        if (extension is ".jsonl" or ".ndjson" or ".json")
        {
            if (!TextDecoder.TryGetUtf8(content, out var utf8, out var utf8Name, out var utf8Error))
                return ParseResult.Unreadable(utf8Error!);
            return extension == ".json"
                ? JsonFormats.ParseJsonFile(utf8.Span, utf8Name)
                : JsonFormats.ParseLines(utf8.Span, zeroBased: false, utf8Name);
        }
        if (!TextDecoder.TryDecode(content, out var text, out var name, out var error))
            return ParseResult.Unreadable(error!);
        return extension switch
        {
            ".csv" => DelimitedTextParser.Parse(text, DelimitedTextParser.SniffCsvDelimiter(text), name),
            ".tsv" => DelimitedTextParser.Parse(text, '\t', name),
            _ => QianniuTranscriptParser.Parse(text, name),
        };
    }
}
