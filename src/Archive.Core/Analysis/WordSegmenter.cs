using System.Globalization;
using ICU4N.Text;

namespace Archive.Analysis;

/// <summary>
/// Dictionary word segmentation of normalized text: ICU's CJK word break iterator, fed bounded windows,
/// with adjacent ICU words joined when they form a <see cref="DomainLexicon"/> word.
/// Not thread-safe: one instance per tokenizer.
/// </summary>
internal sealed class WordSegmenter
{
    /// <summary>ICU's dictionary pass gets slower with run length; no window is longer than this.</summary>
    internal const int MaxWindow = 256;

    private static readonly BreakIterator Prototype = BreakIterator.GetWordInstance(new CultureInfo("zh"));
    private static readonly Lock PrototypeLock = new();

    private readonly BreakIterator _breaker;
    private readonly DomainLexicon _lexicon;
    private readonly SpanList _icu = new();
    private int[] _icuStatus = new int[64];
    private readonly char[] _icuText = new char[MaxWindow];

    public WordSegmenter(DomainLexicon lexicon)
    {
        _lexicon = lexicon;
        lock (PrototypeLock) _breaker = (BreakIterator)Prototype.Clone();
    }

    /// <summary>Appends word spans of <paramref name="text"/>[0..length) to <paramref name="words"/>; non-words are skipped.</summary>
    public void Segment(char[] text, int length, SpanList words)
    {
        var pos = 0;
        while (pos < length)
        {
            var end = length;
            var forced = false;
            if (length - pos > MaxWindow)
            {
                end = FindCut(text, pos, pos + MaxWindow);
                forced = end < 0;
                if (forced)
                {
                    end = pos + MaxWindow;
                    if (char.IsLowSurrogate(text[end])) end--;
                }
            }

            RunIcu(text, pos, end);
            var usable = _icu.Count;
            // A forced cut probably sliced the last word; re-segment it with the next window instead.
            if (forced && usable > 1) usable--;
            EmitWords(text, usable, words);
            pos = usable < _icu.Count ? _icu.Start(usable) : end;
        }
    }

    private static int FindCut(char[] text, int from, int limit)
    {
        for (var i = limit - 1; i > from + MaxWindow / 2; i--)
        {
            if (CjkChars.IsSafeCut(text[i])) return i + 1;
        }

        return -1;
    }

    private void RunIcu(char[] text, int start, int end)
    {
        _icu.Clear();
        SegmentationForms.ToTraditional(text.AsSpan(start, end - start), _icuText);
        _breaker.SetText(new ReadOnlyMemory<char>(_icuText, 0, end - start));
        var from = _breaker.First();
        for (var to = _breaker.Next(); to != BreakIterator.Done; from = to, to = _breaker.Next())
        {
            if (_icu.Count == _icuStatus.Length) Array.Resize(ref _icuStatus, _icuStatus.Length * 2);
            _icuStatus[_icu.Count] = _breaker.RuleStatus;
            _icu.Add(start + from, start + to);
        }
    }

    private void EmitWords(char[] text, int count, SpanList words)
    {
        var maxLength = _lexicon.MaxWordLength;
        for (var i = 0; i < count; i++)
        {
            // Status 0 = punctuation, whitespace, symbols, emoji: not indexed in the word field.
            if (_icuStatus[i] < BreakIterator.WordNoneLimit) continue;

            var start = _icu.Start(i);
            var last = i;
            for (var j = i + 1; j < count && _icuStatus[j] >= BreakIterator.WordNoneLimit; j++)
            {
                var spanLength = _icu.End(j) - start;
                if (spanLength > maxLength) break;
                if (_lexicon.ContainsNormalized(text.AsSpan(start, spanLength))) last = j;
            }

            words.Add(start, _icu.End(last));
            i = last;
        }
    }
}
