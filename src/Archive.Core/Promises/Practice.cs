namespace Archive.Promises;

/// <summary>Statements of how the shop works in general, which name a guarantee word without giving this buyer one.</summary>
internal static class Practice
{
    /// <summary>
    /// 从源头保证商品质量, 通过严格质检保证品质: 保证 after a means (从/通过/靠/依靠…) says how quality is ensured — a
    /// practice — rather than a guarantee the buyer can claim (保证正品，假一赔十).
    /// </summary>
    public static bool EnsuredByMeans(ReadOnlySpan<char> text, in Clause clause, in CueToken action)
    {
        if (action.Type != PromiseType.Quality || !text[action.Start..].StartsWith("保证", StringComparison.Ordinal)) return false;
        var before = text[clause.Start..action.Start];
        var from = before.IndexOf('从');
        var means = from >= 0 && (from + 1 == before.Length || before[from + 1] is not ('来' or '未' or '不' or '没'));
        return means || before.Contains("通过", StringComparison.Ordinal)
               || before.Contains("依靠", StringComparison.Ordinal) || before.StartsWith("靠", StringComparison.Ordinal) || before.EndsWith("来", StringComparison.Ordinal);
    }
}
