namespace Archive.Promises;

/// <summary>A stretch of text between punctuation, with the cue tokens inside it.</summary>
internal struct Clause
{
    public int Start;
    public int End;
    public int TokenStart;
    public int TokenEnd;
    public int Sentence;
    /// <summary>The character that ended it ('\0' at the end of the text).</summary>
    public char Terminator;

    public readonly bool HasTokens => TokenEnd > TokenStart;
}

internal static class Clauses
{
    /// <summary>Splits at clause and sentence breaks; whitespace ends a sentence unless it sits inside ASCII (SF 123).</summary>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, Span<Clause> clauses)
    {
        var count = 0;
        var sentence = 0;
        var start = 0;
        var token = 0;
        for (var i = 0; i <= text.Length && count < clauses.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            var sentenceBreak = i == text.Length || PromiseText.IsSentenceBreak(c) || (char.IsWhiteSpace(c) && !InsideAscii(text, i));
            if (!sentenceBreak && !PromiseText.IsClauseBreak(c)) continue;
            if (i > start)
            {
                var first = token;
                while (token < tokens.Length && tokens[token].Start < i) token++;
                clauses[count++] = new Clause { Start = start, End = i, TokenStart = first, TokenEnd = token, Sentence = sentence, Terminator = c };
            }
            else if (count > 0 && sentenceBreak && clauses[count - 1].Sentence == sentence)
            {
                clauses[count - 1].Terminator = c; // "…吗 ?" – keep the strongest break seen after the clause
            }

            if (sentenceBreak && count > 0 && clauses[count - 1].Sentence == sentence) sentence++;
            start = i + 1;
        }

        return count;
    }

    private static bool InsideAscii(ReadOnlySpan<char> text, int i)
    {
        var before = i - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        var after = i + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return before >= 0 && after < text.Length && char.IsAsciiLetterOrDigit(text[before]) && char.IsAsciiLetterOrDigit(text[after]);
    }

    /// <summary>Whether the clause asks something: a tag (可以吗, 要不要, 是否), a question mark, or a final 吗/么/嘛.</summary>
    public static bool IsQuestion(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (clause.Terminator is '?' or '？') return true;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.QuestionTag) return true;
        var end = clause.End - 1;
        while (end > clause.Start && (CueScanner.IsParticleOrBreak(text[end]) && text[end] is not '了' || text[end] == ' ')) end--;
        if (end < clause.Start) return false;
        return text[end] is '吗' or '嘛' || (text[end] == '么' && (end == clause.Start || text[end - 1] is not ('什' or '怎' or '那' or '这' or '多')));
    }

    /// <summary>A short question with no action of its own (您看可以吗, 行不行): it turns its whole sentence into an offer.</summary>
    public static bool IsBareTag(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (clause.End - clause.Start > 8 || !IsQuestion(text, tokens, clause)) return false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            if (tokens[k].Cue == Cue.Action && (tokens[k].Flags & CueFlags.Approval) == 0) return false;
        return true;
    }
}
