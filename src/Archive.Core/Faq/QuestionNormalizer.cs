using System.Text;
using Archive.Analysis;

namespace Archive.Faq;

/// <summary>
/// A buyer message made ready for grouping. <see cref="Key"/> is the wording with everything that does not change
/// the question taken out (greetings, fillers, particles, punctuation, emoji, item names, order ids, places) and
/// synonyms folded onto one word, tokens separated by spaces ("#" = a number, "@" = a place, "色" = an option: colour, flavour, size).
/// <see cref="Display"/> is the message as a manager should read it: simplified, masks and personal data out,
/// leading greetings off. <see cref="HasQuestionMark"/> is also set by an A-not-A form (包不包邮). <see cref="SubjectWeight"/> says how much of the key names a subject rather than only asks:
/// a folded shop word (包邮, 退款) counts 2, any other character or word 1; the asking words (能, 有, 什么, 何时, …) 0.
/// </summary>
public sealed record NormalizedQuestion(string Key, string Display, int SubjectWeight, bool HasQuestionMark);

/// <summary>
/// Turns a buyer message into a <see cref="NormalizedQuestion"/>. Text goes through
/// <see cref="TextNormalizer.Normalize"/> first (traditional → simplified, full → half width, lowercase).
/// Keeps scratch buffers: one instance per thread.
/// </summary>
public sealed class QuestionNormalizer
{
    private const int MaxItemNameTokens = 6;


    private static readonly string[] GreetingPrefixes =
        ["亲爱的", "亲亲", "亲", "你好呀", "你好", "您好", "在吗", "在不在", "请问一下", "请问", "老板", "掌柜的", "客服", "hi", "hello", "哈喽",
         "问一下", "问下", "再问一下", "对了", "还有个问题", "另外", "嗯", "那个"];

    private static readonly string[] CharStrings = new string[0x10000];

    private readonly LexiconScanner _lexicon = LexiconScanner.Default;
    private readonly List<string> _tokens = new(32);
    private readonly List<bool> _itemish = new(32);
    private readonly List<bool> _concept = new(32);
    private readonly StringBuilder _display = new(128);
    private readonly StringBuilder _key = new(64);

    public NormalizedQuestion Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text).AsSpan();
        _tokens.Clear();
        _itemish.Clear();
        _concept.Clear();
        _display.Clear();
        var segmentStart = 0;   // tokens before this index belong to an earlier segment
        var questionMark = false;
        for (var i = 0; i < normalized.Length;)
        {
            var c = normalized[i];
            if (ChatMasks.Match(normalized, i, out var mask) is > 0 and var maskLength)
            {
                if (mask == MaskKind.Number) { Emit("#", true); _display.Append('#'); }
                else segmentStart = _tokens.Count;
                i += maskLength;
                continue;
            }
            if (Boilerplate(normalized, i) is > 0 and var labelLength)
            {
                segmentStart = _tokens.Count;
                i += labelLength;
                continue;
            }
            if (ChatMasks.MatchLongNumber(normalized, i) is > 0 and var numberLength)
            {
                segmentStart = _tokens.Count;
                i += numberLength;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < normalized.Length && (char.IsAsciiDigit(normalized[end]) || normalized[end] == '.')) end++;
                Emit("#", true);
                _display.Append(normalized[i..end]);
                i = end;
                continue;
            }
            var wordLength = _lexicon.Match(normalized, i, out var entry);
            // An A-not-A question (包不包邮, 有没有货, 包邮不包邮) asks like 吗: the key keeps one A, the display all.
            if (wordLength < 3 && AskingRepeat(normalized, i) is > 0 and var repeat)
            {
                questionMark = true;
                _display.Append(normalized.Slice(i, repeat));
                i += repeat;
                continue;
            }
            if (wordLength > 0)
            {
                AddWord(entry, ref segmentStart);
                _display.Append(normalized.Slice(i, wordLength));
                i += wordLength;
                continue;
            }
            if (char.IsAsciiLetter(c))
            {
                var end = i;
                while (end < normalized.Length && char.IsAsciiLetter(normalized[end])) end++;
                var word = normalized[i..end];
                Emit(IsSizeLetter(word) ? "#" : word.ToString(), true);
                _display.Append(word);
                i = end;
                continue;
            }
            if (CjkChars(c))
            {
                // A question tag at the end of a sentence (包邮不, 发货了没, 到了没有) asks like 吗: not part of the key.
                if (c is '不' or '没' && IsTag(normalized, i) is > 0 and var tag)
                {
                    _display.Append(normalized.Slice(i, tag));
                    i += tag;
                    continue;
                }
                // 色 and 味 end an option's name (酒红色, 香辣味): the option slot "色" stands for the name. 卡其色: the
                // option word already stood for it. A 米 after a number is a length (1.8米).
                if (c is '色' or '味')
                {
                    TakeItemName(segmentStart, 2);
                    if (_tokens.Count <= segmentStart || _tokens[^1] != "色") Emit("色", false);
                    _display.Append(c);
                    i++;
                    continue;
                }
                if (c == '米' && _tokens.Count > segmentStart && _tokens[^1] == "#") { _display.Append(c); i++; continue; }
                Emit(CharString(c), FaqLexicon.ItemBoundaries.IndexOf(c) < 0);
                _display.Append(c);
                i++;
                continue;
            }
            // Separators, punctuation, emoji: end a segment; only plain punctuation shows in the display.
            if (c == '?') questionMark = true;
            segmentStart = _tokens.Count;
            if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.ModifierSymbol or System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.Format)
            {
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c)) { if (_display.Length > 0 && _display[^1] != ' ') _display.Append(' '); }
            else _display.Append(c);
            i++;
        }

        _key.Clear();
        var content = 0;
        for (var t = 0; t < _tokens.Count; t++)
        {
            var token = _tokens[t];
            if (_key.Length > 0) _key.Append(' ');
            _key.Append(token);
            if (token == "#" || FaqLexicon.AskingTokens.Contains(token)) continue;
            content += _concept[t] || token is "@" or "色" ? 2 : 1;
        }
        return new NormalizedQuestion(_key.ToString(), CleanDisplay(), content, questionMark);
    }

    private void AddWord(LexiconEntry entry, ref int segmentStart)
    {
        switch (entry.Kind)
        {
            case LexiconKind.Concept:
                // One concept said twice in a row (查下物流到哪了: 在哪 在哪) asks it once.
                if (_tokens.Count > segmentStart && _concept[^1] && _tokens[^1] == entry.Canonical) break;
                Emit(entry.Canonical, false, concept: true);
                break;
            case LexiconKind.Filler:
                break;
            case LexiconKind.Product:
                TakeItemName(segmentStart, MaxItemNameTokens);
                break;
            case LexiconKind.Place:
                Emit("@", false);
                break;
            case LexiconKind.Option:
                // 黑色均码: two options of one item are one slot.
                if (_tokens.Count <= segmentStart || _tokens[^1] != "色") Emit("色", false);
                break;
        }
    }

    /// <summary>An item name is the product noun and the modifier tokens right before it (法式碎花|连衣裙).</summary>
    private void TakeItemName(int segmentStart, int max)
    {
        for (var taken = 0; taken < max && _tokens.Count > segmentStart && _itemish[^1]; taken++)
        {
            _tokens.RemoveAt(_tokens.Count - 1);
            _itemish.RemoveAt(_itemish.Count - 1);
            _concept.RemoveAt(_concept.Count - 1);
        }
    }

    private void Emit(string token, bool itemish, bool concept = false)
    {
        _tokens.Add(token);
        _itemish.Add(itemish);
        _concept.Add(concept);
    }

    /// <summary>An export's label before an id or order card ("咨询订单号:", "顾客通过点击…发送:"), with its value.</summary>
    private static int Boilerplate(ReadOnlySpan<char> text, int start)
    {
        if (text[start] is not ('顾' or '咨' or '订' or '下' or '商' or '运')) return 0;
        var rest = text[start..];
        if (rest.StartsWith("顾客通过点击", StringComparison.Ordinal))
        {
            var end = rest[..Math.Min(rest.Length, 40)].IndexOf("发送:", StringComparison.Ordinal);
            return end < 0 ? 0 : end + 3;
        }
        foreach (var label in FaqLexicon.Boilerplate)
        {
            if (!rest.StartsWith(label, StringComparison.Ordinal)) continue;
            var i = label.Length;
            while (i < rest.Length && rest[i] == ' ') i++;
            if (i < rest.Length && ChatMasks.Match(rest, i, out _) is > 0 and var mask) i += mask;
            else while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '-' or ':')) i++;
            return i;
        }
        return 0;
    }

    private string CleanDisplay()
    {
        var span = _display.ToString().AsSpan().Trim();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            span = span.TrimStart(" ,.!~，。！～、:：;；");
            foreach (var prefix in GreetingPrefixes)
            {
                // Only a whole greeting goes: "亲" but not the "亲" of "亲子装".
                if (!span.StartsWith(prefix, StringComparison.Ordinal) || span.Length == prefix.Length) continue;
                var next = span[prefix.Length];
                if (!(next is ' ' or ',' or '，' or '!' or '！' or '~' or '。' or '.' || prefix is "请问" or "请问一下" or "问一下" or "问下" or "亲")) continue;
                span = span[prefix.Length..];
                stripped = true;
                break;
            }
        }
        return span.TrimEnd(" ,，~、").ToString();
    }

    /// <summary>
    /// Characters to skip at <paramref name="i"/> for an A-not-A form: "X不" of X不X (the next X stays), or "不AB" after
    /// AB in AB不AB. 0 when there is none.
    /// </summary>
    private static int AskingRepeat(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (i + 2 < text.Length && text[i + 1] is '不' or '没' && text[i + 2] == c && CjkChars(c) && c is not ('不' or '没')) return 2;
        if (c is not ('不' or '没')) return 0;
        for (var k = 3; k >= 2; k--)
            if (i >= k && i + k < text.Length && text.Slice(i - k, k).SequenceEqual(text.Slice(i + 1, k))) return 1 + k;
        return 0;
    }

    private static int IsTag(ReadOnlySpan<char> text, int i)
    {
        var length = text[i] == '没' && i + 1 < text.Length && text[i + 1] == '有' ? 2 : 1;
        var end = i + length;
        return i > 0 && CjkChars(text[i - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? length : 0;
    }

    private static bool IsSizeLetter(ReadOnlySpan<char> word) =>
        word is "s" or "m" or "l" or "xs" or "xl" or "xxl" or "xxxl" or "xxs" or "g" or "kg" or "ml" or "cm" or "mm" or "w" or "mah";

    internal static bool CjkChars(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf');

    private static string CharString(char c) => CharStrings[c] ??= c.ToString();
}
