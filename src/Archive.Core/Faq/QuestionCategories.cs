namespace Archive.Faq;

/// <summary>
/// The categories a question group is filed under. <see cref="FaqQuestion.Category"/> carries the stable key
/// (value, stock, shipping_fee, discount, bargain, return_exchange, quality, order_payment, logistics, invoice,
/// after_sales, other), <see cref="FaqQuestion.CategoryLabel"/> the Chinese label managers read.
/// </summary>
public static class QuestionCategories
{
    public const string Value = "value";
    public const string Stock = "stock";
    public const string ShippingFee = "shipping_fee";
    public const string Discount = "discount";
    public const string Bargain = "bargain";
    public const string ReturnExchange = "return_exchange";
    public const string Quality = "quality";
    public const string OrderPayment = "order_payment";
    public const string Logistics = "logistics";
    public const string Invoice = "invoice";
    public const string AfterSales = "after_sales";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [Value, Stock, ShippingFee, Discount, Bargain, ReturnExchange, Quality, OrderPayment, Logistics, Invoice, AfterSales, Other];

    /// <summary>
    /// Cue words per category, matched on the normalized key (synonyms already folded: 免运费 → 包邮, 退钱 → 退款) and on
    /// the display text. Earlier categories win ties, so the more specific ones come first.
    /// </summary>
    private static readonly (string Key, string Label, string[] Cues)[] Rules =
    [
        (Invoice, "发票", ["发票", "抬头", "税号", "报销"]),
        (AfterSales, "售后/维修", ["维修", "售后", "坏", "少发", "漏发", "发错", "配件", "补发", "赔"]),
        (ReturnExchange, "退换货", ["退货", "换货", "退款", "无理由", "运费险", "寄回"]),
        (Bargain, "还价", ["便宜", "还价", "最低", "实在价", "批发价", "商量", "让利"]),
        (Discount, "优惠/活动", ["优惠", "券", "赠品", "会员", "折", "双十一", "618", "淘金币", "半价", "直播间"]),
        (ShippingFee, "邮费/快递", ["包邮", "邮费", "快递"]),
        (Logistics, "物流进度", ["发货", "到货", "物流", "催", "签收", "派送", "到哪"]),
        (Stock, "有没有货/库存", ["有货", "缺货", "预售", "补货", "上新"]),
        (Quality, "质量", ["质量", "正品", "掉色", "起球", "异味", "缩水", "保质期", "翻新", "耐用", "安全", "授权", "专柜"]),
        (OrderPayment, "拍下/付款", ["下单", "付款", "修改", "地址", "备注", "取消", "待付款"]),
        (Value, "性价比", ["性价比", "值", "划算", "价格", "贵", "优势", "实惠", "后悔", "推荐"]),
    ];

    public static string Label(string key)
    {
        foreach (var rule in Rules) if (rule.Key == key) return rule.Label;
        return key == Other ? "其他" : throw new ArgumentException($"unknown category '{key}'", nameof(key));
    }

    public static bool IsKnown(string key) => key == Other || Array.Exists(Rules, r => r.Key == key);

    /// <summary>The category whose cues occur most often in the key and display; <see cref="Other"/> when none.</summary>
    public static string Classify(string key, string display)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(display);
        var best = Other;
        var bestHits = 0;
        foreach (var (category, _, cues) in Rules)
        {
            var hits = 0;
            foreach (var cue in cues)
                if (key.Contains(cue, StringComparison.Ordinal) || display.Contains(cue, StringComparison.Ordinal)) hits++;
            if (hits > bestHits) (best, bestHits) = (category, hits);
        }
        return best;
    }
}
