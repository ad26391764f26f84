using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Messages;

/// <summary>The one JSON shape of messages on disk and on the wire: camelCase, nulls omitted, Chinese unescaped.</summary>
public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ChatMessage message) => JsonSerializer.Serialize(message, Options);
}
