using Archive.Evidence;
using Lucene.Net.Index;

namespace Archive.Index;

/// <summary>
/// A digest per stored message (content hash, chain hash, annotations) keyed by message id and version: two indexes
/// with equal digests hold the same messages, sealed the same way, with the same promises found.
/// </summary>
public static class IndexDigest
{
    public static SortedDictionary<string, string> Read(ArchiveIndex index) =>
        index.Read(searcher =>
        {
            var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var stored = StoredMessageVisitor.Load(reader, doc, withProvenance: true);
                    var fields = stored.ToSealFields();
                    digests[$"{fields.MessageId}#{fields.Version}"] = string.Join('|',
                        MessageSeal.Hex(MessageSeal.ContentHash(fields)),
                        stored.ChainHash is { } chain ? MessageSeal.Hex(chain) : "",
                        stored.ChainHash is null ? -1 : stored.ChainIndex,
                        stored.AnnotationsJson ?? "");
                }
            }
            return digests;
        });
}
