using ICU4N.Text;

namespace Archive.Analysis;

/// <summary>
/// Simplified → traditional char table used only to feed ICU's word break iterator: ICU's CJK
/// dictionary is far richer in traditional forms (社會主義, 電視臺, 圖書館 are entries, their simplified
/// forms are not), so segmenting the traditional rendering finds many more whole words. Char-for-char,
/// so boundaries carry straight back to the normalized text.
/// </summary>
internal static class SegmentationForms
{
    private static readonly Lazy<char[]> Table = new(BuildTable);

    public static void ToTraditional(ReadOnlySpan<char> source, Span<char> target)
    {
        var map = Table.Value;
        for (var i = 0; i < source.Length; i++) target[i] = map[source[i]];
    }

    private static char[] BuildTable()
    {
        var map = new char[0x10000];
        for (var c = 0; c < map.Length; c++) map[c] = (char)c;

        var transliterator = Transliterator.GetInstance("Simplified-Traditional");
        for (var c = 0x4E00; c <= 0x9FFF; c++)
        {
            var traditional = transliterator.Transliterate(((char)c).ToString());
            if (traditional.Length == 1 && !char.IsSurrogate(traditional[0])) map[c] = traditional[0];
        }

        return map;
    }
}
