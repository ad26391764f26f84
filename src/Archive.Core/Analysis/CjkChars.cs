using System.Globalization;
using System.Text;

namespace Archive.Analysis;

/// <summary>Character classes shared by the tokenizers; all work on normalized text.</summary>
internal static class CjkChars
{
    /// <summary>Han (incl. Ext A and supplementary planes), kana and hangul: scripts written without spaces.</summary>
    public static bool IsCjk(int codePoint) => codePoint switch
    {
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0xF900 and <= 0xFAFF => true,
        0x3005 or 0x3007 => true,                       // 々 iteration mark, 〇 ideographic zero
        0x30A0 or 0x30FB => false,                      // katakana punctuation
        >= 0x3040 and <= 0x30FF => true,
        >= 0x31F0 and <= 0x31FF => true,
        >= 0xFF66 and <= 0xFF9F => true,                // half-width katakana
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0x1100 and <= 0x11FF => true,
        >= 0x3130 and <= 0x318F => true,
        >= 0x20000 and <= 0x3134F => true,
        _ => false,
    };

    /// <summary>Letters, digits and combining marks of any other script form one ALNUM token per run.</summary>
    public static bool IsAlnum(int codePoint)
    {
        if (codePoint < 0x80) return (uint)(codePoint - 'a') <= 'z' - 'a' || (uint)(codePoint - '0') <= 9 || (uint)(codePoint - 'A') <= 'Z' - 'A';
        if (!Rune.IsValid(codePoint)) return false;
        return Rune.GetUnicodeCategory(new Rune(codePoint)) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    /// <summary>Code point at <paramref name="index"/>; lone surrogates come back as themselves (never CJK/ALNUM).</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        length = 1;
        return c;
    }

    /// <summary>Places where cutting the text can never split a word: whitespace and punctuation.</summary>
    public static bool IsSafeCut(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c);
}
