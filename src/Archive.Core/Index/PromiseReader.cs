using Archive.Annotations;
using Archive.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>A message of a buyer's history that carries annotations, as the promise lookup needs it.</summary>
public sealed record AnnotatedMessage(StoredMessage Message, MessageAnnotations Annotations);

/// <summary>Finds every annotated message of one buyer: the promises, the claims and the reports of fulfilment.</summary>
public sealed class PromiseReader(ArchiveIndex index)
{
    /// <summary>More annotated messages than this for one buyer is not a buyer but a data problem.</summary>
    public const int MaxAnnotatedMessages = 10_000;

    private static readonly Sort Chronological = new(
        CachedInt64Sort.Field(MessageDocument.SentAtMs),
        CachedInt64Sort.Field(MessageDocument.Sequence));

    public IReadOnlyList<AnnotatedMessage> ForBuyer(string buyerId) =>
        index.Read(searcher =>
        {
            var kinds = new BooleanQuery
            {
                { new TermQuery(new Term(AnnotationFields.Kind, AnnotationFields.ShopKind)), Occur.SHOULD },
                { new TermQuery(new Term(AnnotationFields.Kind, AnnotationFields.ClaimKind)), Occur.SHOULD },
                { new TermQuery(new Term(AnnotationFields.Kind, AnnotationFields.DoneKind)), Occur.SHOULD },
            };
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(MessageDocument.Buyer, buyerId)), Occur.MUST },
                { kinds, Occur.MUST },
            };
            return searcher.SearchAll(query, MaxAnnotatedMessages, Chronological).Select(d =>
            {
                var stored = StoredMessageVisitor.Load(searcher.IndexReader, d.Doc, withProvenance: false);
                return new AnnotatedMessage(stored.ToMessage(), stored.Annotations);
            }).ToList();
        });
}
