using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>One conversation as retention sees it: whose it is and when its last message was sent.</summary>
public sealed record ConversationExtent(string ConversationId, string ShopId, string BuyerId, DateTimeOffset LastSentAt, int Messages);

/// <summary>
/// Every conversation in the index with its shop, buyer and last message time, for the purge job. Walks the
/// conversation terms of each segment and reads one stored document per conversation, so it costs a pass over the
/// terms, not a load of every message.
/// </summary>
public sealed class ConversationCatalog(ArchiveIndex index)
{
    private static readonly ISet<string> OwnerFields = new HashSet<string> { MessageDocument.Shop, MessageDocument.Buyer };

    public IReadOnlyList<ConversationExtent> All() =>
        index.Read(searcher =>
        {
            var byId = new Dictionary<string, (string Shop, string Buyer, long LastMs, int Count)>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var terms = reader.GetTerms(MessageDocument.Conversation);
                if (terms is null) continue;
                var sentAt = reader.GetNumericDocValues(MessageDocument.SentAtMs);
                var live = reader.LiveDocs;
                var termsEnum = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (termsEnum.MoveNext())
                {
                    docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                    int doc, first = -1, count = 0;
                    long last = long.MinValue;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        if (first < 0) first = doc;
                        count++;
                        last = Math.Max(last, sentAt?.Get(doc) ?? 0);
                    }
                    if (count == 0) continue;
                    var id = termsEnum.Term.Utf8ToString();
                    if (byId.TryGetValue(id, out var known))
                    {
                        byId[id] = known with { LastMs = Math.Max(known.LastMs, last), Count = known.Count + count };
                        continue;
                    }
                    var owner = reader.Document(first, OwnerFields);
                    byId[id] = (owner.Get(MessageDocument.Shop), owner.Get(MessageDocument.Buyer), last, count);
                }
            }
            return byId.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new ConversationExtent(p.Key, p.Value.Shop, p.Value.Buyer, DateTimeOffset.FromUnixTimeMilliseconds(p.Value.LastMs), p.Value.Count))
                .ToList();
        });
}
