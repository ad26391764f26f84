namespace Archive.Search;

/// <summary>
/// The contract's query language, parsed without Lucene: whitespace-separated terms that must all match,
/// <c>"…"</c> quoting a phrase, a leading <c>-</c> excluding a term. Never throws: an unbalanced quote runs to
/// the end of the query, a lone <c>-</c> is ignored.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Required, IReadOnlyList<string> Excluded)
{
    public const int MaxLength = 1000;
    public const int MaxTerms = 32;

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public static SearchQuery Parse(string q)
    {
        var required = new List<string>();
        var excluded = new List<string>();
        var i = 0;
        while (i < q.Length)
        {
            if (IsSpace(q[i])) { i++; continue; }
            var negate = q[i] == '-' && i + 1 < q.Length && !IsSpace(q[i + 1]);
            if (negate) i++;
            string term;
            if (q[i] is '"' or '“' or '”')
            {
                var close = q.IndexOfAny(['"', '“', '”'], i + 1);
                var end = close < 0 ? q.Length : close;
                term = q[(i + 1)..end];
                i = close < 0 ? q.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < q.Length && !IsSpace(q[i])) i++;
                term = q[start..i];
            }
            // Trimmed before the check, so that a quoted "- " is the lone '-' it is, ignored like an unquoted one.
            term = term.Trim();
            if (term.Length == 0 || term == "-") continue;
            (negate ? excluded : required).Add(term);
        }
        return new SearchQuery(required, excluded);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';
}
