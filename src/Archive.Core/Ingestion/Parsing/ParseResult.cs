using Archive.Messages;

namespace Archive.Ingestion.Parsing;

/// <summary>One input record that could not become a message; the rest of the input is still ingested.</summary>
/// <param name="Line">1-based physical line where the record starts (files), or 0-based element/line index (API bodies).</param>
/// <param name="Reason">Why it was refused, in words a person fixing the input can act on.</param>
/// <param name="Excerpt">The start of the offending input (about 200 characters) so it can be found again.</param>
public sealed record LineRejection(int Line, string Reason, string Excerpt);

/// <summary>
/// What a parser made of one input. <see cref="FileError"/> is set only when the input as a whole cannot be read
/// (then <see cref="Messages"/> is empty); record-level problems are <see cref="Rejections"/>.
/// </summary>
public sealed record ParseResult(
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<LineRejection> Rejections,
    string? FileError,
    string? EncodingName)
{
    public bool IsUnreadable => FileError is not null;

    internal static ParseResult Unreadable(string error, string? encodingName = null) =>
        new([], [], error, encodingName);
}

/// <summary>Accumulates messages and rejections while a parser walks its input.</summary>
internal sealed class ParseResultBuilder
{
    private readonly List<ChatMessage> _messages = [];
    private readonly List<LineRejection> _rejections = [];

    public void Reject(int line, string reason, ReadOnlySpan<char> excerptSource) =>
        _rejections.Add(new LineRejection(line, reason, Excerpt.Of(excerptSource)));

    public void RejectUtf8(int line, string reason, ReadOnlySpan<byte> excerptSource) =>
        _rejections.Add(new LineRejection(line, reason, Excerpt.OfUtf8(excerptSource)));

    /// <summary>Validates and keeps the message, or records why not.</summary>
    public void Add(RawMessage raw, int line, ReadOnlySpan<char> excerptSource)
    {
        if (MessageValidator.TryValidate(raw, out var message, out var error)) _messages.Add(message!);
        else Reject(line, error!, excerptSource);
    }

    public void AddUtf8(RawMessage raw, int line, ReadOnlySpan<byte> excerptSource)
    {
        if (MessageValidator.TryValidate(raw, out var message, out var error)) _messages.Add(message!);
        else RejectUtf8(line, error!, excerptSource);
    }

    public ParseResult Build(string? encodingName) => new(_messages, _rejections, null, encodingName);
}
