using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>Valid files written from generated messages, and lines that each format must reject.</summary>
internal static class FuzzFormats
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string CsvHeader = "conversationId,buyerId,sender,sentAt,text,agentId";

    public static string JsonLine(FuzzMessage m) => JsonSerializer.Serialize(new
    {
        conversationId = m.ConversationId, buyerId = m.BuyerId, sender = m.Sender, sentAt = m.SentAtText,
        text = m.Text, agentId = m.AgentId,
    }, Json);

    /// <summary>A CSV (or TSV) record with every field quoted; the text may hold a line break.</summary>
    public static string DelimitedRow(FuzzMessage m, char delimiter) =>
        string.Join(delimiter, new[] { m.ConversationId, m.BuyerId, m.Sender, m.SentAtText, m.Text, m.AgentId ?? "" }
            .Select(v => "\"" + v.Replace("\"", "\"\"") + "\""));

    public const string QianniuShop = "旗舰店Shop";

    /// <summary>A Qianniu message line; agents speak as "shop:agent", everyone else as a buyer named by the buyer id.</summary>
    public static string QianniuLine(FuzzMessage m)
    {
        var cst = m.SentAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var speaker = m.Sender.Trim().Equals("agent", StringComparison.OrdinalIgnoreCase)
            ? $"{QianniuShop}:{m.AgentId ?? "客服A"}"
            : m.BuyerId;
        return $"{cst} {speaker}: {m.Text}";
    }

    /// <summary>JSON Lines that cannot be a message: broken or truncated JSON, wrong types, deep nesting, non-UTF-8.</summary>
    public static Gen<byte[]> BadJsonLine(FuzzMessage m)
    {
        var valid = JsonLine(m);
        return Gen.OneOf(
            Gen.Choose(1, valid.Length - 1).Select(cut => Encoding.UTF8.GetBytes(valid[..cut])),
            Gen.Elements(
                "{", "}", "[]", "null", "42", "\"text\"", "{\"text\": {}}", "{\"sender\": true}", "not json at all",
                valid + " trailing", valid + "{}", valid.Replace("\"sender\"", "\"sender\":\"x\",\"SENDER\""),
                valid.Replace(m.SentAtText, "2023-01-06T10:40:12"), "{\"conversationId\":\"\\ud800\"}",
                new string('[', 200) + new string(']', 200), "\u0000\u0001\u0002").Select(Encoding.UTF8.GetBytes),
            Gen.Constant<byte[]>([0x81, 0x20, .. FuzzGen.Gbk.GetBytes(valid)]),
            // No control bytes: enough of them would make the whole file "binary", which is a file error by design.
            FuzzGen.Bytes.Select(b => Undecodable([(byte)'x', .. b.Where(x => x is >= 0x20 or (byte)'\t')])));
    }

    /// <summary>
    /// A line that is not UTF-8 is made invalid in GB18030 and GBK too (0x81 0x20 is a character in neither):
    /// a file that decodes whole as a legacy encoding is read as one, by design, and that is another property.
    /// </summary>
    private static byte[] Undecodable(byte[] line) => System.Text.Unicode.Utf8.IsValid(line) ? line : [0x81, 0x20, .. line];

    /// <summary>CSV/TSV records that must be rejected alone: extra fields, broken quotes, missing or invalid fields.</summary>
    public static Gen<string> BadDelimitedRow(FuzzMessage m, char delimiter)
    {
        var d = delimiter.ToString();
        var valid = DelimitedRow(m, delimiter);
        return Gen.OneOf(
            Gen.Elements(
                valid + d + "\"extra\"",
                "\"" + m.ConversationId + "\"" + d + "\"unterminated",
                "\"" + m.ConversationId + "\"x" + d + "\"b\"",
                "\"他说\"好\"\"" + d + "b",
                valid.Replace(m.SentAtText, "2023-01-06 10:40:12"),
                valid.Replace("\"" + m.Sender + "\"", "\"robot\"")),
            FuzzGen.HostileString
                .Select(s => new string(s.Where(c => !char.IsControl(c) && c is not ('"' or '\u2028' or '\u2029') && c != delimiter).ToArray()))
                .Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>Qianniu lines that look like message lines but must be rejected: impossible times, no speaker, ambiguity.</summary>
    public static Gen<string> BadQianniuLine =>
        from text in FuzzGen.ChatText
        from form in Gen.Elements(
            "2023-02-30 10:00:00 买家甲: {0}", "2023-01-06 25:00:00 买家甲: {0}", "2023-13-01 10:00 买家甲: {0}",
            "2023-01-06 10:40 : {0}", "2023-01-06 10:40:12 某人:说:{0}", "0001-01-01 00:00:00 买家甲: {0}")
        select string.Format(CultureInfo.InvariantCulture, form, text);

    /// <summary>Inserts <paramref name="line"/> before line index <paramref name="at"/> of an LF-separated text.</summary>
    public static string InsertLine(IReadOnlyList<string> lines, int at, string line) =>
        string.Join("\n", lines.Take(at).Append(line).Concat(lines.Skip(at)));
}
