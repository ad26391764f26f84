using Archive.Analysis;
using Archive.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>Full-text search over the archive: the query, the sort, the cursor and the highlights.</summary>
public sealed class MessageSearcher
{
    private readonly ArchiveIndex _index;
    private readonly SearchQueryBuilder _queries;
    private readonly Highlighter _highlighter;

    public MessageSearcher(ArchiveIndex index, ChineseAnalysis analysis)
    {
        _index = index;
        _queries = new SearchQueryBuilder(analysis);
        _highlighter = new Highlighter(analysis);
    }

    public SearchResults Search(SearchRequest request)
    {
        var query = _queries.Build(request);
        if (query is null) return new SearchResults(0, [], null);
        var sort = SortFor(request.Sort);
        var relevance = request.Sort == SearchSort.Relevance;
        return _index.Read(searcher =>
        {
            var after = request.After is { } c && c.Sort == request.Sort ? ToFieldDoc(c) : null;
            // One more than asked tells whether another page exists, so the last page carries no cursor.
            var top = searcher.SearchAfter(after, query, null, request.Limit + 1, sort, doDocScores: relevance, doMaxScore: false);
            var page = top.ScoreDocs.Take(request.Limit).ToArray();
            var hits = new List<MessageHit>(page.Length);
            var phrases = _highlighter.Phrases(request.Query.Required);
            foreach (var scoreDoc in page)
            {
                var stored = StoredMessageVisitor.Load(searcher.IndexReader, scoreDoc.Doc, withProvenance: false);
                var message = stored.ToMessage();
                var highlight = _highlighter.Highlight(message.Text, phrases);
                hits.Add(new MessageHit(message, highlight, relevance ? scoreDoc.Score : float.NaN, stored.Annotations));
            }
            SearchCursor? next = null;
            if (top.ScoreDocs.Length > request.Limit)
            {
                // The sort values of the last hit shown; its sequence lives in doc values, so it comes from the sort.
                var last = (FieldDoc)page[^1];
                next = new SearchCursor(request.Sort, relevance ? last.Score : 0f,
                    hits[^1].Message.SentAt.ToUnixTimeMilliseconds(), (long)(J2N.Numerics.Int64)last.Fields[^1]);
            }
            return new SearchResults(top.TotalHits, hits, next);
        });
    }

    /// <summary>How many messages match, exactly, without ranking or loading any: the least any search must do.</summary>
    public int Count(SearchRequest request)
    {
        var query = _queries.Build(request);
        if (query is null) return 0;
        return _index.Read(searcher =>
        {
            var collector = new TotalHitCountCollector();
            searcher.Search(query, collector);
            return collector.TotalHits;
        });
    }

    /// <summary>Every message id matching a query, for checks against a brute-force scan.</summary>
    public IReadOnlySet<string> MatchingIds(SearchRequest request)
    {
        var query = _queries.Build(request);
        if (query is null) return new HashSet<string>();
        return _index.Read(searcher =>
        {
            var visitorFields = new HashSet<string> { MessageDocument.Id };
            return searcher.SearchAll(query, int.MaxValue).Select(d => searcher.Doc(d.Doc, visitorFields).Get(MessageDocument.Id)).ToHashSet();
        });
    }

    private static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(
            CachedInt64Sort.Field(MessageDocument.SentAtMs, reverse: true),
            CachedInt64Sort.Field(MessageDocument.Sequence)),
        SearchSort.Oldest => new Sort(
            CachedInt64Sort.Field(MessageDocument.SentAtMs),
            CachedInt64Sort.Field(MessageDocument.Sequence)),
        _ => new Sort(
            SortField.FIELD_SCORE,
            CachedInt64Sort.Field(MessageDocument.SentAtMs, reverse: true),
            CachedInt64Sort.Field(MessageDocument.Sequence)),
    };

    // The sequence makes the position unique, so the document number (which changes as segments merge) is never
    // needed to break a tie: int.MaxValue only makes Lucene skip the cursor's own message.
    private static FieldDoc ToFieldDoc(SearchCursor c)
    {
        var sequence = J2N.Numerics.Int64.GetInstance(c.Sequence);
        object[] fields = c.Sort == SearchSort.Relevance
            ? [J2N.Numerics.Single.GetInstance(c.Score), J2N.Numerics.Int64.GetInstance(c.SentAtMs), sequence]
            : [J2N.Numerics.Int64.GetInstance(c.SentAtMs), sequence];
        return new FieldDoc(int.MaxValue, c.Score, fields);
    }
}
