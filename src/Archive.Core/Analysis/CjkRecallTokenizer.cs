using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// Tokenizer of the "recall" field. Every CJK character yields its unigram and, when the next character
/// is CJK too, the bigram starting there at the same position; other letter/digit runs are one ALNUM
/// token; a run of separators (whitespace, punctuation, symbols, emoji) yields nothing but widens the
/// next position increment by one, so no bigram and no phrase ever spans a separator.
/// </summary>
public sealed class CjkRecallTokenizer : NormalizingTokenizer
{
    public const string UnigramType = "<UNIGRAM>";
    public const string BigramType = "<BIGRAM>";
    public const string AlnumType = "<ALNUM>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;

    private int _pos;               // next unread index into Text
    private int _pendingBigramEnd;  // > 0: the bigram for the last unigram is still to be emitted
    private int _lastUnigramStart;
    private int _gap;

    public CjkRecallTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        EnsureLoaded();
        var text = Text.AsSpan(0, TextLength);

        if (_pendingBigramEnd > 0)
        {
            Emit(_lastUnigramStart, _pendingBigramEnd, 0, BigramType);
            _pendingBigramEnd = 0;
            return true;
        }

        while (_pos < text.Length)
        {
            var start = _pos;
            var codePoint = CjkChars.CodePointAt(text, start, out var length);
            if (CjkChars.IsCjk(codePoint))
            {
                _pos += length;
                if (_pos < text.Length)
                {
                    var next = CjkChars.CodePointAt(text, _pos, out var nextLength);
                    if (CjkChars.IsCjk(next)) _pendingBigramEnd = _pos + nextLength;
                }

                _lastUnigramStart = start;
                EmitWithGap(start, _pos, UnigramType);
                return true;
            }

            if (CjkChars.IsAlnum(codePoint))
            {
                _pos += length;
                while (_pos < text.Length)
                {
                    var next = CjkChars.CodePointAt(text, _pos, out var nextLength);
                    if (!CjkChars.IsAlnum(next) || CjkChars.IsCjk(next)) break;
                    _pos += nextLength;
                }

                EmitWithGap(start, _pos, AlnumType);
                return true;
            }

            // Separator: any run of them is a single position gap.
            _pos += length;
            _gap = 1;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _pos = _pendingBigramEnd = _lastUnigramStart = _gap = 0;
    }

    private protected override void Analyze()
    {
    }

    private void EmitWithGap(int start, int end, string type)
    {
        Emit(start, end, 1 + _gap, type);
        _gap = 0;
    }

    private void Emit(int start, int end, int positionIncrement, string type)
    {
        _term.CopyBuffer(Text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _positionIncrement.PositionIncrement = positionIncrement;
        _type.Type = type;
    }
}
