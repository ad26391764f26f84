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
    /// <summary>Whether the clause holds a token of any of <paramref name="cues"/>.</summary>
    public static bool Has(ReadOnlySpan<CueToken> tokens, in Clause clause, params ReadOnlySpan<Cue> cues)
    {
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
            foreach (var cue in cues)
                if (tokens[k].Cue == cue) return true;
        return false;
    }

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
            // Chat text separates phrases with spaces and writes ranges with ~ (1~3天): both are clause breaks at most.
            var space = char.IsWhiteSpace(c) && c is not ('\n' or '\r');
            var sentenceBreak = i == text.Length || (PromiseText.IsSentenceBreak(c) && !InRange(text, i));
            if (!sentenceBreak && !PromiseText.IsClauseBreak(c) && !(space && !InsideAscii(text, i))) continue;
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
        if (before < 0 || after >= text.Length) return false;
        var b = text[before];
        var a = text[after];
        // SF 123 stays one word; so does "[数字x] 个工作日", a number and its unit.
        return char.IsAsciiLetterOrDigit(b) && char.IsAsciiLetterOrDigit(a) || (char.IsAsciiDigit(b) || b == ']') && IsUnit(a);
    }

    private static bool IsUnit(char c) => c is '个' or '天' or '小' or '分' or '元' or '块' or '号' or '日' or '月' or '周' or '工' or '点' or 'h';

    private static bool InRange(ReadOnlySpan<char> text, int i) =>
        text[i] is '~' or '～' && i > 0 && i + 1 < text.Length && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == ']') && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '[');

    /// <summary>Whether the clause asks something: a tag (可以吗, 要不要, 是否), a question mark, or a final 吗/么/嘛.</summary>
    /// <summary>请问是这个商品吗: the agent pasted a product title to confirm it; 包换 or 保修 in the title is not a promise.</summary>
    public static bool ConfirmsProduct(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        var span = text[clause.Start..clause.End];
        return IsQuestion(text, tokens, clause) && span.Contains("商品", StringComparison.Ordinal) && span.Contains('这');
    }

    public static bool IsQuestion(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (clause.Terminator is '?' or '？' || Has(tokens, clause, Cue.QuestionTag)) return true;
        // 还是小妹帮您申请退费呢: the second half of an either-or question.
        var whole = text[clause.Start..clause.End].Trim(' ');
        if (whole.EndsWith('呢') && whole.TrimStart('亲').StartsWith("还是")) return true;
        var end = clause.End - 1;
        while (end > clause.Start && (CueScanner.IsParticleOrBreak(text[end]) && text[end] is not '了' || text[end] == ' ')) end--;
        if (end < clause.Start) return false;
        return text[end] is '吗' or '嘛' || (text[end] == '么' && (end == clause.Start || text[end - 1] is not ('什' or '怎' or '那' or '这' or '多')));
    }

    public enum Consent { None, Phrase, Sentence }

    /// <summary>
    /// Whether the clause asks consent (可以吗, 好吗, 行不行, 同意吗) for what was proposed around it: without an action of
    /// its own (您看可以吗) it can stand for the whole proposal; with one (原地址寄出可以吗) only for its phrase; asking the
    /// buyer to act (您先提供一下…可以吗) it offers nothing.
    /// </summary>
    public static Consent ConsentScope(ReadOnlySpan<char> text, ReadOnlySpan<CueToken> tokens, in Clause clause)
    {
        if (!IsQuestion(text, tokens, clause)) return Consent.None;
        bool action = false, consent = false, buyer = false;
        for (var k = clause.TokenStart; k < clause.TokenEnd; k++)
        {
            action |= tokens[k].Cue == Cue.Action && (tokens[k].Flags & CueFlags.Approval) == 0;
            consent |= tokens[k].Cue == Cue.QuestionTag && tokens[k].Weight == 1;
            buyer |= tokens[k].Cue == Cue.BuyerSubject;
        }

        if (!consent || (buyer && clause.End - clause.Start > 6)) return Consent.None; // 您同意吗 still asks consent
        return action ? Consent.Phrase : Consent.Sentence;
    }
}
