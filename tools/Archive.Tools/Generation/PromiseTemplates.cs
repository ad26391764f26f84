namespace Archive.Tools.Generation;

/// <summary>The promise labels, as the archive's promise tracker names them.</summary>
public static class PromiseTypes
{
    public const string Shipping = "shipping";
    public const string FreeShipping = "free_shipping";
    public const string Gift = "gift";
    public const string Discount = "discount";
    public const string Refund = "refund";
    public const string ReturnExchange = "return_exchange";
    public const string Compensation = "compensation";
    public const string FollowUp = "follow_up";
    public const string Invoice = "invoice";
    public const string Quality = "quality";

    public static readonly IReadOnlyList<string> All =
        [Shipping, FreeShipping, Gift, Discount, Refund, ReturnExchange, Compensation, FollowUp, Invoice, Quality];
}

/// <summary>
/// Agent sentences that commit the shop to something, and look-alikes that do not (the hard negatives a promise
/// detector must not fire on: holding messages, estimates, questions, refusals).
/// </summary>
internal static class PromiseTemplates
{
    public static Template[] For(string promiseType) => promiseType switch
    {
        PromiseTypes.Shipping => Shipping,
        PromiseTypes.FreeShipping => FreeShipping,
        PromiseTypes.Gift => Gift,
        PromiseTypes.Discount => Discount,
        PromiseTypes.Refund => Refund,
        PromiseTypes.ReturnExchange => ReturnExchange,
        PromiseTypes.Compensation => Compensation,
        PromiseTypes.FollowUp => FollowUp,
        PromiseTypes.Invoice => Invoice,
        PromiseTypes.Quality => Quality,
        _ => throw new ArgumentOutOfRangeException(nameof(promiseType), promiseType, null),
    };

    private static readonly Template[] Shipping = Templates.Of(
        "亲，今天下午4点前给您发出哦", "您放心，{hours}小时内一定给您发货", "明天给您发出，发出后物流信息会同步的",
        "已经给您备注加急了，{date}之前一定发出", "最晚后天给您发货，不会耽误您用的", "我这边催了仓库，今天就给您安排发货",
        "亲，我保证今天之内给您发出去", "这单我们优先处理，{hours}小时内发出");

    private static readonly Template[] FreeShipping = Templates.Of(
        "下次购买给您包邮，直接联系{agent}就行", "这单给您包邮了，您直接拍就可以", "好的亲，邮费我们来出，给您改成包邮",
        "发{city}也给您包邮哦，放心拍", "亲下次来买报我的名字，给您免邮费", "这次运费给您免了，下单后我给您改价");

    private static readonly Template[] Gift = Templates.Of(
        "给您备注送{gift}，随包裹一起发出", "亲拍下后我给您加送一个{gift}", "好的，赠品{gift}会跟{item}一起寄给您",
        "给您多送一份{gift}，感谢支持", "我帮您备注了，会送您{gift}的哦", "下单的话给您额外送{gift}");

    private static readonly Template[] Discount = Templates.Of(
        "给您一张{amount}元无门槛优惠券，下单就能用", "确认收货后给您返现¥{amount}", "拍下后我给您改价便宜{amount}块",
        "好评晒图联系客服，返您{amount}元红包", "亲，给您申请了老顾客价，便宜{amount}元", "我这边给您发个{amount}元的专属券，记得领取哦",
        "好的，给您打九折，拍下先不要付款，我来改价");

    private static readonly Template[] Refund = Templates.Of(
        "差价{amount}元给您退回去，1-3个工作日到账", "已经给您申请退款了，原路退回", "价保期内，退您差价¥{amount}",
        "收到退货后24小时内给您退款", "这边直接给您退{amount}元，马上操作", "您不用寄回了，直接给您全额退款");

    private static readonly Template[] ReturnExchange = Templates.Of(
        "收到退回的商品后给您换新的发出", "运费险会报销退货运费，您放心寄回", "给您换成{size}的，退回的运费我们承担",
        "退回来我们给您换{color}的", "您寄回来，我们收到后第一时间给您换货", "换货的运费我们来出，您放心");

    private static readonly Template[] Compensation = Templates.Of(
        "给您补发一件，今天就发出", "少发的配件给您补发，明天寄出", "实在抱歉，给您补偿{amount}元红包",
        "给您补寄一个新的，旧的不用寄回了", "漏发的{gift}给您补上，随下一单一起发", "已经给您补发了，单号晚点发您");

    private static readonly Template[] FollowUp = Templates.Of(
        "我帮您联系快递，明天给您回电话", "我跟进一下物流，有消息第一时间通知您", "我这边登记了，{date}之前给您答复",
        "我去仓库核实一下，下午给您回复", "我帮您催一下{express}，今天之内给您消息", "到货了我第一时间通知您");

    private static readonly Template[] Invoice = Templates.Of(
        "发票{hours}小时内开好发到您邮箱", "纸质发票会随货一起寄出", "专票给您开好后快递寄过去",
        "确认收货后给您开电子发票，发到您留的邮箱", "好的，给您重开一张，今天发您", "发票抬头我记下了，发货时一起开给您");

    private static readonly Template[] Quality = Templates.Of(
        "质保一年，有问题随时找我们", "三个月内有质量问题包换", "保证正品，假一赔十", "非人为损坏一年内免费维修",
        "有质量问题我们包退包换，来回运费我们出", "放心，质量问题30天包换新");

    /// <summary>
    /// Sound like commitments to a keyword matcher, but only hold, estimate, ask or refuse. Grouped by the question
    /// they answer so that the chat stays coherent.
    /// </summary>
    public static Template[] HardNegativesFor(string intent) => intent switch
    {
        Intents.Logistics => LogisticsNegatives,
        Intents.ShippingFee => ShippingFeeNegatives,
        Intents.Discount or Intents.Value => DiscountNegatives,
        Intents.Bargain or Intents.OrderPayment => BargainNegatives,
        Intents.ReturnExchange or Intents.SizeColor => ReturnNegatives,
        Intents.AfterSales or Intents.Quality => AfterSalesNegatives,
        Intents.Invoice => InvoiceNegatives,
        Intents.PromiseFollowUp => FollowUpNegatives,
        _ => GeneralNegatives,
    };

    /// <summary>What an agent types while looking something up.</summary>
    public static readonly Template[] Holding = Templates.Of("请稍等，我帮您查一下", "亲，稍等哦，正在为您查询", "稍等，我问一下仓库");

    private static readonly Template[] GeneralNegatives = Templates.Of(
        "这个我也不确定，我问一下", "不好意思，这个需要您自己去申请", "仓库那边还没回复，您再等等");

    /// <summary>An agent who cannot (yet) confirm what a colleague promised earlier.</summary>
    private static readonly Template[] FollowUpNegatives = Templates.Of(
        "我这边没查到之前的记录哦", "这个我也不确定，我问一下", "之前是哪位客服跟您说的呢？", "仓库那边还没回复，您再等等");

    private static readonly Template[] LogisticsNegatives = Templates.Of(
        "预计3天到", "一般{days}天左右能到哦，具体以物流为准", "您可以联系快递问一下", "快递的时效我们没法保证哦",
        "发货时间以页面为准", "仓库那边还没回复，您再等等", "预计{date}能到，以实际物流为准");

    private static readonly Template[] ShippingFeeNegatives = Templates.Of(
        "不能包邮哦", "亲，偏远地区不包邮的呢", "顺丰需要补差价的哦", "运费是系统自动算的，我们改不了");

    private static readonly Template[] DiscountNegatives = Templates.Of(
        "活动已经结束了哦", "优惠券是平台发的，我们这边没有", "返现活动已经截止了哦", "这个没有赠品的亲", "赠品送完了，不好意思");

    private static readonly Template[] BargainNegatives = Templates.Of(
        "亲，价格已经是最低了，没办法再便宜了", "我们这边没法改价的亲", "这个没有赠品的亲", "要不要等活动再买呢？");

    private static readonly Template[] ReturnNegatives = Templates.Of(
        "要帮您退款吗?", "需要给您换货吗？", "超过七天就不支持无理由退货了哦", "不好意思，这个需要您自己去申请",
        "您看要不要换个颜色？");

    private static readonly Template[] AfterSalesNegatives = Templates.Of(
        "是否需要帮您申请补发呢？", "人为损坏的不在保修范围哦", "要帮您退款吗?", "需要给您换货吗？", "您可以先拍个照片看看吗？");

    private static readonly Template[] InvoiceNegatives = Templates.Of(
        "发票的话需要您在订单里申请哦", "要不要给您开发票呢？", "专票我们开不了哦");

    /// <summary>Every hard negative, for tests and for callers that want the whole list.</summary>
    public static IEnumerable<Template> AllHardNegatives =>
        GeneralNegatives.Concat(FollowUpNegatives).Concat(LogisticsNegatives).Concat(ShippingFeeNegatives).Concat(DiscountNegatives)
            .Concat(BargainNegatives).Concat(ReturnNegatives).Concat(AfterSalesNegatives).Concat(InvoiceNegatives)
            .Concat(Holding);
}
