namespace Archive.Evidence;

/// <summary>
/// The words the human renderings use for the bundle's wire values: Chinese first (the readers are Chinese shop
/// staff and platform arbitrators), the wire value after it so a reader can match the page to the JSON.
/// An unknown value is shown as it is rather than dropped: a newer archive may add types.
/// </summary>
internal static class EvidenceLabels
{
    public static string Sender(string sender) => sender switch
    {
        "buyer" => "买家",
        "agent" => "客服",
        "auto" => "自动回复",
        "system" => "系统",
        _ => sender,
    };

    public static string PromiseType(string type) => type switch
    {
        "shipping" => "发货",
        "free_shipping" => "包邮",
        "gift" => "赠品",
        "discount" => "优惠",
        "refund" => "退款",
        "return_exchange" => "退换货",
        "compensation" => "补偿",
        "follow_up" => "跟进回复",
        "invoice" => "发票",
        "quality" => "质量保证",
        "other" => "其他",
        _ => type,
    };

    public static string PromiseStatus(string status) => status switch
    {
        "open" => "待履行",
        "due_soon" => "即将到期",
        "overdue" => "已逾期",
        "fulfilled" => "已履行",
        "unknown" => "无法判断",
        "claimed" => "买家所称",
        _ => status,
    };

    public static string PromiseKind(string kind) => kind switch
    {
        "shop" => "店铺承诺",
        "claim" => "买家声称",
        _ => kind,
    };

    public static string SourceKind(string kind) => kind switch
    {
        "api" => "接口批次",
        "inbox" => "归档文件",
        _ => kind,
    };

    /// <summary>One promise in plain wire words (the CSV cell): <c>gift open due 2024-03-02T23:59:59+08:00</c>, a claim prefixed <c>claim:</c>.</summary>
    public static string PromiseWire(EvidencePromise p)
    {
        var text = (p.Kind == "claim" ? "claim:" : "") + p.Type + " " + p.Status;
        if (p.Amount is not null) text += " amount " + p.Amount;
        if (p.DueBy is not null) text += " due " + p.DueBy;
        return text;
    }

    /// <summary>What the bundle was asked for, in one line (both renderings show it).</summary>
    public static string Scope(EvidenceScope scope)
    {
        var parts = new List<string>();
        if (scope.ConversationId is not null) parts.Add("会话 conversation " + scope.ConversationId);
        if (scope.BuyerId is not null) parts.Add("买家 buyer " + scope.BuyerId);
        if (scope.From is not null || scope.To is not null) parts.Add($"期间 period {scope.From ?? "…"} – {scope.To ?? "…"}");
        if (scope.OrderId is not null) parts.Add("订单 order " + scope.OrderId);
        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    /// <summary>The earliest and latest sentAt of the bundle, compared as instants but shown as sealed (with their own offsets).</summary>
    public static (string First, string Last)? Period(EvidenceBundle bundle)
    {
        var times = bundle.Conversations.SelectMany(c => c.Messages).Select(m => m.SentAt).ToList();
        if (times.Count == 0) return null;
        return (times.MinBy(Timestamps.Parse)!, times.MaxBy(Timestamps.Parse)!);
    }
}
