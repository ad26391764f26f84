using System.Security.Cryptography;
using System.Text;

namespace Archive.Evidence;

/// <summary>
/// The integrity arithmetic of the archive (docs/evidence.md). A message's canonical form is a fixed list of
/// <c>name:value</c> lines; its content hash is SHA-256 of that form in UTF-8; its chain hash is SHA-256 of the
/// previous chain hash of its conversation (32 zero bytes for the first) followed by its content hash. Changing any
/// byte of any message, or the order, or leaving one out, changes every chain hash after it.
/// </summary>
public static class MessageSeal
{
    public const string FormVersion = "archive-message/1";
    public const int HashBytes = 32;

    public static ReadOnlySpan<byte> Genesis => new byte[HashBytes];

    public static string CanonicalForm(SealFields f)
    {
        var form = new StringBuilder(256 + f.Text.Length);
        form.Append(FormVersion).Append('\n');
        AppendPayload(form, f);
        Line(form, "version", f.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(form, "ingestedAt", f.IngestedAt);
        Line(form, "batch", f.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(form, "sourceKind", f.SourceKind);
        Line(form, "sourceName", f.SourceName);
        Line(form, "sourceSha256", f.SourceSha256);
        return form.ToString();
    }

    public static byte[] ContentHash(SealFields f) => SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(f)));

    public static byte[] Link(ReadOnlySpan<byte> previousChainHash, ReadOnlySpan<byte> contentHash)
    {
        Span<byte> both = stackalloc byte[HashBytes * 2];
        previousChainHash.CopyTo(both);
        contentHash.CopyTo(both[HashBytes..]);
        return SHA256.HashData(both);
    }

    /// <summary>
    /// What the sender said, without how it arrived: two deliveries of the same message have the same payload
    /// fingerprint (a duplicate, dropped); a different one under the same id is a new version.
    /// </summary>
    public static UInt128 PayloadFingerprint(SealFields f)
    {
        var form = new StringBuilder(192 + f.Text.Length);
        AppendPayload(form, f);
        Span<byte> hash = stackalloc byte[HashBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(form.ToString()), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    private static void AppendPayload(StringBuilder form, SealFields f)
    {
        Line(form, "messageId", f.MessageId);
        Line(form, "conversationId", f.ConversationId);
        Line(form, "shopId", f.ShopId);
        Line(form, "buyerId", f.BuyerId);
        Line(form, "sender", f.Sender);
        Line(form, "agentId", f.AgentId);
        Line(form, "itemId", f.ItemId);
        Line(form, "orderId", f.OrderId);
        Line(form, "sentAt", f.SentAt);
        Line(form, "text", f.Text);
    }

    private static void Line(StringBuilder form, string name, string? value)
    {
        form.Append(name).Append(':');
        AppendEscaped(form, value, separator: null);
        form.Append('\n');
    }

    /// <summary>
    /// Values may hold any character; escaping the escape itself, line breaks and the field separator (if any)
    /// keeps one field per line and one value per slot (docs/evidence.md).
    /// </summary>
    internal static void AppendEscaped(StringBuilder text, string? value, char? separator)
    {
        foreach (var c in value ?? "")
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                default:
                    if (c == separator) text.Append('\\');
                    text.Append(c);
                    break;
            }
        }
    }
}
