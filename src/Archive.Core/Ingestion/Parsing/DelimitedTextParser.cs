using System.Text;
using Archive.Messages;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// CSV (RFC 4180) and TSV with a header row naming contract fields. Records are read with a small state machine
/// rather than a CSV library so that a broken quote costs one line, not the rest of the file.
/// </summary>
internal static class DelimitedTextParser
{
    /// <summary>
    /// A quoted field this long is taken as a stray opening quote. No valid message has a field near it
    /// (text ≤ 20,000 chars), and the cap keeps re-scanning after broken quotes linear.
    /// </summary>
    public const int MaxQuotedFieldLength = 100_000;

    private static readonly string[] Fields =
        ["messageId", "conversationId", "buyerId", "sender", "sentAt", "text", "shopId", "agentId", "itemId", "orderId"];

    private static readonly string[] Required = ["conversationId", "buyerId", "sender", "sentAt", "text"];

    public static ParseResult Parse(string text, char delimiter, string encodingName)
    {
        var builder = new ParseResultBuilder();
        var reader = new RecordReader(text, delimiter);
        int[]? columnToField = null;
        while (reader.TryRead(out var record))
        {
            if (record.IsBlank) continue;
            if (record.Error is not null)
            {
                if (columnToField is null) return ParseResult.Unreadable($"the header row is malformed: {record.Error}", encodingName);
                builder.Reject(record.Line, record.Error, reader.PhysicalLine(record.Start));
                continue;
            }
            if (columnToField is null)
            {
                var headerError = MapHeader(record.Fields, out columnToField);
                if (headerError is not null) return ParseResult.Unreadable(headerError, encodingName);
                continue;
            }
            var excerpt = text.AsSpan(record.Start, record.End - record.Start);
            if (record.Fields.Count > columnToField.Length)
            {
                builder.Reject(record.Line,
                    $"the record has {record.Fields.Count} fields but the header has {columnToField.Length} (an unquoted '{Show(delimiter)}' in a value?)",
                    excerpt);
                continue;
            }
            builder.Add(ToRaw(record.Fields, columnToField), record.Line, excerpt);
        }
        return builder.Build(encodingName);
    }

    /// <summary>A .csv file whose first line has tabs but no commas is really TSV (a common spreadsheet export).</summary>
    public static char SniffCsvDelimiter(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is '\r' or '\n') start++;
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        var first = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end);
        return first.Contains('\t') && !first.Contains(',') ? '\t' : ',';
    }

    /// <summary>
    /// Header names match contract fields ignoring case, surrounding whitespace, '_', '-' and inner spaces
    /// (so "conversation_id" and "Sent At" work); other columns are ignored.
    /// </summary>
    private static string? MapHeader(List<string> header, out int[] columnToField)
    {
        columnToField = new int[header.Count];
        var found = new int[Fields.Length];
        Array.Fill(found, -1);
        for (var c = 0; c < header.Count; c++)
        {
            var key = Normalize(header[c]);
            var f = Array.FindIndex(Fields, n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
            columnToField[c] = f;
            if (f < 0) continue;
            if (found[f] >= 0) return $"the header names column '{Fields[f]}' twice (columns {found[f] + 1} and {c + 1})";
            found[f] = c;
        }
        var missing = Required.Where(r => found[Array.IndexOf(Fields, r)] < 0).ToList();
        return missing.Count == 0 ? null
            : $"the header lacks required column(s): {string.Join(", ", missing)} (header: {Excerpt.Of(string.Join(",", header))})";
    }

    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().Trim('\uFEFF'))
            if (c is not ('_' or '-' or ' ')) sb.Append(c);
        return sb.ToString();
    }

    private static RawMessage ToRaw(List<string> values, int[] columnToField)
    {
        var v = new string?[Fields.Length];
        for (var c = 0; c < values.Count; c++)
            if (columnToField[c] >= 0) v[columnToField[c]] = values[c];
        // An empty cell is an absent field, except text: an empty text cell is still a message (an image, say),
        // while a record cut short before its text column is not.
        string? Get(int i) => string.IsNullOrEmpty(v[i]) ? null : v[i];
        return new RawMessage
        {
            MessageId = Get(0), ConversationId = Get(1), BuyerId = Get(2), Sender = Get(3), SentAt = Get(4),
            Text = v[5], ShopId = Get(6), AgentId = Get(7), ItemId = Get(8),
            OrderId = Get(9),
        };
    }

    private static string Show(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();
}
