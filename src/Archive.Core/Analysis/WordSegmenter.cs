using ICU4N.Globalization;
using ICU4N.Text;

namespace Archive.Analysis;

/// <summary>
/// Dictionary word segmentation of normalized text: ICU's CJK word break iterator over bounded windows,
/// run on both the simplified text and its traditional rendering (ICU's dictionary knows many words only
/// in one of the two; where they disagree the reading with fewer, longer words wins), then numbers and
/// <see cref="DomainLexicon"/> words are joined. Not thread-safe: one instance per tokenizer.
/// </summary>
internal sealed class WordSegmenter
{
    /// <summary>ICU's dictionary pass gets slower with run length; no window is longer than this.</summary>
    internal const int MaxWindow = 256;

    // UCultureInfo rather than CultureInfo: works under InvariantGlobalization too.
    private static readonly BreakIterator Prototype = BreakIterator.GetWordInstance(new UCultureInfo("zh"));
    private static readonly Lock PrototypeLock = new();

    private readonly BreakIterator _breaker;
    private readonly DomainLexicon _lexicon;
    private readonly char[] _traditionalText = new char[MaxWindow];
    private readonly Segments _simplified = new();
    private readonly Segments _traditional = new();
    private readonly Segments _chosen = new();

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

            SegmentWindow(text, pos, end);
            var usable = _chosen.Count;
            // A forced cut probably sliced the last word; re-segment it with the next window instead.
            if (forced && usable > 1) usable--;
            EmitWords(text, usable, words);
            pos = usable < _chosen.Count ? _chosen.Start(usable) : end;
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

    private void SegmentWindow(char[] text, int start, int end)
    {
        var length = end - start;
        RunIcu(new ReadOnlyMemory<char>(text, start, length), start, _simplified);
        SegmentationForms.ToTraditional(text.AsSpan(start, length), _traditionalText);
        RunIcu(new ReadOnlyMemory<char>(_traditionalText, 0, length), start, _traditional);

        // Walk both readings from one shared boundary to the next and keep the one with fewer pieces there.
        _chosen.Clear();
        int a = 0, b = 0;
        while (a < _simplified.Count && b < _traditional.Count)
        {
            int lastA = a, lastB = b;
            while (_simplified.End(lastA) != _traditional.End(lastB))
            {
                if (_simplified.End(lastA) < _traditional.End(lastB)) lastA++;
                else lastB++;
            }

            if (lastA - a <= lastB - b) _chosen.CopyFrom(_simplified, a, lastA);
            else _chosen.CopyFrom(_traditional, b, lastB);
            a = lastA + 1;
            b = lastB + 1;
        }
    }

    private void RunIcu(ReadOnlyMemory<char> text, int offset, Segments into)
    {
        into.Clear();
        _breaker.SetText(text);
        var from = _breaker.First();
        for (var to = _breaker.Next(); to != BreakIterator.Done; from = to, to = _breaker.Next())
        {
            into.Add(offset + from, offset + to, _breaker.RuleStatus >= BreakIterator.WordNoneLimit);
        }
    }

    private void EmitWords(char[] text, int count, SpanList words)
    {
        var limit = count > 0 ? _chosen.End(count - 1) : 0;
        for (var i = 0; i < count; i++)
        {
            var start = _chosen.Start(i);
            var numberEnd = NumberWords.End(text, start, limit);
            if (numberEnd > 0)
            {
                words.Add(start, numberEnd);
                while (_chosen.End(i) < numberEnd) i++;
                // ICU may have glued the number's tail to the next word (第/三步): keep that word's rest.
                if (_chosen.End(i) > numberEnd && _chosen.IsWord(i)) words.Add(numberEnd, _chosen.End(i));
                continue;
            }

            // Punctuation, whitespace, symbols, emoji: not indexed in the word field.
            if (!_chosen.IsWord(i)) continue;
            var last = LexiconEnd(text, i, count);
            if (last == i) last = Math.Max(last, Math.Max(WordRules.SuffixEnd(text, _chosen, i, count), WordRules.TransliterationEnd(text, _chosen, i, count)));

            var end = _chosen.End(last);
            var split = last == i && !OpensWithOk(text, start, end, i) ? WordRules.ParticleSplit(text.AsSpan(start, end - start)) : -1;
            if (split > 0) words.Add(start, start + split);
            words.Add(split > 0 ? start + split : start, end);
            i = last;
        }
    }

    /// <summary>
    /// 好的 opening what is said is the agent's or buyer's "OK", a word of its own; after another word (质量好的, 很好的)
    /// it is 好 + the particle, as the PKU standard cuts it.
    /// </summary>
    private bool OpensWithOk(char[] text, int start, int end, int segment) =>
        end - start == 2 && text[start] == '好' && text[start + 1] == '的' && (segment == 0 || !_chosen.IsWord(segment - 1));

    /// <summary>Last segment of the longest lexicon word made of whole segments from <paramref name="first"/>.</summary>
    private int LexiconEnd(char[] text, int first, int count)
    {
        var start = _chosen.Start(first);
        var last = first;
        for (var j = first + 1; j < count && _chosen.IsWord(j); j++)
        {
            var length = _chosen.End(j) - start;
            if (length > _lexicon.MaxWordLength) break;
            if (_lexicon.ContainsNormalized(text.AsSpan(start, length))) last = j;
        }

        return last;
    }
}
