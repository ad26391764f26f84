using System.Text;
using System.Text.Json;
using Archive.Messages;

namespace Archive.Ingestion.Parsing;

/// <summary>
/// Reads one JSON object into a <see cref="RawMessage"/> by hand rather than with JsonSerializer, so that numeric
/// ids are accepted, every type problem names its field, and duplicate fields are caught instead of silently
/// resolved (two readers picking different duplicates is how smuggled evidence happens).
/// </summary>
internal static class JsonMessageReader
{
    /// <summary>A message is flat; unknown fields may nest a little. Deeper input is refused, never recursed into.</summary>
    public const int MaxDepth = 16;

    private static readonly string[] Names =
        ["messageId", "conversationId", "buyerId", "sender", "sentAt", "text", "shopId", "agentId", "itemId", "orderId"];

    private static readonly byte[][] Utf8Names = Names.Select(Encoding.UTF8.GetBytes).ToArray();

    private const int SenderIndex = 3, SentAtIndex = 4, TextIndex = 5;

    /// <summary>
    /// Reads the object the reader is positioned on (StartObject) and leaves the reader on its EndObject.
    /// Returns the first problem found, or null. Syntax errors surface as <see cref="JsonException"/>.
    /// </summary>
    public static string? ReadObject(ref Utf8JsonReader reader, out RawMessage raw)
    {
        var values = new string?[Names.Length];
        var seen = new bool[Names.Length];
        string? error = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var index = FieldIndex(ref reader);
            reader.Read();
            if (index < 0)
            {
                reader.Skip(); // unknown fields are ignored whatever their shape
                continue;
            }
            if (seen[index]) error ??= $"field '{Names[index]}' appears more than once";
            seen[index] = true;
            var problem = ReadValue(ref reader, index, out values[index]);
            error ??= problem;
        }
        raw = new RawMessage
        {
            MessageId = values[0], ConversationId = values[1], BuyerId = values[2], Sender = values[3],
            SentAt = values[4], Text = values[5], ShopId = values[6], AgentId = values[7], ItemId = values[8],
            OrderId = values[9],
        };
        return error;
    }

    /// <summary>The JSON type name for messages such as "expected a JSON object, got an array".</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>
    /// The reader's message without its "LineNumber: 0 | BytePositionInLine: n." tail, which is misleading for a
    /// single JSONL line; callers add the position that means something to the user.
    /// </summary>
    public static string Explain(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {message.TrimEnd('.', ' ')}";
    }

    private static string? ReadValue(ref Utf8JsonReader reader, int index, out string? value)
    {
        value = null;
        var name = Names[index];
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                try
                {
                    value = reader.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    // e.g. "\ud800": valid JSON syntax, but not text.
                    return $"{name} is not valid text (broken escape or surrogate)";
                }
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when index is not (SenderIndex or SentAtIndex or TextIndex):
                // Ids exported from spreadsheets or databases are often numbers; keep the literal digits, never a
                // re-formatted double (12345678901234567890 must not become 1.2345678901234567E+19).
                value = Encoding.UTF8.GetString(reader.ValueSpan);
                return null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var kind = Describe(reader.TokenType);
                reader.Skip();
                return $"{name} must be a string, not {kind}";
            default:
                return $"{name} must be a string, not {Describe(reader.TokenType)}";
        }
    }

    private static int FieldIndex(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            for (var i = 0; i < Utf8Names.Length; i++)
                if (System.Text.Ascii.EqualsIgnoreCase(span, Utf8Names[i])) return i;
            return -1;
        }
        string? name;
        try
        {
            name = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return -1; // a name that is not even text cannot be one of ours
        }
        return Array.FindIndex(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }
}
