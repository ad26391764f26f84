namespace Archive.Analysis;

/// <summary>
/// E-commerce chat vocabulary that ICU's general dictionary splits (发货 → 发/货, 包邮 → 包/邮).
/// Words are stored normalized, so traditional or full-width entries behave like their simplified forms.
/// </summary>
public sealed class DomainLexicon
{
    private static readonly Lazy<DomainLexicon> BuiltInLexicon = new(() => new DomainLexicon(BuiltInWords.All));

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private DomainLexicon(IEnumerable<string> words)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var normalized = TextNormalizer.Normalize(word.Trim());
            // Single characters are already words on their own; keeping them out keeps merging cheap.
            if (normalized.Length < 2) continue;
            _words.Add(normalized);
            MaxWordLength = Math.Max(MaxWordLength, normalized.Length);
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static DomainLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>Built-in words plus one word per line of <paramref name="extraWordsFile"/> (UTF-8, '#' comments).</summary>
    public static DomainLexicon Load(string? extraWordsFile)
    {
        if (string.IsNullOrWhiteSpace(extraWordsFile) || !File.Exists(extraWordsFile)) return BuiltIn;

        var extra = File.ReadLines(extraWordsFile)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        return new DomainLexicon(BuiltInWords.All.Concat(extra));
    }

    public int MaxWordLength { get; }

    public int Count => _words.Count;

    /// <summary>The words, normalized.</summary>
    public IEnumerable<string> Words => _words;

    public bool Contains(string word) => word is not null && _lookup.Contains(TextNormalizer.Normalize(word));

    /// <summary>Allocation-free lookup of already-normalized text (the tokenizer's hot path).</summary>
    internal bool ContainsNormalized(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
