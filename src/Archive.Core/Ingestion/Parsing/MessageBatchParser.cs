using System.Text.Unicode;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// Bodies of <c>POST /api/v1/messages</c>. Positions in <see cref="LineRejection.Line"/> are 0-based: the element
/// index for an array, the physical line index (blank lines included) for NDJSON — the <c>index</c> of the
/// contract's <c>rejected</c> list.
/// </summary>
public static class MessageBatchParser
{
    /// <summary>A JSON array of message objects; anything that is not one (or not valid JSON/UTF-8) is a FileError.</summary>
    public static ParseResult ParseJsonArray(ReadOnlySpan<byte> utf8Body)
    {
        var body = WithoutBom(utf8Body);
        if (!Utf8.IsValid(body)) return ParseResult.Unreadable("the body is not valid UTF-8", "utf-8");
        return JsonFormats.ParseArray(body, lineNumbers: false, "utf-8");
    }

    /// <summary>One JSON object per line; blank lines are skipped; an empty body is zero messages.</summary>
    public static ParseResult ParseNdjson(ReadOnlySpan<byte> utf8Body) =>
        JsonFormats.ParseLines(WithoutBom(utf8Body), zeroBased: true, "utf-8");

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> body) =>
        body.StartsWith("\uFEFF"u8) ? body[3..] : body;
}
