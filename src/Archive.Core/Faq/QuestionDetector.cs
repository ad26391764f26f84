namespace Archive.Faq;

/// <summary>
/// Decides whether a buyer message asks something the shop can answer: a question mark, a question particle at the
/// end (吗/么/呢/不/没), an interrogative (怎么, 多少, 什么时候, 能不能, 有没有, …) or a request that is a question in
/// effect (帮我改下地址, 我要退款, 便宜点吧). Greetings, thanks, confirmations, small talk, bare order numbers and
/// messages whose key names no subject (你是机器人吗, 好了吗) are not questions. A message of several sentences
/// (buyers often send "你好 我买了个电视 请问价保多少天" at once) is judged sentence by sentence, and
/// <see cref="FindQuestions"/> returns the sentences that ask. Thread-safe.
/// </summary>
public static class QuestionDetector
{
    private static readonly HashSet<string> NotQuestions = new(FaqLexicon.NotQuestions, StringComparer.Ordinal);

    private static readonly string[] Interrogatives =
    [
        "怎么", "怎样", "怎莫", "如何", "为什么", "为啥", "什么", "神马", "啥", "多少", "多小", "哪", "多久", "多长", "多大", "多高",
        "多重", "能不能", "可不可以", "有没有", "有木有", "是不是", "会不会", "要不要", "行不行", "好不好", "对不对", "能否", "是否",
        "可否", "咋", "几天", "几个", "几件", "几号", "几点", "几码", "几块", "几种", "几时", "几斤", "几年", "几次", "几折", "有无",
    ];

    /// <summary>Particles that make a sentence a question when they end it (after trailing 啊/呀/哈 and punctuation).</summary>
    private const string FinalParticles = "吗嘛么呢不没否吧";

    private const string SoftEndings = "啊呀哈哦喔呐嘞哇呗~ ";

    private static readonly string[] RequestLeads = ["帮我", "帮忙", "麻烦", "请帮", "请给", "给我", "我想", "我要", "想要", "能给", "可以给", "希望"];

    private static readonly string[] RequestActions =
    [
        "改", "退", "换", "取消", "开", "查", "申请", "备注", "发", "寄", "补", "催", "处理", "便宜", "优惠", "留", "推荐", "看看",
        "核实", "确认", "登记", "安排", "加急", "拦截", "赔", "修", "返", "合并",
    ];

    private static readonly string[] BareRequests = ["便宜点", "少点", "抹零", "抹个零", "催一下", "快点发", "加急", "转售后", "退款", "退货", "换货", "改地址", "改价"];

    /// <summary>At most this many questions are taken from one message.</summary>
    public const int MaxQuestionsPerMessage = 3;

    private const string SentenceEnds = "?!。！？;；\n";

    [ThreadStatic] private static QuestionNormalizer? _normalizer;

    /// <summary>Whether <paramref name="text"/> (raw buyer text) asks anything.</summary>
    public static bool IsQuestion(string text) => FindQuestions(text, _normalizer ??= new QuestionNormalizer()).Count > 0;

    /// <summary>The sentences of a raw buyer message that are questions, normalized, in order (at most three).</summary>
    public static IReadOnlyList<NormalizedQuestion> FindQuestions(string text, QuestionNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(normalizer);
        var whole = normalizer.Normalize(text);
        if (whole.SubjectWeight < 2) return [];
        var sentences = Sentences(text);
        if (sentences.Count == 1) return IsQuestion(whole) ? [whole] : [];
        var found = new List<NormalizedQuestion>(2);
        foreach (var sentence in sentences)
        {
            var question = normalizer.Normalize(sentence);
            if (!IsQuestion(question)) continue;
            found.Add(question);
            if (found.Count == MaxQuestionsPerMessage) break;
        }
        return found;
    }

    /// <summary>Sentence ends and whitespace between words split; brackets (masks, order cards) never do.</summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>(1);
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '[' or '【') depth++;
            else if (c is ']' or '】' && depth > 0) depth--;
            if (depth > 0) continue;
            var end = SentenceEnds.Contains(c) ? i + 1 : char.IsWhiteSpace(c) ? i : -1;
            if (end < 0) continue;
            if (end > start && !IsBlank(text.AsSpan(start, end - start))) sentences.Add(text[start..end]);
            start = i + 1;
        }
        if (start == 0) return [text];
        if (start < text.Length && !IsBlank(text.AsSpan(start))) sentences.Add(text[start..]);
        return sentences;
    }

    private static bool IsBlank(ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>Whether one normalized sentence asks something.</summary>
    public static bool IsQuestion(NormalizedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.SubjectWeight < 2 || question.Display.Length == 0) return false;
        var compact = Compact(question.Display);
        if (compact.Length == 0 || NotQuestions.Contains(compact) || IsSymbolsOnly(compact)) return false;
        if (question.HasQuestionMark) return true;
        if (EndsWithParticle(compact)) return true;
        foreach (var word in Interrogatives) if (compact.Contains(word, StringComparison.Ordinal)) return true;
        foreach (var word in BareRequests) if (compact.Contains(word, StringComparison.Ordinal)) return true;
        // 查一下我的快递 names no asking word but folds to 在哪: a request to check the parcel asks where it is.
        if (HasToken(question.Key, "在哪")) return true;
        foreach (var lead in RequestLeads)
        {
            var at = compact.IndexOf(lead, StringComparison.Ordinal);
            if (at < 0) continue;
            var rest = compact.AsSpan(at + lead.Length);
            foreach (var action in RequestActions) if (rest.Contains(action, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool HasToken(string key, string token)
    {
        for (var at = key.IndexOf(token, StringComparison.Ordinal); at >= 0; at = key.IndexOf(token, at + 1, StringComparison.Ordinal))
            if ((at == 0 || key[at - 1] == ' ') && (at + token.Length == key.Length || key[at + token.Length] == ' ')) return true;
        return false;
    }

    private static bool EndsWithParticle(string compact)
    {
        var end = compact.Length;
        while (end > 1 && SoftEndings.Contains(compact[end - 1])) end--;
        return end > 1 && FinalParticles.Contains(compact[end - 1]);
    }

    private static string Compact(string display)
    {
        Span<char> buffer = display.Length <= 256 ? stackalloc char[display.Length] : new char[display.Length];
        var n = 0;
        foreach (var c in display)
            if (char.IsLetterOrDigit(c) || c == '#') buffer[n++] = c;
        return n == display.Length ? display : new string(buffer[..n]);
    }

    /// <summary>Only digits, number slots and Latin letters: an order number or a code pasted alone.</summary>
    private static bool IsSymbolsOnly(string compact)
    {
        foreach (var c in compact) if (QuestionNormalizer.CjkChars(c)) return false;
        return !NotQuestions.Contains(compact);
    }
}
