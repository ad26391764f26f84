using System.Globalization;
using System.Text;

namespace Archive.Evidence;

/// <summary>
/// The printable rendering of an evidence bundle: one self-contained HTML page (inline CSS, no scripts, no
/// external resources) laid out for A4, with a header naming shop, buyer, period, generation time, scope and the
/// manifest hash, then one table per conversation. Every value from the bundle is HTML-escaped, so a chat message
/// is always shown as text, never interpreted. The page says, and this stays true, that the JSON bundle is the
/// reference: hashes here are shortened (full values in title attributes) and the page is not verifiable itself.
/// </summary>
public static class EvidenceHtmlWriter
{
    public const string VerifyCommand = "dotnet run --project tools/Archive.Tools -- verify bundle.json";

    /// <summary>The font-family stack of the page; a CJK font of it must be installed where the page is rendered.</summary>
    public static string CjkFontStack => EvidenceHtmlStyle.CjkFontStack;

    public static string ToHtml(EvidenceBundle bundle)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(bundle, writer);
        return writer.ToString();
    }

    /// <summary>UTF-8 without BOM (the page declares its charset in a meta tag and the HTTP header should too).</summary>
    public static byte[] ToBytes(EvidenceBundle bundle) => new UTF8Encoding(false).GetBytes(ToHtml(bundle));

    public static void Write(EvidenceBundle bundle, TextWriter w)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>聊天记录证据 / Chat evidence {H(Join(bundle.Conversations.Select(c => c.BuyerId)))}</title>\n");
        w.Write("<style>\n");
        w.Write(EvidenceHtmlStyle.Css);
        w.Write("\n</style>\n</head>\n<body>\n");
        WriteHeader(bundle, w);
        foreach (var conversation in bundle.Conversations) WriteConversation(conversation, w);
        w.Write("<footer>本页为证据包的可打印版本，以 JSON 证据包为准（可用上述命令校验）。 ");
        w.Write("This page renders the evidence bundle; the JSON bundle is the reference and the one that verifies.</footer>\n");
        w.Write("</body>\n</html>\n");
    }

    private static void WriteHeader(EvidenceBundle b, TextWriter w)
    {
        var period = EvidenceLabels.Period(b);
        w.Write("<header>\n<h1>聊天记录证据 / Chat evidence</h1>\n<dl class=\"meta\">\n");
        Meta(w, "店铺 Shop", H(Join(b.Conversations.Select(c => c.ShopId))));
        Meta(w, "买家 Buyer", H(Join(b.Conversations.Select(c => c.BuyerId))));
        Meta(w, "期间 Period", period is { } p ? $"{H(p.First)} – {H(p.Last)}" : "—");
        Meta(w, "生成时间 Generated at", H(b.GeneratedAt));
        Meta(w, "范围 Scope", H(EvidenceLabels.Scope(b.Scope)));
        Meta(w, "数量 Counts", $"{b.Manifest.Conversations} 个会话 conversations, {b.Manifest.Messages} 条消息 messages");
        Meta(w, "清单哈希 Manifest", $"<span class=\"mono\">{H(b.Manifest.Algorithm)}: {H(b.Manifest.Hash)}</span>");
        Meta(w, "格式 Format", H(b.Format));
        w.Write("</dl>\n<p class=\"note\">校验方法 How to verify：以 JSON 格式导出同一证据包，然后运行 / export the same "
            + $"bundle as JSON, then run: <code>{H(VerifyCommand)}</code><br>消息逐条封存，并按会话串成哈希链；任何改动都会使校验失败。 "
            + "Every message is sealed and chained per conversation; any change makes verification fail.</p>\n</header>\n");
    }

    private static void WriteConversation(EvidenceConversation c, TextWriter w)
    {
        w.Write("<section class=\"conversation\">\n");
        w.Write($"<h2>会话 Conversation {H(c.ConversationId)}</h2>\n<dl class=\"meta\">\n");
        Meta(w, "店铺 Shop", H(c.ShopId));
        Meta(w, "买家 Buyer", H(c.BuyerId));
        Meta(w, "客服 Agents", c.AgentIds.Count == 0 ? "—" : H(string.Join(", ", c.AgentIds)));
        Meta(w, "开始 Started", H(c.StartedAt));
        Meta(w, "结束 Ended", H(c.EndedAt));
        Meta(w, "链头 Chain head", $"<span class=\"mono\">{H(c.ChainHead)}</span>");
        w.Write("</dl>\n<table>\n<colgroup><col class=\"time\"><col class=\"who\"><col class=\"text\"><col class=\"promises\">"
            + "<col class=\"source\"><col class=\"seal\"></colgroup>\n");
        w.Write("<thead><tr><th>时间 Time</th><th>发送方 Sender</th><th>内容 Text</th><th>承诺 Promises</th>"
            + "<th>入库与来源 Ingest &amp; source</th><th>版本与哈希 Version &amp; seal</th></tr></thead>\n<tbody>\n");
        foreach (var m in c.Messages) WriteMessage(m, w);
        w.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteMessage(EvidenceMessage m, TextWriter w)
    {
        var modified = m.Version > 1;
        w.Write(modified ? "<tr class=\"modified-row\">" : "<tr>");

        w.Write($"<td>{H(m.SentAt)}<div class=\"small\">时区 UTC{H(m.TimeZone)}</div></td>");

        w.Write($"<td>{H(EvidenceLabels.Sender(m.Sender))} <span class=\"small\">{H(m.Sender)}</span>");
        if (m.AgentId is not null) w.Write($"<div>{H(m.AgentId)}</div>");
        w.Write("</td>");

        // pre-wrap on the cell keeps the message's own line breaks; the order/item line sits in a div after it.
        w.Write($"<td class=\"text\">{H(m.Text)}");
        if (m.OrderId is not null || m.ItemId is not null)
        {
            w.Write("<div class=\"small\">");
            if (m.OrderId is not null) w.Write($"订单 order {H(m.OrderId)} ");
            if (m.ItemId is not null) w.Write($"商品 item {H(m.ItemId)}");
            w.Write("</div>");
        }
        w.Write("</td>");

        w.Write("<td>");
        foreach (var p in m.Promises) WritePromise(p, w);
        w.Write("</td>");

        w.Write($"<td><div>{H(m.IngestedAt)}</div><div>{H(EvidenceLabels.SourceKind(m.Source.Kind))} "
            + $"<span class=\"small\">{H(m.Source.Kind)} #{m.Source.Batch.ToString(CultureInfo.InvariantCulture)}</span></div>"
            + $"<div class=\"small\">{H(m.Source.Name)}</div>"
            + $"<div class=\"mono\">sha256 {Short(m.Source.Sha256)}</div></td>");

        w.Write("<td>");
        w.Write(modified
            ? $"<span class=\"badge modified\">已修改版本 v{m.Version.ToString(CultureInfo.InvariantCulture)}</span>"
            : $"<span class=\"small\">v{m.Version.ToString(CultureInfo.InvariantCulture)}</span>");
        w.Write($"<div class=\"small\">链序 chain #{m.ChainIndex.ToString(CultureInfo.InvariantCulture)}</div>"
            + $"<div class=\"mono\">内容 {Short(m.ContentHash)}</div><div class=\"mono\">链 {Short(m.ChainHash)}</div>"
            + $"<div class=\"mono small\" title=\"messageId\">{H(m.MessageId)}</div></td>");
        w.Write("</tr>\n");
    }

    private static void WritePromise(EvidencePromise p, TextWriter w)
    {
        // The status is a CSS class only when it is one we style; anything else must not reach the attribute unescaped.
        var css = p.Status is "open" or "due_soon" or "overdue" or "fulfilled" or "claimed" ? " " + p.Status : "";
        w.Write($"<div><span class=\"badge{css}\" title=\"{H(EvidenceLabels.PromiseWire(p))}\">");
        w.Write($"{H(EvidenceLabels.PromiseType(p.Type))} {H(p.Type)} · {H(EvidenceLabels.PromiseStatus(p.Status))} {H(p.Status)}</span>");
        var details = new List<string>();
        if (p.Kind != "shop") details.Add(H(EvidenceLabels.PromiseKind(p.Kind)));
        if (p.Amount is not null) details.Add("金额 " + H(p.Amount));
        if (p.DueBy is not null) details.Add("期限 due " + H(p.DueBy));
        if (details.Count > 0) w.Write($"<div class=\"small\">{string.Join("; ", details)}</div>");
        w.Write("</div>");
    }

    private static void Meta(TextWriter w, string label, string html) => w.Write($"<dt>{label}</dt><dd>{html}</dd>\n");

    private static string Join(IEnumerable<string> values) =>
        string.Join(", ", values.Distinct(StringComparer.Ordinal)) is { Length: > 0 } s ? s : "—";

    /// <summary>The first 12 hex digits for the eye; the full value in the title (and in the JSON) for checking.</summary>
    private static string Short(string hash) =>
        hash.Length == 0 ? "—" : hash.Length <= 16 ? H(hash) : $"<span title=\"{H(hash)}\">{H(hash[..12])}…</span>";

    /// <summary>Escapes text for element content and quoted attribute values alike.</summary>
    internal static string H(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
