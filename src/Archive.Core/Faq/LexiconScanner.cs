namespace Archive.Faq;

internal enum LexiconKind : byte
{
    Concept,
    Filler,
    Product,
    Place,
    Option,
}

internal readonly record struct LexiconEntry(LexiconKind Kind, string Canonical);

/// <summary>
/// Longest-match lookup of <see cref="FaqLexicon"/> words in normalized text without allocating: a per-character
/// table of the longest word starting with that character, then span lookups from longest to shortest.
/// Built once; thread-safe for reading.
/// </summary>
internal sealed class LexiconScanner
{
    public static readonly LexiconScanner Default = new();

    private readonly Dictionary<string, LexiconEntry> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly byte[] _longestByFirst = new byte[0x10000];

    private LexiconScanner()
    {
        // Later kinds never override earlier ones: a concept beats a filler of the same spelling.
        foreach (var (canonical, variants) in FaqLexicon.Concepts)
            foreach (var variant in variants) Add(variant, new LexiconEntry(LexiconKind.Concept, canonical));
        foreach (var word in FaqLexicon.Fillers) Add(word, new LexiconEntry(LexiconKind.Filler, word));
        // Then every concept and filler word once more as typed with a common input slip; exact spellings came first.
        foreach (var (canonical, variants) in FaqLexicon.Concepts)
            foreach (var variant in variants) AddSlips(variant, new LexiconEntry(LexiconKind.Concept, canonical));
        foreach (var word in FaqLexicon.Fillers) AddSlips(word, new LexiconEntry(LexiconKind.Filler, word));
        foreach (var word in FaqLexicon.ProductNouns) Add(word, new LexiconEntry(LexiconKind.Product, word));
        foreach (var word in FaqLexicon.Places) Add(word, new LexiconEntry(LexiconKind.Place, word));
        foreach (var word in FaqLexicon.Options) Add(word, new LexiconEntry(LexiconKind.Option, word));
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest lexicon word at <paramref name="start"/>; its length, 0 when none.</summary>
    public int Match(ReadOnlySpan<char> text, int start, out LexiconEntry entry)
    {
        entry = default;
        var longest = Math.Min(_longestByFirst[text[start]], text.Length - start);
        for (var length = longest; length > 0; length--)
        {
            if (_lookup.TryGetValue(text.Slice(start, length), out entry)) return length;
        }
        return 0;
    }

    private void AddSlips(string word, LexiconEntry entry)
    {
        foreach (var (right, wrong) in FaqLexicon.Slips)
            if (right.Length > 1 && word.Contains(right, StringComparison.Ordinal)) Add(word.Replace(right, wrong, StringComparison.Ordinal), entry);
    }

    private void Add(string word, LexiconEntry entry)
    {
        if (!_words.TryAdd(word, entry)) return;
        _longestByFirst[word[0]] = (byte)Math.Max(_longestByFirst[word[0]], word.Length);
    }
}
