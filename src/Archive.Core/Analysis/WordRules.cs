namespace Archive.Analysis;

/// <summary>
/// Joins two kinds of word ICU's dictionary misses: derivations with a productive suffix (全球化, 战略性, 检察院, 化妆品,
/// 合格率) and transliterated names, which ICU leaves as runs of single characters (克/林/顿, 阿/迪/达/斯).
/// </summary>
internal static class WordRules
{
    // Characters that make adjectives/nouns out of a preceding word and almost never stand alone.
    private const string Suffixes = "化性率者式型院员业界权度感观品";

    // Characters of the standard foreign-name transliteration table, minus those that are common
    // words on their own (多, 于, 因, 比, 加, 东, 西, 南, 安, 金 ...), which would join ordinary text.
    private const string TransliterationChars =
        "阿埃艾奥巴拜班邦贝彼宾波伯博布查达戴丹德迪蒂顿杜厄恩尔菲芬费弗福盖冈戈格古哈赫亨霍基吉贾杰" +
        "卡凯坎柯科克肯库夸奎拉莱赖兰朗劳勒雷里莉丽林琳隆卢鲁伦罗洛迈麦曼梅蒙米莫姆穆纳奈涅纽努诺欧" +
        "帕潘佩皮普齐奇乔切琴萨塞桑瑟森莎舍什斯苏索塔泰坦汤特提托瓦威韦维温沃乌伍希锡夏谢辛休雅亚" +
        "耶伊尤约泽扎詹兹佐";

    /// <summary>
    /// Where to split a dictionary word that glues the particle 的 onto a neighbour (新的, 中的, 的是): -1 when
    /// the word is lexicalized (目的, 有的, 的确) or has no 的 at an edge.
    /// </summary>
    public static int ParticleSplit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return -1;
        if (word[^1] == '的' && !LexicalizedDe.Contains(word[^2])) return word.Length - 1;
        if (word[0] == '的' && word.Length == 2 && word[1] is not ('确' or '话' or '士')) return 1;
        return -1;
    }

    // 目的, 有的, 别的, 似的, 是的, 真的, 标的, 面的, 打的: words in their own right, not X + particle.
    private const string LexicalizedDe = "目有别似是真标面打";

    /// <summary>Index of the last segment of a suffix derivation starting at <paramref name="first"/>, or -1.</summary>
    public static int SuffixEnd(char[] text, Segments segments, int first, int count)
    {
        var next = first + 1;
        if (next >= count || !segments.IsWord(next) || segments.End(first) - segments.Start(first) < 2) return -1;
        if (segments.End(next) - segments.Start(next) != 1 || !Suffixes.Contains(text[segments.Start(next)])) return -1;
        return CjkChars.IsCjk(text[segments.Start(first)]) ? next : -1;
    }

    /// <summary>Index of the last segment of a transliterated name starting at <paramref name="first"/>, or -1.</summary>
    public static int TransliterationEnd(char[] text, Segments segments, int first, int count)
    {
        var last = first - 1;
        var singles = 0;
        for (var j = first; j < count && segments.IsWord(j); j++)
        {
            var length = segments.End(j) - segments.Start(j);
            if (length > 2 || !AllTransliteration(text.AsSpan(segments.Start(j), length))) break;
            if (length == 1) singles++;
            last = j;
        }

        // Needs an ICU-unknown piece (a single char) and more than one segment to be worth joining.
        return last > first && singles > 0 ? last : -1;
    }

    private static bool AllTransliteration(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!TransliterationChars.Contains(c)) return false;
        }

        return true;
    }
}
