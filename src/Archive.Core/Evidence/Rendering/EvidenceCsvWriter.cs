using System.Globalization;
using System.Text;

namespace Archive.Evidence;

/// <summary>
/// The spreadsheet rendering of an evidence bundle: one row per message in bundle order, RFC 4180 (comma, CRLF
/// between rows, a field with a quote, comma, CR or LF inside double quotes with quotes doubled), UTF-8 with a BOM
/// because Excel reads a BOM-less CSV in the machine's ANSI code page and garbles Chinese.
/// <para>
/// This file is for reading. The JSON bundle is the reference that the manifest hash and
/// <c>verify</c> cover; the CSV alters what it shows in one way, the formula guard below, and is not verifiable.
/// </para>
/// <para>
/// Layout: one header row of column names, the message rows, and a last row whose first cell is <c>#manifest</c>
/// holding <c>key=value</c> cells (format, generatedAt, scope, counts, algorithm, hash), padded to the column
/// count so the table stays rectangular. No comment rows before the data, so every tool sees a clean header; a
/// reader filters the manifest row out by its <c>#</c>.
/// </para>
/// </summary>
public static class EvidenceCsvWriter
{
    public const string ManifestMarker = "#manifest";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "conversationId", "chainIndex", "messageId", "version", "sentAt", "timeZone", "sender", "agentId", "buyerId",
        "shopId", "itemId", "orderId", "text", "promises", "ingestedAt", "sourceKind", "sourceName", "sourceSha256",
        "batch", "contentHash", "chainHash",
    ];

    public static byte[] ToBytes(EvidenceBundle bundle)
    {
        using var buffer = new MemoryStream();
        Write(bundle, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the CSV, BOM first, whatever the stream's position. Synchronous: for an HTTP response use <see cref="ToBytes"/>.</summary>
    public static void Write(EvidenceBundle bundle, Stream output)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        output.Write(Encoding.UTF8.Preamble);
        using var writer = new StreamWriter(output, encoding, bufferSize: 16 * 1024, leaveOpen: true);
        WriteRow(writer, Columns.Select(c => Cell.Fixed(c)));
        foreach (var conversation in bundle.Conversations)
            foreach (var m in conversation.Messages)
                WriteRow(writer, Row(m));
        WriteRow(writer, ManifestRow(bundle));
    }

    private static IEnumerable<Cell> Row(EvidenceMessage m) =>
    [
        Cell.Data(m.ConversationId), Cell.Fixed(Number(m.ChainIndex)), Cell.Data(m.MessageId), Cell.Fixed(Number(m.Version)),
        Cell.Fixed(m.SentAt), Cell.Fixed(m.TimeZone), Cell.Data(m.Sender), Cell.Data(m.AgentId), Cell.Data(m.BuyerId),
        Cell.Data(m.ShopId), Cell.Data(m.ItemId), Cell.Data(m.OrderId), Cell.Data(m.Text),
        Cell.Data(string.Join("; ", m.Promises.Select(EvidenceLabels.PromiseWire))),
        Cell.Fixed(m.IngestedAt), Cell.Data(m.Source.Kind), Cell.Data(m.Source.Name), Cell.Fixed(m.Source.Sha256),
        Cell.Fixed(Number(m.Source.Batch)), Cell.Fixed(m.ContentHash), Cell.Fixed(m.ChainHash),
    ];

    private static IEnumerable<Cell> ManifestRow(EvidenceBundle b)
    {
        var s = b.Scope;
        var scope = string.Join(" ", new[]
        {
            Pair("conversationId", s.ConversationId), Pair("buyerId", s.BuyerId), Pair("from", s.From), Pair("to", s.To),
            Pair("orderId", s.OrderId),
        }.OfType<string>());
        Cell[] cells =
        [
            Cell.Fixed(ManifestMarker), Cell.Data("format=" + b.Format), Cell.Data("generatedAt=" + b.GeneratedAt),
            Cell.Data("scope=" + scope), Cell.Data("conversations=" + Number(b.Manifest.Conversations)),
            Cell.Data("messages=" + Number(b.Manifest.Messages)), Cell.Data("algorithm=" + b.Manifest.Algorithm),
            Cell.Data("hash=" + b.Manifest.Hash),
        ];
        return cells.Concat(Enumerable.Repeat(Cell.Fixed(""), Columns.Count - cells.Length));

        static string? Pair(string key, string? value) => value is null ? null : key + "=" + value;
    }

    private static void WriteRow(TextWriter writer, IEnumerable<Cell> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) writer.Write(',');
            first = false;
            writer.Write(SpreadsheetCells.Quote(cell.Guarded ? SpreadsheetCells.Guard(cell.Value) : cell.Value));
        }
        writer.Write("\r\n");
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Cell(string Value, bool Guarded)
    {
        public static Cell Data(string? value) => new(value ?? "", true);
        public static Cell Fixed(string value) => new(value, false);
    }
}
