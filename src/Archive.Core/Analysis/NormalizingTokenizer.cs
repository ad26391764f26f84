using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Analysis;

/// <summary>
/// Base for the tokenizers here: reads the whole (bounded) input, normalizes it in place with
/// <see cref="TextNormalizer"/> and lets the subclass turn it into tokens. Normalization is
/// char-for-char, so buffer indexes are offsets into the reader's text, corrected via CorrectOffset.
/// </summary>
public abstract class NormalizingTokenizer : Tokenizer
{
    /// <summary>Characters analyzed per field value; the rest is counted for the final offset but not indexed.</summary>
    public const int MaxChars = 64 * 1024;

    private const int InitialBuffer = 512;

    private readonly IOffsetAttribute _offset;
    private char[] _text = new char[InitialBuffer];
    private bool _loaded;

    protected NormalizingTokenizer(TextReader input) : base(input)
    {
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Normalized text; valid after <see cref="EnsureLoaded"/>.</summary>
    private protected char[] Text => _text;

    private protected int TextLength { get; private set; }

    /// <summary>Characters in the input, including any beyond <see cref="MaxChars"/>.</summary>
    private protected int InputLength { get; private set; }

    /// <summary>Called once per document, after the text is loaded and normalized.</summary>
    private protected abstract void Analyze();

    private protected void EnsureLoaded()
    {
        if (_loaded) return;
        _loaded = true;
        ReadInput();
        TextNormalizer.NormalizeInPlace(_text.AsSpan(0, TextLength));
        Analyze();
    }

    public override void Reset()
    {
        base.Reset();
        _loaded = false;
        TextLength = InputLength = 0;
        // Don't let one huge document pin a 128 KB buffer per thread forever.
        if (_text.Length > 8 * InitialBuffer) _text = new char[InitialBuffer];
    }

    public override void End()
    {
        base.End();
        EnsureLoaded(); // a consumer that skipped IncrementToken still gets the right final offset
        var finalOffset = CorrectOffset(InputLength);
        _offset.SetOffset(finalOffset, finalOffset);
    }

    private void ReadInput()
    {
        var length = 0;
        while (true)
        {
            if (length == _text.Length)
            {
                if (length >= MaxChars) break;
                Array.Resize(ref _text, Math.Min(MaxChars, length * 2));
            }

            var read = m_input.Read(_text, length, _text.Length - length);
            if (read <= 0)
            {
                TextLength = InputLength = length;
                return;
            }

            length += read;
        }

        TextLength = length;
        InputLength = length + SkipRest();
    }

    private int SkipRest()
    {
        // char[] overload: Lucene's ReusableStringReader does not implement Read(Span<char>) correctly.
        var scratch = new char[4096];
        var skipped = 0;
        int read;
        while ((read = m_input.Read(scratch, 0, scratch.Length)) > 0) skipped += read;
        return skipped;
    }
}
