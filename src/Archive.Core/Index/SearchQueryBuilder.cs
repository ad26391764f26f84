using Archive.Analysis;
using Archive.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>
/// Turns a parsed <see cref="SearchQuery"/> and filters into a Lucene query. Which messages match is decided by
/// the recall field alone (each term an exact-substring phrase of bigrams); the word field only adds to the score,
/// so that a hit whose whole words match ranks above one where the term is part of a longer word.
/// </summary>
internal sealed class SearchQueryBuilder(ChineseAnalysis analysis)
{
    private const float RecallBoost = 0.3f;

    /// <summary>Null when nothing can match (every term was only punctuation or emoji).</summary>
    public Query? Build(SearchRequest request)
    {
        var query = new BooleanQuery();
        var hasRequired = false;
        foreach (var term in request.Query.Required)
        {
            var recall = RecallQuery(term);
            if (recall is null) continue;
            hasRequired = true;
            recall.Boost = RecallBoost;
            query.Add(recall, Occur.MUST);
            foreach (var word in analysis.SegmentWords(term))
                query.Add(new TermQuery(new Term(AnalysisFields.Word, word.Term)), Occur.SHOULD);
        }
        var hasExcluded = false;
        foreach (var term in request.Query.Excluded)
        {
            if (RecallQuery(term) is not { } excluded) continue;
            hasExcluded = true;
            query.Add(excluded, Occur.MUST_NOT);
        }
        if (!hasRequired)
        {
            if (!hasExcluded) return null;
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        AddFilters(query, request);
        return query;
    }

    public Query? RecallQuery(string term)
    {
        var terms = analysis.RecallPhrase(term);
        if (terms.Count == 0) return null;
        if (terms.Count == 1) return new TermQuery(new Term(AnalysisFields.Recall, terms[0].Term));
        var phrase = new PhraseQuery();
        foreach (var t in Covering(terms)) phrase.Add(new Term(AnalysisFields.Recall, t.Term), t.Position);
        return phrase;
    }

    /// <summary>
    /// The bigrams a phrase needs: every character is covered by one bigram at its position, so of 退货运费险
    /// (退货@0 货运@1 运费@2 费险@3) 退货@0, 运费@2 and 费险@3 match exactly the same texts. A bigram whose neighbours on
    /// both sides are kept adds nothing but another posting list to read, with its positions.
    /// </summary>
    internal static IEnumerable<RecallTerm> Covering(IReadOnlyList<RecallTerm> terms)
    {
        var previousKept = false;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var coveredBefore = previousKept && terms[i - 1].IsBigram && terms[i - 1].Position == t.Position - 1;
            var coveredAfter = i + 1 < terms.Count && terms[i + 1].IsBigram && terms[i + 1].Position == t.Position + 1;
            previousKept = !(t.IsBigram && coveredBefore && coveredAfter);
            if (previousKept) yield return t;
        }
    }

    private static void AddFilters(BooleanQuery query, SearchRequest r)
    {
        AddTermFilter(query, MessageDocument.Shop, r.ShopId);
        if (r.ShopScope is not null)
        {
            var anyOf = new BooleanQuery();
            foreach (var shop in r.ShopScope) anyOf.Add(new TermQuery(new Term(MessageDocument.Shop, shop)), Occur.SHOULD);
            query.Add(Filter(anyOf), Occur.MUST);
        }
        AddTermFilter(query, MessageDocument.Buyer, r.BuyerId);
        AddTermFilter(query, MessageDocument.Agent, r.AgentId);
        AddTermFilter(query, MessageDocument.Sender, r.Sender);
        AddTermFilter(query, MessageDocument.Conversation, r.ConversationId);
        if (r.From is not null || r.To is not null)
        {
            // Times live in doc values only (no trie terms): smaller index, and a range test per candidate is cheap.
            var range = FieldCacheRangeFilter.NewInt64Range(MessageDocument.SentAtMs,
                r.From?.ToUnixTimeMilliseconds(), r.To?.ToUnixTimeMilliseconds(), true, true);
            query.Add(new ConstantScoreQuery(range) { Boost = 0f }, Occur.MUST);
        }
    }

    private static void AddTermFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null) query.Add(Filter(new TermQuery(new Term(field, value))), Occur.MUST);
    }

    // A filter must narrow the hits without moving their scores.
    private static Query Filter(Query q) => new ConstantScoreQuery(q) { Boost = 0f };
}
