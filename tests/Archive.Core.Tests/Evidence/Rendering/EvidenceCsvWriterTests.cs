using System.Text;
using Archive.Evidence;
using static Archive.Core.Tests.Evidence.Rendering.RenderingTestData;

namespace Archive.Core.Tests.Evidence.Rendering;

public class EvidenceCsvWriterTests
{
    [Fact]
    public void CsvStartsWithUtf8BomAndQuotesCommasAndNewlines()
    {
        var bytes = EvidenceCsvWriter.ToBytes(Dispute(extra: Message(3, "他说\"好的\"，a,b\r\nc", sentAt: "2024-03-03T09:06:00+08:00")));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains(",\"他说\"\"好的\"\"，a,b\r\nc\",", text);
        Assert.Contains(",\"说好送赠品的，怎么没有\n第二行\",", text);
        Assert.Equal("他说\"好的\"，a,b\r\nc", Rows(bytes)[4][Column("text")]);
    }

    [Fact]
    public void CsvHasAHeaderOfColumnNamesThenOneRowPerMessageInBundleOrder()
    {
        var rows = Rows(EvidenceCsvWriter.ToBytes(Dispute()));

        Assert.Equal(EvidenceCsvWriter.Columns, rows[0]);
        Assert.Equal(["m-c-1001-0", "m-c-1001-1", "m-c-1001-2", "m-c-1002-0"], rows.Skip(1).SkipLast(1).Select(r => r[Column("messageId")]));
        Assert.All(rows, r => Assert.Equal(EvidenceCsvWriter.Columns.Count, r.Length));
    }

    [Fact]
    public void CsvRowCarriesWhoWhenSourceAndSealOfTheMessageExactly()
    {
        var row = Rows(EvidenceCsvWriter.ToBytes(Dispute()))[1];

        Assert.Equal(Promise, row[Column("text")]);
        Assert.Equal("agent", row[Column("sender")]);
        Assert.Equal("客服小美", row[Column("agentId")]);
        Assert.Equal("2024-03-01T10:00:00+08:00", row[Column("sentAt")]);
        Assert.Equal("+08:00", row[Column("timeZone")]);
        Assert.Equal("2024-03-01T10:05:00.123+08:00", row[Column("ingestedAt")]);
        Assert.Equal(["inbox", "chat-2024-03-01.csv", Sha, "7"],
            new[] { "sourceKind", "sourceName", "sourceSha256", "batch" }.Select(c => row[Column(c)]));
        Assert.Equal("o-778899", row[Column("orderId")]);
        Assert.Equal(new string('d', 63) + "0", row[Column("chainHash")]);
    }

    [Fact]
    public void CsvListsPromisesAsTypeAndStatusSeparatedBySemicolons()
    {
        var rows = Rows(EvidenceCsvWriter.ToBytes(Dispute()));

        Assert.Equal("gift open due 2024-03-02T23:59:59+08:00; free_shipping fulfilled", rows[1][Column("promises")]);
        Assert.Equal("claim:gift claimed", rows[2][Column("promises")]);
        Assert.Equal("", rows[3][Column("promises")]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"点我\")")]
    [InlineData("+86 138 0000 0000")]
    [InlineData("-_-")]
    [InlineData("@客服小美")]
    public void CsvPrefixesFormulaLikeTextWithAnApostrophe(string text)
    {
        var row = Rows(EvidenceCsvWriter.ToBytes(Dispute(extra: Message(3, text, sentAt: "2024-03-03T09:06:00+08:00"))))[4];

        Assert.Equal("'" + text, row[Column("text")]);
    }

    [Fact]
    public void CsvLeavesValuesTheArchiveFormatsExactEvenWithALeadingMinus()
    {
        var row = Rows(EvidenceCsvWriter.ToBytes(Dispute()))[4];

        Assert.Equal("-05:00", row[Column("timeZone")]);
        Assert.Equal("2024-03-05T20:00:00-05:00", row[Column("sentAt")]);
    }

    [Fact]
    public void CsvEndsWithAManifestRowOfKeyValueCellsPaddedToTheColumnCount()
    {
        var last = Rows(EvidenceCsvWriter.ToBytes(Dispute()))[^1];

        Assert.Equal(EvidenceCsvWriter.ManifestMarker, last[0]);
        Assert.Contains("generatedAt=2024-03-10T09:00:00+08:00", last);
        Assert.Contains("hash=" + Manifest, last);
        Assert.Contains("algorithm=sha256", last);
        Assert.Contains("messages=4", last);
        Assert.Contains("scope=buyerId=tb_小王 from=2024-03-01T00:00:00+08:00 to=2024-03-09T00:00:00+08:00", last);
    }

    private static int Column(string name) => EvidenceCsvWriter.Columns.ToList().IndexOf(name);

    /// <summary>An RFC 4180 reader, strict enough to fail on a stray quote: the tests read back what the writer wrote.</summary>
    internal static List<string[]> Rows(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    cell.Append(text[i]);
                    if (text[i] == '"') i++;
                }
                i++;
                Assert.True(i == text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
            }
            else if (text[i] == ',') { row.Add(cell.ToString()); cell.Clear(); i++; }
            else if (text[i] == '\r' && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); i += 2; }
            else
            {
                Assert.False(text[i] is '"' or '\n' or '\r', $"unquoted special character at {i}");
                cell.Append(text[i++]);
            }
        }
        Assert.Empty(row);
        return rows;
    }
}
