namespace Archive.Promises;

/// <summary>
/// 储蓄卡1-7个工作日，信用卡2-15个工作日，白条…: an answer that lists the refund times of several ways to pay reads out
/// the platform's timetable (docs/promise-labelling.md, step 3), even after 已经价保成功 or 取消成功后退款会原路返回.
/// One way to pay, answering the buyer's (信用卡是1-5个工作日), applies it to this buyer's case and stays a promise,
/// and so does a refund the agent does for the buyer (给您/为您/帮您, 咱们退款).
/// </summary>
internal static class RefundTimetable
{
    // 微信零钱 and 返京东余额 name one way to pay twice; 余额 and 零钱 are left out.
    private static readonly string[] WaysToPay = ["储蓄卡", "信用卡", "白条", "微信", "e卡", "pos", "邮局", "支付宝", "银行卡"];
    private static readonly System.Buffers.SearchValues<string> ShopDoesIt =
        System.Buffers.SearchValues.Create(["给您", "为您", "帮您", "咱们", "我们", "小妹", "妹子"], StringComparison.Ordinal);

    public static void DropRefundsReadOffTheTimetable(ReadOnlySpan<char> text, ReadOnlySpan<Clause> clauses, Span<Verdict> verdicts)
    {
        if (!NamesSeveralWaysToPay(text)) return;
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!verdicts[i].IsPromise || verdicts[i].Type != PromiseType.Refund) continue;
            if (!text[clauses[i].Start..clauses[i].End].ContainsAny(ShopDoesIt)) verdicts[i].IsPromise = false;
        }
    }

    private static bool NamesSeveralWaysToPay(ReadOnlySpan<char> text)
    {
        var named = 0;
        foreach (var way in WaysToPay)
            if (text.Contains(way, StringComparison.Ordinal) && ++named > 1) return true;
        return false;
    }
}
