using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// Tokenizer of the "word" field: dictionary words (ICU + domain lexicon) of the normalized text,
/// punctuation, whitespace, symbols and emoji dropped. One position per word.
/// </summary>
public sealed class ChineseWordTokenizer : NormalizingTokenizer
{
    public const string WordType = "<WORD>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly WordSegmenter _segmenter;
    private readonly SegmentationCache _cache;
    private readonly SpanList _words = new();
    private int _next;

    internal ChineseWordTokenizer(TextReader input, DomainLexicon lexicon, SegmentationCache cache) : base(input)
    {
        _cache = cache;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _segmenter = new WordSegmenter(lexicon);
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        EnsureLoaded();
        if (_next >= _words.Count) return false;

        var start = _words.Start(_next);
        var end = _words.End(_next);
        _next++;
        _term.CopyBuffer(Text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _positionIncrement.PositionIncrement = 1;
        _type.Type = WordType;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _words.Trim(4096);
        _next = 0;
    }

    private protected override void Analyze()
    {
        var text = Text.AsSpan(0, TextLength);
        if (_cache.TryGet(text, _words)) return;
        _segmenter.Segment(Text, TextLength, _words);
        _cache.Add(text, _words);
    }
}
