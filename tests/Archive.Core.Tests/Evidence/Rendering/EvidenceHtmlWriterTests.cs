using System.Text;
using Archive.Evidence;
using static Archive.Core.Tests.Evidence.Rendering.RenderingTestData;

namespace Archive.Core.Tests.Evidence.Rendering;

public class EvidenceHtmlWriterTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";

    [Fact]
    public void HtmlEscapesMessageTextSoScriptsAreInert()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute(extra: Message(3, Hostile, sentAt: "2024-03-03T09:06:00+08:00")));

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HtmlEscapesEveryBundleValueNotOnlyTheText()
    {
        var evil = Message(3, "hi", "agent", agent: "\"><b>agent", sentAt: "2024-03-03T09:06:00+08:00") with
        {
            Source = new EvidenceSource(8, "<i>kind", "\"><b>file.csv", "\"onmouseover=\"x" + new string('a', 50)),
            Promises = [new EvidencePromise("shop", "\"><u>type", "<s>", null, "open\" onclick=\"x")],
        };
        var html = EvidenceHtmlWriter.ToHtml(Dispute(extra: evil));

        foreach (var raw in new[] { "<b>", "<i>", "<u>", "<s>", "\"onmouseover", "\" onclick" })
            Assert.DoesNotContain(raw, html);
    }

    [Fact]
    public void HtmlShowsShopBuyerPeriodAndGeneratedAt()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains("<h1>聊天记录证据 / Chat evidence</h1>", html);
        Assert.Contains("<dt>店铺 Shop</dt><dd>旗舰店</dd>", html);
        Assert.Contains("<dt>买家 Buyer</dt><dd>tb_小王</dd>", html);
        // The last message by instant is the one sent at -05:00, shown with its own offset.
        Assert.Contains("<dt>期间 Period</dt><dd>2024-03-01T10:00:00+08:00 – 2024-03-05T20:00:00-05:00</dd>", html);
        Assert.Contains("<dt>生成时间 Generated at</dt><dd>2024-03-10T09:00:00+08:00</dd>", html);
        Assert.Contains("买家 buyer tb_小王; 期间 period 2024-03-01T00:00:00+08:00 – 2024-03-09T00:00:00+08:00", html);
    }

    [Fact]
    public void HtmlShowsManifestHashAndHowToVerify()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains("sha256: " + Manifest, html);
        Assert.Contains(EvidenceHtmlWriter.VerifyCommand, html);
        Assert.Contains("链头 Chain head</dt><dd><span class=\"mono\">" + new string('d', 63) + "2", html);
    }

    [Fact]
    public void HtmlIsSelfContainedUtf8ChineseWithACjkFontStack()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.Contains("font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Zen Hei\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif", html);
        foreach (var external in new[] { "<link", "src=", "href=", "url(", "@import", "http:", "https:", "<script" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Encoding.UTF8.GetBytes(html), EvidenceHtmlWriter.ToBytes(Dispute()));
    }

    [Fact]
    public void HtmlShowsEachMessageWithTimeZoneSenderPromisesAndSource()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains("<td>2024-03-01T10:00:00+08:00<div class=\"small\">时区 UTC+08:00</div></td>", html);
        Assert.Contains("<td>客服 <span class=\"small\">agent</span><div>客服小美</div></td>", html);
        Assert.Contains("<td>买家 <span class=\"small\">buyer</span></td>", html);
        Assert.Contains("<td>自动回复 <span class=\"small\">auto</span></td>", html);
        Assert.Contains("赠品 gift · 待履行 open", html);
        Assert.Contains("包邮 free_shipping · 已履行 fulfilled", html);
        Assert.Contains("期限 due 2024-03-02T23:59:59+08:00", html);
        Assert.Contains("买家声称", html);
        Assert.Contains("归档文件 <span class=\"small\">inbox #7</span>", html);
        Assert.Contains("chat-2024-03-01.csv", html);
        Assert.Contains("订单 order o-778899", html);
    }

    [Fact]
    public void HtmlKeepsLineBreaksOfMessageText()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains("<td class=\"text\">说好送赠品的，怎么没有\n第二行</td>", html);
        Assert.Contains("td.text { white-space: pre-wrap; }", html);
    }

    [Fact]
    public void HtmlFlagsEditedVersionsVisiblyAndOnlyThem()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Single(html.Split("已修改版本 v2")[1..]);
        Assert.Single(html.Split("<tr class=\"modified-row\">")[1..]);
        Assert.DoesNotContain("已修改版本 v1", html);
    }

    [Fact]
    public void HtmlShortensHashesButKeepsTheFullValueInATitle()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains($"sha256 <span title=\"{Sha}\">{Sha[..12]}…</span>", html);
        Assert.Contains($"<span title=\"{new string('c', 63)}0\">{new string('c', 12)}…</span>", html);
    }

    [Fact]
    public void HtmlPrintsOnA4WithRepeatedTableHeadersRowsKeptWholeAndPageNumbers()
    {
        var html = EvidenceHtmlWriter.ToHtml(Dispute());

        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("thead { display: table-header-group; }", html);
        Assert.Contains("tr { break-inside: avoid;", html);
        Assert.Contains("counter(page)", html);
        Assert.Equal(2, html.Split("<thead>").Length - 1);
    }
}
