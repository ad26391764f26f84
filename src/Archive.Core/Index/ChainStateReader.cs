using Archive.Evidence;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Index;

/// <summary>Where a conversation's hash chain stands in the index, for the sealer to continue it after a restart.</summary>
public sealed class ChainStateReader(ArchiveIndex index)
{
    /// <summary>Every conversation id with documents in the index (deleted ones may linger until merged: a superset).</summary>
    public HashSet<string> ConversationIds() =>
        index.Read(searcher =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(MessageDocument.Conversation);
                if (terms is null) continue;
                var termsEnum = terms.GetEnumerator();
                while (termsEnum.MoveNext()) ids.Add(termsEnum.Term.Utf8ToString());
            }
            return ids;
        });

    public ChainState Load(string conversationId) =>
        index.Read(searcher =>
        {
            var state = new ChainState();
            var links = new List<(long ChainIndex, string Text)>();
            var query = new TermQuery(new Term(MessageDocument.Conversation, conversationId));
            foreach (var hit in searcher.SearchAll(query, ConversationReader.MaxTranscriptMessages))
            {
                var stored = StoredMessageVisitor.Load(searcher.IndexReader, hit.Doc, withProvenance: true);
                var fields = stored.ToSealFields();
                if (!state.Payloads.TryGetValue(fields.MessageId, out var payloads))
                    state.Payloads[fields.MessageId] = payloads = [];
                payloads.Add(MessageSeal.PayloadFingerprint(fields));
                if (stored.ChainHash is not { } chainHash) continue;
                links.Add((stored.ChainIndex, fields.Text));
                if (stored.ChainIndex + 1 <= state.Next) continue;
                state.Next = stored.ChainIndex + 1;
                state.Head = chainHash;
            }
            state.Recent = links.OrderByDescending(l => l.ChainIndex).Take(Promises.PromiseDetector.ContextDepth).Select(l => l.Text).ToArray();
            return state;
        });
}
