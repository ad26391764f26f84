using Archive.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Analysis;

public class RecallPhraseTests : IDisposable
{
    private readonly ChineseAnalysis _analysis = new(DomainLexicon.BuiltIn);

    public void Dispose() => _analysis.Dispose();

    private string Phrase(string query) => string.Join(" ", _analysis.RecallPhrase(query).Select(t => $"{t.Term}@{t.Position}"));

    [Theory]
    [InlineData("货", "货@0")]
    [InlineData("发货", "发货@0")]
    [InlineData("七天无理由", "七天@0 天无@1 无理@2 理由@3")]
    [InlineData("發貨", "发货@0")]
    [InlineData("ＡＢＣ", "abc@0")]
    [InlineData("iPhone15手机", "iphone15@0 手机@1")]
    [InlineData("a货b", "a@0 货@1 b@2")]
    [InlineData("亲，发货", "亲@0 发货@2")]
    [InlineData("  发货！ ", "发货@0")]
    [InlineData("😊发 货", "发@0 货@2")]
    [InlineData("，。😊", "")]
    [InlineData("", "")]
    public void RecallPhraseExamples(string query, string expected)
    {
        Assert.Equal(expected, Phrase(query));
    }

    [Theory]
    [InlineData("发货", "发货@0")]
    [InlineData("运费险", "运费@0 费险@1")]
    [InlineData("退货运费险", "退货@0 运费@2 费险@3")]
    [InlineData("七天无理由退", "七天@0 无理@2 由退@4")]
    [InlineData("iPhone15手机壳", "iphone15@0 手机@1 机壳@2")] // a word before the run is no bigram to lean on
    [InlineData("亲，发货快递", "亲@0 发货@2 快递@4")]
    public void PhraseQueriesKeepOnlyTheBigramsThatCoverEveryCharacter(string query, string expected) =>
        Assert.Equal(expected, string.Join(" ", Archive.Index.SearchQueryBuilder.Covering(_analysis.RecallPhrase(query)).Select(t => $"{t.Term}@{t.Position}")));

    [Fact]
    public void RecallPhraseTermsAppearAtConsecutivePositionsInTheDocument()
    {
        var random = new Random(1234);
        const string alphabet = "发货退款亲包邮快递好评這發貨";
        for (var round = 0; round < 300; round++)
        {
            var document = RandomText(random, alphabet, random.Next(1, 30), separators: true);
            var tokens = TokenStreamAssert.Analyze(_analysis.RecallAnalyzer, AnalysisFields.Recall, document);
            var positioned = new HashSet<(string, int)>();
            var position = -1;
            foreach (var token in tokens) positioned.Add((token.Term, position += token.PositionIncrement));

            var start = random.Next(document.Length);
            var query = document.Substring(start, random.Next(1, document.Length - start + 1));
            var phrase = _analysis.RecallPhrase(query);
            if (phrase.Count == 0) continue;
            var found = positioned.Any(p => p.Item1 == phrase[0].Term && phrase.All(t => positioned.Contains((t.Term, p.Item2 + t.Position))));
            Assert.True(found, $"'{query}' not found in '{document}'");
        }
    }

    [Fact]
    public void RecallPhraseQueryMatchesExactlyTheDocumentsContainingTheCjkSubstring()
    {
        var random = new Random(99);
        const string alphabet = "发货退款亲发貨";
        var documents = Enumerable.Range(0, 150).Select(_ => RandomText(random, alphabet, random.Next(0, 12), separators: true)).ToList();

        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analysis.IndexAnalyzer)))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                writer.AddDocument([new StringField("id", i.ToString(), Field.Store.YES), new TextField(AnalysisFields.Recall, documents[i], Field.Store.NO)]);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        for (var round = 0; round < 200; round++)
        {
            var query = RandomText(random, alphabet, random.Next(1, 5), separators: false);
            var phrase = new PhraseQuery();
            foreach (var term in _analysis.RecallPhrase(query)) phrase.Add(new Term(AnalysisFields.Recall, term.Term), term.Position);

            var hits = searcher.Search(phrase, documents.Count + 1).ScoreDocs
                .Select(hit => int.Parse(searcher.Doc(hit.Doc).Get("id"))).Order().ToList();
            var normalizedQuery = TextNormalizer.Normalize(query);
            var expected = Enumerable.Range(0, documents.Count)
                .Where(i => TextNormalizer.Normalize(documents[i]).Contains(normalizedQuery, StringComparison.Ordinal)).ToList();
            Assert.True(expected.SequenceEqual(hits), $"query '{query}': expected [{string.Join(",", expected)}] got [{string.Join(",", hits)}]");
        }
    }

    private static string RandomText(Random random, string alphabet, int length, bool separators)
    {
        string[] others = ["，", " ", "😊", "！！"];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (separators && random.Next(6) == 0) text.Append(others[random.Next(others.Length)]);
            else text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}
