namespace Archive.Tools.Generation;

/// <summary>
/// Buyer questions before the purchase: value, stock, shipping fee, discounts, bargaining. Family weights across all
/// topics follow a Zipf-like curve (rank r ≈ 1000 / r^0.8: 1000, 574, 415, 330, 276, 238, 211, 189, 172, 158, 147, …),
/// so the true top ten are separated by at least ~7% from each neighbour while the tail stays long.
/// </summary>
internal static partial class BuyerQuestions
{
    public static readonly QuestionFamily[] Value =
    [
        QuestionFamily.Of("worth_it", 80, "这款{item}值得买吗", "性价比怎么样", "性价比高不高啊", "{item}值不值得买", "这个价格划算吗",
            "说实话值这个价吗", "买这个{item}划算不"),
        QuestionFamily.Of("compare_other_shops", 44, "和别家比你们家{item}有什么优势", "跟别家比哪个好", "别家便宜好多，你们贵在哪",
            "你们家跟官方旗舰店的比哪个好", "和其他店的有什么区别"),
        QuestionFamily.Of("recommend_item", 50, "推荐哪款", "有什么推荐的吗", "你们家卖得最好的是哪款", "哪款最受欢迎",
            "帮我推荐一款{item}", "这个价位推荐哪款"),
    ];

    public static readonly QuestionFamily[] Stock =
    [
        QuestionFamily.Of("in_stock", 276, "还有货吗", "{item}还有货吗", "有现货吗", "有没有货啊", "现在下单有货吗",
            "还有库存吗", "{color}{size}有货吗", "{color}的还有吗", "这个还有吗"),
        QuestionFamily.Of("restock_when", 100, "什么时候补货啊", "啥时候有货", "还会补货吗", "{color}断货了，什么时候补",
            "缺货了什么时候能到货", "{item}什么时候补货", "{size}没货了还会补吗"),
        QuestionFamily.Of("presale_wait", 56, "预售的要等多久", "预售多少天发货", "是现货还是预售", "预售什么时候能发",
            "{item}是预售的吗"),
        QuestionFamily.Of("hold_item", 33, "能帮我留一件吗", "可以先帮我留着吗", "能不能帮我留一件{color}的", "帮我预留一个可以吗"),
    ];

    public static readonly QuestionFamily[] ShippingFee =
    [
        QuestionFamily.Of("free_shipping", 574, "包邮吗", "包不包邮", "能包邮吗", "可以免运费吗", "这个{item}包邮不", "发{city}包邮吗",
            "是包邮的吗", "免邮吗", "包邮不包邮啊"),
        QuestionFamily.Of("courier_choice", 154, "能发顺丰吗", "可以发顺丰吗", "默认发什么快递", "发什么快递", "快递是哪家的",
            "可以指定快递吗", "能发{express}吗", "用的哪个快递"),
        QuestionFamily.Of("shipping_cost", 110, "邮费多少", "运费怎么算的", "运费多少钱", "寄到{city}运费多少钱", "邮费怎么收",
            "要多少运费"),
        QuestionFamily.Of("free_shipping_threshold", 64, "满多少包邮啊", "买两件包邮吗", "满多少钱可以包邮", "买几件能包邮",
            "凑单多少才包邮"),
        QuestionFamily.Of("shipping_insurance", 52, "有运费险吗", "送运费险吗", "带不带运费险", "有没有退货运费险", "运费险有吗"),
    ];

    public static readonly QuestionFamily[] Discount =
    [
        QuestionFamily.Of("any_discount", 330, "有优惠吗", "有什么优惠", "现在有什么活动", "最近有活动吗", "有没有优惠活动",
            "有折扣吗", "{item}有优惠吗", "现在买有优惠没"),
        QuestionFamily.Of("coupon", 118, "有优惠券吗", "有没有优惠券", "店铺券在哪里领", "有券吗", "优惠券怎么领", "有没有新人券"),
        QuestionFamily.Of("coupon_not_working", 68, "领了券怎么用不了", "优惠券用不了", "为什么券不能用", "券怎么没抵扣",
            "领的券下单怎么没减"),
        QuestionFamily.Of("gift", 58, "有赠品吗", "送不送东西", "有小礼物吗", "买了送什么", "有没有赠品"),
        QuestionFamily.Of("member_discount", 42, "会员有折扣吗", "老顾客有优惠吗", "老客户有没有优惠", "会员能打折吗", "回头客有优惠吗"),
        QuestionFamily.Of("promotion_end", 30, "这个活动什么时候结束", "活动到哪天", "优惠到什么时候截止", "活动还有几天"),
    ];

    public static readonly QuestionFamily[] Bargain =
    [
        QuestionFamily.Of("cheaper_please", 224, "能便宜点吗", "便宜点呗", "可以便宜一点吗", "少点吧", "再便宜点", "能不能便宜些",
            "老板便宜点", "太贵了，少点吧"),
        QuestionFamily.Of("lowest_price", 90, "最低多少钱", "最低价多少", "给个最低价", "最便宜多少能卖", "底价多少", "实在价多少"),
        QuestionFamily.Of("bulk_discount", 60, "我买{n}件能打折吗", "多买能便宜吗", "买得多能优惠多少", "批量买有优惠吗", "买两件能便宜点吗"),
        QuestionFamily.Of("round_off", 35, "抹个零吧", "零头去掉吧", "抹零可以吗", "把零头抹了吧"),
    ];
}
