using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>
/// Generators of hostile input: raw bytes, strings mixing Chinese, emoji, lone surrogates, control characters and
/// query syntax, and byte-level mutations of valid files (flips, truncation, NULs, BOMs in the middle, GBK lines).
/// </summary>
internal static class FuzzGen
{
    static FuzzGen() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static Encoding Gbk => Encoding.GetEncoding(936);

    public static readonly Gen<byte> AnyByte = Gen.Choose(0, 255).Select(i => (byte)i);

    /// <summary>Bytes of any value, up to a few thousand of them.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Sized(size => Gen.Choose(0, Math.Max(1, size) * 20))
        .SelectMany(n => Gen.ArrayOf(AnyByte, n));

    public static readonly Gen<char> Cjk = Gen.Choose(0x4E00, 0x9FA5).Select(i => (char)i);

    /// <summary>Characters a chat message really has: common CJK, ASCII letters and digits, CJK punctuation, spaces.</summary>
    public static readonly Gen<string> ChatChar = Gen.Frequency(
        (10, Cjk.Select(c => c.ToString())),
        (3, Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()).Select(c => c.ToString())),
        (2, Gen.Elements("，", "。", "？", "！", "、", "～", "…", " ", "　", "😊", "👍", "𠀀", "ａ", "１", "發", "貨")));

    /// <summary>Characters that break things: controls, lone surrogates, BOMs, separators, quotes, syntax.</summary>
    public static readonly Gen<string> NastyChar = Gen.OneOf(
        Gen.Choose(0, 0x1F).Select(i => ((char)i).ToString()),
        Gen.Elements("\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF", "\u200B", "\u202E"),
        Gen.Elements("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE0A"),
        Gen.Elements("\"", "“", "”", "-", ":", "：", ",", "\t", "\\", "{", "}", "[", "]"),
        Gen.Elements("+", "&&", "||", "!", "(", ")", "^", "~", "*", "?", "/", "AND", "OR", "NOT", "field:", "<", ">", "&", "'"));

    public static readonly Gen<string> HostileString = Gen.Frequency((3, ChatChar), (2, NastyChar))
        .ListOf().Select(parts => string.Concat(parts));

    /// <summary>Non-empty text of chat characters, without leading or trailing spaces.</summary>
    public static readonly Gen<string> ChatText = Gen.Sized(s => Gen.Choose(1, Math.Max(2, s)))
        .SelectMany(n => Gen.ArrayOf(ChatChar, n)).Select(parts => string.Concat(parts).Trim(' ', '　'))
        .Where(t => t.Length > 0);

    /// <summary>At least eight CJK ideographs, mixed with ASCII, emoji and supplementary-plane ideographs.</summary>
    /// <remarks>
    /// Shorter GBK text can also be valid UTF-8 (one ideograph in ten or so is), which no decoder can tell
    /// apart; eight or more ideographs make that vanishingly unlikely, as it is in real files.
    /// </remarks>
    public static readonly Gen<string> ChineseText = ChineseTextWith(8);

    public static Gen<string> ChineseTextWith(int minIdeographs) =>
        from ideographs in Gen.Choose(minIdeographs, minIdeographs * 3).SelectMany(n => Gen.ArrayOf(Cjk, n))
        from others in Gen.ListOf(ChatChar)
        from order in Gen.Shuffle(ideographs.Select(c => c.ToString()).Concat(others))
        select string.Concat(order).Trim(' ', '　');

    public static readonly Gen<string> Id = Gen.Elements("c", "tb_", "小", "王", "_", "1", "7", "x", "客服", "店")
        .NonEmptyListOf().Select(p => string.Concat(p.Take(12)));

    public static readonly Gen<string> Sender = Gen.Elements("buyer", "agent", "auto", "system", "BUYER", " Agent ");

    public static readonly Gen<DateTimeOffset> SentAt =
        from day in Gen.Choose(0, 3000)
        from second in Gen.Choose(0, 86_399)
        from offset in Gen.Elements(0, 8, -5)
        select new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddDays(day).AddSeconds(second);

    public static readonly Gen<FuzzMessage> Message =
        from conversation in Id
        from buyer in Id
        from sender in Sender
        from at in SentAt
        from text in ChatText
        from agent in Id.OrNull()
        select new FuzzMessage(conversation, buyer, sender, at, text, agent);

    public static readonly Gen<List<FuzzMessage>> Messages =
        Gen.Sized(s => Gen.Choose(1, Math.Clamp(s, 2, 30))).SelectMany(n => Gen.ListOf(Message, n));

    /// <summary>One byte-level mutation of a file.</summary>
    public static Gen<byte[]> Mutate(byte[] original) => Gen.OneOf(
        Gen.Choose(0, Math.Max(0, original.Length - 1)).SelectMany(at => AnyByte.Select(b => Set(original, at, b))),
        Gen.Choose(0, original.Length).Select(at => original[..at]),
        Gen.Choose(0, original.Length).SelectMany(at => Gen.Elements<byte[]>(
                [0], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x1B], [0x7F], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [(byte)'"'], [(byte)'\r'])
            .Select(insert => Insert(original, at, insert))),
        Gen.Choose(0, original.Length).SelectMany(at => Bytes.Select(insert => Insert(original, at, insert))));

    /// <summary>Up to eight mutations applied one after another.</summary>
    public static Gen<byte[]> Mutated(byte[] original) => Gen.Choose(1, 8).SelectMany(n => Repeat(original, n));

    private static Gen<byte[]> Repeat(byte[] bytes, int times) =>
        times == 0 ? Gen.Constant(bytes) : Mutate(bytes).SelectMany(m => Repeat(m, times - 1));

    /// <summary>The lines of a text, each encoded either as UTF-8 or as GBK.</summary>
    public static Gen<byte[]> MixedUtf8AndGbk(string text) =>
        Gen.ListOf(Gen.Elements(true, false), text.Split('\n').Length).Select(utf8 =>
        {
            var lines = text.Split('\n');
            return lines.Select((l, i) => (utf8[i] ? Encoding.UTF8 : Gbk).GetBytes(l + (i < lines.Length - 1 ? "\n" : "")))
                .SelectMany(b => b).ToArray();
        });

    private static byte[] Set(byte[] bytes, int at, byte value)
    {
        if (bytes.Length == 0) return [value];
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes[..at], .. insert, .. bytes[at..]];
}

/// <summary>A valid message, to be written in every input format.</summary>
internal sealed record FuzzMessage(string ConversationId, string BuyerId, string Sender, DateTimeOffset SentAt, string Text, string? AgentId)
{
    public string SentAtText => SentAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
