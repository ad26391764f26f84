using System.Text.Json;
using System.Text.Unicode;
using Archive.Messages;

namespace Archive.Ingestion.Parsing;

/// <summary>JSON Lines and JSON arrays of messages, shared by inbox files and API bodies (which number differently).</summary>
internal static class JsonFormats
{
    private static readonly JsonReaderOptions LineOptions = new() { MaxDepth = JsonMessageReader.MaxDepth };

    // One level more for the enclosing array, so an element may nest exactly as deep as a JSONL line.
    private static readonly JsonReaderOptions ArrayOptions = new() { MaxDepth = JsonMessageReader.MaxDepth + 1 };

    /// <summary>
    /// One object per line ('\n' or "\r\n"); whitespace-only lines are skipped but still counted, so the reported
    /// position is the physical line (1-based for files, 0-based for API bodies).
    /// </summary>
    public static ParseResult ParseLines(ReadOnlySpan<byte> utf8, bool zeroBased, string encodingName)
    {
        var builder = new ParseResultBuilder();
        var lineIndex = 0;
        while (true)
        {
            var newline = utf8.IndexOf((byte)'\n');
            var line = newline < 0 ? utf8 : utf8[..newline];
            if (line.IndexOfAnyExcept(" \t\r"u8) >= 0) ParseLine(line, zeroBased ? lineIndex : lineIndex + 1, builder);
            if (newline < 0) break;
            utf8 = utf8[(newline + 1)..];
            lineIndex++;
        }
        return builder.Build(encodingName);
    }

    private static void ParseLine(ReadOnlySpan<byte> line, int position, ParseResultBuilder builder)
    {
        if (!Utf8.IsValid(line))
        {
            builder.RejectUtf8(position, "line is not valid UTF-8", line);
            return;
        }
        try
        {
            var reader = new Utf8JsonReader(line, LineOptions);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                builder.RejectUtf8(position, $"expected a JSON object, got {JsonMessageReader.Describe(reader.TokenType)}", line);
                return;
            }
            var error = JsonMessageReader.ReadObject(ref reader, out var raw);
            reader.Read(); // throws on anything but whitespace after the object
            if (error is not null) builder.RejectUtf8(position, error, line);
            else builder.AddUtf8(raw, position, line);
        }
        catch (JsonException ex)
        {
            builder.RejectUtf8(position, JsonMessageReader.Explain(ex), line);
        }
    }

    /// <summary>
    /// A JSON array of message objects. Elements that are not valid messages are rejected one by one; a syntax
    /// error anywhere leaves no way to find element boundaries, so it makes the whole input unreadable.
    /// </summary>
    public static ParseResult ParseArray(ReadOnlySpan<byte> utf8, bool lineNumbers, string encodingName)
    {
        var builder = new ParseResultBuilder();
        var reader = new Utf8JsonReader(utf8, ArrayOptions);
        try
        {
            if (!reader.Read()) return ParseResult.Unreadable("empty input; expected a JSON array of messages", encodingName);
            if (reader.TokenType != JsonTokenType.StartArray)
                return ParseResult.Unreadable(
                    $"expected a JSON array of messages, got {JsonMessageReader.Describe(reader.TokenType)}", encodingName);
            int index = 0, line = 1, counted = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                if (lineNumbers)
                {
                    line += utf8[counted..start].Count((byte)'\n');
                    counted = start;
                }
                string? error;
                RawMessage raw = new();
                if (reader.TokenType == JsonTokenType.StartObject) error = JsonMessageReader.ReadObject(ref reader, out raw);
                else
                {
                    error = $"expected a JSON object, got {JsonMessageReader.Describe(reader.TokenType)}";
                    reader.Skip();
                }
                var element = utf8[start..(int)reader.BytesConsumed];
                var position = lineNumbers ? line : index;
                if (error is not null) builder.RejectUtf8(position, error, element);
                else builder.AddUtf8(raw, position, element);
                index++;
            }
            if (reader.TokenType != JsonTokenType.EndArray)
                return ParseResult.Unreadable("the JSON array is not closed", encodingName);
            reader.Read(); // throws on anything but whitespace after the array
        }
        catch (JsonException ex)
        {
            return ParseResult.Unreadable(
                $"{JsonMessageReader.Explain(ex)} (line {(ex.LineNumber ?? 0) + 1})", encodingName);
        }
        return builder.Build(encodingName);
    }

    /// <summary>
    /// A .json file: an array, a single (possibly pretty-printed) object, or — as many tools name their JSON Lines
    /// output .json — one object per line.
    /// </summary>
    public static ParseResult ParseJsonFile(ReadOnlySpan<byte> utf8, string encodingName)
    {
        var first = utf8.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0) return new ParseResult([], [], null, encodingName);
        if (utf8[first] == (byte)'[') return ParseArray(utf8, lineNumbers: true, encodingName);
        if (utf8[first] == (byte)'{' && TryParseSingleObject(utf8, out var raw, out var error))
        {
            var builder = new ParseResultBuilder();
            var line = utf8[..first].Count((byte)'\n') + 1;
            if (error is not null) builder.RejectUtf8(line, error, utf8[first..]);
            else builder.AddUtf8(raw, line, utf8[first..]);
            return builder.Build(encodingName);
        }
        return ParseLines(utf8, zeroBased: false, encodingName);
    }

    private static bool TryParseSingleObject(ReadOnlySpan<byte> utf8, out RawMessage raw, out string? error)
    {
        raw = new RawMessage();
        error = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, LineOptions);
            reader.Read();
            error = JsonMessageReader.ReadObject(ref reader, out raw);
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false; // more than one value (JSON Lines) or broken: let the line parser say which line
        }
    }
}
