using System.Text;
using Archive.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Core.Tests.Fuzzing;

/// <summary>The query language and the cursor tokens clients send back: parsed without ever throwing.</summary>
public class SearchQueryFuzzTests
{
    private const int Tests = 500;

    /// <summary>Queries made of Lucene syntax, quotes of every width, dashes, Chinese, emoji and lone surrogates.</summary>
    internal static readonly Gen<string> Query = Gen.OneOf(
        FuzzGen.HostileString,
        Gen.ListOf(Gen.OneOf(FuzzGen.ChatText, FuzzGen.NastyChar, Gen.Elements(" ", "-", "\"", "“", "”", "　", "- ", "\t")))
            .Select(parts => string.Concat(parts)));

    [Property(MaxTest = Tests)]
    public Property AnyQueryStringParsesIntoTrimmedNonBlankTerms() => Prop.ForAll(Query.ToArbitrary(), q =>
    {
        var query = SearchQuery.Parse(q);

        Assert.All(query.Required.Concat(query.Excluded), term =>
        {
            Assert.False(string.IsNullOrWhiteSpace(term));
            Assert.Equal(term.Trim(), term);
            Assert.NotEqual("-", term);
        });
    });

    [Property(MaxTest = Tests)]
    public Property ParsingIsStableUnderSurroundingWhitespace() => Prop.ForAll(Query.ToArbitrary(), q =>
    {
        var plain = SearchQuery.Parse(q);
        var padded = SearchQuery.Parse("  \u3000" + q + " \t");

        Assert.Equal(plain.Required, padded.Required);
        Assert.Equal(plain.Excluded, padded.Excluded);
    });

    [Property(MaxTest = Tests)]
    public Property ArbitraryCursorTokensAreRefusedOrDecodedNeverThrown() => Prop.ForAll(
        Gen.OneOf(FuzzGen.HostileString,
                FuzzGen.Bytes.Select(b => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_')),
                FuzzGen.HostileString.Select(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))),
                Gen.Elements("0|1|2|3", "9|1|2|3", "0|NaN|1|1", "0|Infinity|1|1", "-1|0|0|0", "0|0|-0|-1", "2|0|99999999999999999999|1")
                    .Select(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))))
            .ToArbitrary(),
        token =>
        {
            if (!SearchCursor.TryDecode(token, out var cursor)) return;
            Assert.True(Enum.IsDefined(cursor!.Sort));
            Assert.True(float.IsFinite(cursor.Score));
            Assert.True(cursor.Sequence >= 0);
        });

    [Property(MaxTest = Tests)]
    public Property EncodedCursorsDecodeToThemselves() => Prop.ForAll(
        (from sort in Gen.Elements(SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest)
         from score in Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 997f)
         from ms in Gen.Choose(int.MinValue, int.MaxValue).Select(i => i * 1000L)
         from sequence in Gen.Choose(0, int.MaxValue).Select(i => (long)i * 3)
         select new SearchCursor(sort, score, ms, sequence)).ToArbitrary(),
        cursor =>
        {
            Assert.True(SearchCursor.TryDecode(cursor.Encode(), out var decoded));
            Assert.Equal(cursor, decoded);
        });
}
