namespace Archive.Evidence;

/// <summary>
/// The inline stylesheet of the printable evidence page. Inline because the page must be self-contained: it is
/// mailed and attached to dispute cases, and a page that fetched fonts or CSS would render differently (or not
/// at all) on the arbitrator's machine. Fonts are therefore only named, never downloaded: the stack lists the CJK
/// fonts of Linux (Noto/Source Han, WenQuanYi), macOS (PingFang) and Windows (YaHei).
/// </summary>
internal static class EvidenceHtmlStyle
{
    public const string CjkFontStack =
        "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Zen Hei\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

    public static readonly string Css = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm;
          @bottom-center { content: "第 " counter(page) " / " counter(pages) " 页"; font-family: FONTS;
            font-size: 8pt; color: #555; } }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: FONTS; font-size: 10pt; line-height: 1.45; color: #111; margin: 16px; }
        h1 { font-size: 16pt; margin: 0 0 6px; }
        h2 { font-size: 12pt; margin: 18px 0 4px; break-after: avoid; }
        .mono, code { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: 8pt; overflow-wrap: anywhere; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 1px 12px; margin: 0 0 8px; }
        .meta dt { color: #444; }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        .note { font-size: 8.5pt; color: #333; border-left: 3px solid #999; padding: 2px 8px; margin: 6px 0; }
        section.conversation { margin-top: 14px; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { background: #eee; font-weight: 600; font-size: 9pt; }
        col.time { width: 14%; } col.who { width: 11%; } col.text { width: 33%; }
        col.promises { width: 14%; } col.source { width: 16%; } col.seal { width: 12%; }
        td.text { white-space: pre-wrap; }
        .small { font-size: 8pt; color: #444; }
        .badge { display: inline-block; border: 1px solid #888; border-radius: 3px; padding: 0 4px; margin: 1px 0;
          font-size: 8pt; }
        .badge.open, .badge.due_soon { border-color: #b36b00; background: #fff4e0; }
        .badge.overdue { border-color: #b00020; background: #ffe5e9; }
        .badge.fulfilled { border-color: #2e7d32; background: #e8f5e9; }
        .badge.claimed { border-color: #555; background: #f0f0f0; }
        .modified { font-weight: 700; color: #b00020; border: 1.5px solid #b00020; }
        tr.modified-row td:first-child { border-left: 4px solid #b00020; }
        footer { margin-top: 16px; font-size: 8pt; color: #555; }
        @media print { body { margin: 0; } }
        """.Replace("FONTS", CjkFontStack, StringComparison.Ordinal);
}
