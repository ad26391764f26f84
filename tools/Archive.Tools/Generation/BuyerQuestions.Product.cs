namespace Archive.Tools.Generation;

/// <summary>Buyer questions about the product itself: quality, sizes, colours; and follow-ups on earlier promises.</summary>
internal static partial class BuyerQuestions
{
    public static readonly QuestionFamily[] Quality =
    [
        QuestionFamily.Of("authentic", 197, "是正品吗", "保证正品吗", "是不是正品", "正品吗", "是真货吗", "会不会是假货", "{item}是正品吗",
            "是官方正品吗"),
        QuestionFamily.Of("quality_how", 153, "质量怎么样", "质量好不好", "质量咋样", "做工怎么样", "质量可以吗", "质量有保障吗",
            "{item}质量怎么样"),
        QuestionFamily.Of("material", 70, "材质是什么", "什么材质", "什么面料", "是什么材料做的", "{item}是什么材质的"),
        QuestionFamily.Of("fading", 54, "会掉色吗", "掉不掉色", "洗了会不会掉色", "会褪色吗", "{color}的掉色吗"),
        QuestionFamily.Of("pilling", 44, "会起球吗", "起不起球", "容易起球吗", "穿久了会起球吗"),
        QuestionFamily.Of("smell", 39, "有异味吗", "有没有味道", "有味道吗", "会不会有异味", "有甲醛味吗"),
    ];

    private static readonly QuestionFamily ColorDifference = QuestionFamily.Of("color_difference", 70, "实物颜色和图片一样吗", "有色差吗",
        "{color}有色差吗", "实物和图片颜色一样吗", "颜色跟图片差别大吗");

    /// <summary>Clothing and shoe shops get fit questions; the family weights sum as in <see cref="SizeColorGeneric"/>.</summary>
    public static readonly QuestionFamily[] SizeColorApparel =
    [
        QuestionFamily.Of("size_advice", 100, "身高{height}体重{weight}斤穿什么码", "我{weight}斤穿什么码", "帮我推荐一下尺码",
            "{height}cm {weight}斤选哪个码", "穿多大码合适", "我该拍什么码"),
        ColorDifference,
        QuestionFamily.Of("size_runs", 55, "偏大还是偏小", "尺码标准吗", "这个码数偏大吗", "会不会偏小", "尺码正不正", "要拍大一码吗"),
        QuestionFamily.Of("which_color", 45, "{color}和{color2}哪个好看", "哪个颜色好看", "选什么颜色好", "哪个颜色卖得最好"),
    ];

    public static readonly QuestionFamily[] SizeColorGeneric =
    [
        QuestionFamily.Of("spec_choice", 100, "规格怎么选", "推荐哪个规格", "选哪个规格好", "{size}和{size2}选哪个", "买哪个规格合适"),
        ColorDifference,
        QuestionFamily.Of("which_color", 55, "{color}和{color2}哪个好看", "哪个颜色好看", "选什么颜色好", "哪个颜色卖得最好",
            "送人的话选什么颜色好"),
        QuestionFamily.Of("dimensions", 45, "大小是多少", "尺寸多大", "有多大", "具体尺寸是多少", "这个尺寸有多大，有实物图吗"),
    ];

    /// <summary>
    /// A returning buyer holding the shop to what an agent said in an earlier conversation, keyed by that promise's
    /// type so the reference matches what was actually promised; the family key is "followup_" + the type.
    /// </summary>
    public static readonly (string PromiseType, Template[] Wordings)[] PromiseFollowUps =
    [
        (PromiseTypes.Gift, Templates.Of("上次说好送赠品的，怎么没收到", "之前客服说送{gift}，包裹里没有啊", "说好的赠品呢？",
            "上回{agent}答应送我{gift}的，还算数吗")),
        (PromiseTypes.FreeShipping, Templates.Of("上次说这次给我包邮的", "之前{agent}说下次买给我包邮，还算数吗",
            "你们上次答应我下单包邮的，怎么还收了运费")),
        (PromiseTypes.Discount, Templates.Of("上次说给我返现{amount}元，还没到", "说好的优惠券呢，没看到",
            "上次客服答应给我{amount}元券的", "之前说好改价便宜{amount}，怎么没改")),
        (PromiseTypes.Refund, Templates.Of("说好退差价{amount}元，到现在还没退", "上次说退款1-3天到账，现在还没到",
            "之前答应退我{amount}块的呢")),
        (PromiseTypes.Shipping, Templates.Of("上次说48小时内发货，到现在还没发", "你们说明天发出的，怎么还没发",
            "说好今天发货的，物流怎么还是空的")),
        (PromiseTypes.ReturnExchange, Templates.Of("上次说给我换货，新的什么时候寄", "说好收到退货就给我换的，我已经寄回去了")),
        (PromiseTypes.Compensation, Templates.Of("上次说补发的还没收到", "说好给我补发{gift}的，没收到啊",
            "之前说补偿我{amount}元红包，还没给")),
        (PromiseTypes.FollowUp, Templates.Of("上次说帮我跟进快递，怎么没消息了", "说好给我回电话的呢",
            "你们说查到了会告诉我，一直没人回")),
        (PromiseTypes.Invoice, Templates.Of("上次说开发票的，邮箱没收到", "说好的发票什么时候寄", "之前答应给我开专票的")),
        (PromiseTypes.Quality, Templates.Of("之前说质保一年，现在坏了给修吗", "上次说有质量问题包换，现在出问题了")),
    ];
}
