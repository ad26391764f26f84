using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Evidence;

/// <summary>
/// The manifest hash of a bundle (docs/evidence.md): SHA-256 over UTF-8 lines that list the bundle's header, each
/// conversation's header and, per message in bundle order, its chain position, hashes, time zone and promises.
/// The message contents are covered through their content hashes, so every field of the bundle is under this hash.
/// Values are joined with '|' after escaping '\', '|' and line breaks.
/// </summary>
public static class ManifestHash
{
    public const string Algorithm = "sha256";

    public static string Compute(EvidenceBundle bundle)
    {
        var lines = new StringBuilder();
        Line(lines, "format", bundle.Format);
        Line(lines, "generatedAt", bundle.GeneratedAt);
        var s = bundle.Scope;
        Line(lines, "scope", s.ConversationId, s.BuyerId, s.From, s.To, s.OrderId);
        Line(lines, "counts", Number(bundle.Manifest.Conversations), Number(bundle.Manifest.Messages), bundle.Manifest.Algorithm);
        foreach (var c in bundle.Conversations)
        {
            Line(lines, "conversation", c.ConversationId, c.ShopId, c.BuyerId, string.Join(',', c.AgentIds), c.StartedAt, c.EndedAt, c.ChainHead);
            foreach (var m in c.Messages)
            {
                Line(lines, "message", Number(m.ChainIndex), m.ContentHash, m.ChainHash, m.TimeZone);
                foreach (var p in m.Promises) Line(lines, "promise", p.Kind, p.Type, p.Amount, p.DueBy, p.Status);
            }
        }
        return MessageSeal.Hex(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder lines, string name, params string?[] values)
    {
        lines.Append(name);
        foreach (var value in values)
        {
            lines.Append('|');
            MessageSeal.AppendEscaped(lines, value, separator: '|');
        }
        lines.Append('\n');
    }
}
