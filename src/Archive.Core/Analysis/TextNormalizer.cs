using ICU4N.Text;

namespace Archive.Analysis;

/// <summary>
/// Char-for-char normalization shared by index and query analysis: traditional → simplified,
/// full-width ASCII → ASCII, ideographic space → space, invariant lowercase.
/// Output length always equals input length, so token offsets computed on normalized text
/// are valid offsets into the original text.
/// </summary>
public static class TextNormalizer
{
    // One 64K-entry table (128 KB) so the hot path is a single array load per char.
    // Lazy<T> (ExecutionAndPublication) makes the one-time ICU work thread-safe.
    private static readonly Lazy<char[]> Table = new(BuildTable);

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = Table.Value;
        var i = 0;
        while (i < text.Length && map[text[i]] == text[i]) i++;
        if (i == text.Length) return text; // common case for already-normalized input: no allocation

        return string.Create(text.Length, (text, i), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            NormalizeInPlace(span[state.i..]);
        });
    }

    public static void NormalizeInPlace(Span<char> buffer)
    {
        var map = Table.Value;
        for (var i = 0; i < buffer.Length; i++) buffer[i] = map[buffer[i]];
    }

    private static char[] BuildTable()
    {
        var map = new char[0x10000];
        for (var c = 0; c < map.Length; c++)
        {
            // Surrogates map to themselves, so supplementary characters (emoji, Ext B) pass untouched.
            map[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        }

        for (var c = 0xFF01; c <= 0xFF5E; c++) map[c] = char.ToLowerInvariant((char)(c - 0xFF01 + 0x21));
        map[0x3000] = ' ';

        var transliterator = Transliterator.GetInstance("Traditional-Simplified");
        AddSimplified(map, transliterator, 0x3400, 0x4DBF);
        AddSimplified(map, transliterator, 0x4E00, 0x9FFF);
        AddSimplified(map, transliterator, 0xF900, 0xFAFF);
        return map;
    }

    private static void AddSimplified(char[] map, Transliterator transliterator, int first, int last)
    {
        Span<char> one = stackalloc char[1];
        for (var c = first; c <= last; c++)
        {
            one[0] = (char)c;
            var simplified = transliterator.Transliterate(one.ToString());
            // Only 1:1 BMP mappings keep the output the same length as the input.
            if (simplified.Length == 1 && !char.IsSurrogate(simplified[0])) map[c] = simplified[0];
        }
    }
}
