using Archive.Analysis;

namespace Archive.Core.Tests.Analysis;

public class DomainLexiconTests
{
    [Fact]
    public void BuiltInLexiconHasTheCommonShopWords()
    {
        var lexicon = DomainLexicon.BuiltIn;
        foreach (var word in new[] { "发货", "包邮", "七天无理由", "运费险", "补差价", "退换货", "优惠券" }) Assert.True(lexicon.Contains(word), word);
        Assert.True(lexicon.Count >= 100);
        Assert.True(lexicon.MaxWordLength >= 5);
    }

    [Fact]
    public void LexiconLookupIsNormalized()
    {
        Assert.True(DomainLexicon.BuiltIn.Contains("發貨"));
        Assert.False(DomainLexicon.BuiltIn.Contains("不存在的词"));
    }

    [Fact]
    public void LoadAddsWordsFromFileIgnoringCommentsAndBlankLines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# shop specific", "", "  小棉袄  ", "羽絨服", "#注释词"]);
            var lexicon = DomainLexicon.Load(path);
            Assert.True(lexicon.Contains("小棉袄"));
            Assert.True(lexicon.Contains("羽绒服"));
            Assert.False(lexicon.Contains("#注释词"));
            Assert.False(lexicon.Contains("注释词"));
            Assert.True(lexicon.Contains("发货"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadWithMissingFileGivesBuiltIn()
    {
        Assert.Same(DomainLexicon.BuiltIn, DomainLexicon.Load(null));
        Assert.Same(DomainLexicon.BuiltIn, DomainLexicon.Load("/no/such/file.txt"));
    }

    [Fact]
    public void ExtraWordsChangeSegmentation()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["小棉袄"]);
            using var analysis = new ChineseAnalysis(DomainLexicon.Load(path));
            Assert.Contains("小棉袄", analysis.SegmentWords("这件小棉袄有货吗").Select(t => t.Term));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
