namespace Archive.Tools.Generation;

/// <summary>Buyer wordings about the product itself: quality, sizes, colours.</summary>
internal static partial class BuyerQuestions
{
    public static readonly Template[] Quality = Templates.Of(
        "是正品吗", "质量怎么样", "保证正品吗，假一赔几", "会掉色吗", "有质检报告吗", "这个{item}耐用吗",
        "会不会起球", "有异味吗", "是新的吗，不会是翻新的吧", "材质是什么", "和专柜的一样吗",
        "质量好不好，别用两天就坏了", "有没有防伪码", "是官方授权的吗", "质量有保障吗",
        "买家秀跟卖家秀差好多，质量真的可以吗", "这个会缩水吗", "做工怎么样", "小孩能用吗，安全吗", "保质期多久",
        "有质量问题包退吗", "上次买的质量一般，这次会好点吗", "是厂家直销吗", "{item}是不是正品啊");

    /// <summary>Only clothing and shoe shops get asked for fit by height and weight.</summary>
    public static readonly Template[] SizeColorApparel = Templates.Of(
        "身高{height}体重{weight}斤穿什么码", "{size}会不会小", "偏大还是偏小", "我平时穿{size}，这个要拍大一码吗",
        "{color}和{color2}哪个好看", "{color}显黑吗", "实物颜色和图片一样吗", "有{size}吗", "腰围二尺一穿哪个码",
        "尺码标准吗", "脚长24.5穿多大", "胖一点穿{size}可以吗", "{color}有色差吗", "尺码表在哪里看",
        "{height}的个子穿着长吗", "帮我推荐一下尺码，{height}cm {weight}斤", "我{weight}斤，{size}能穿吗",
        "{size}和{size2}纠结，选哪个", "{color}好搭配吗", "肩宽多少", "这个码数偏大吗", "男生能穿吗");

    public static readonly Template[] SizeColorGeneric = Templates.Of(
        "{color}和{color2}哪个好看", "实物颜色和图片一样吗", "{color}有色差吗", "{size}和{size2}有什么区别",
        "有{size}的吗", "{color}的好看还是{color2}的好看", "规格怎么选", "{size}够用吗", "{color}耐脏吗",
        "推荐哪个规格", "颜色有几种", "送人的话选什么颜色好", "大小是多少", "这个尺寸有多大，有实物图吗",
        "{color}是哪种颜色，偏深吗", "{size}是最大的吗", "图片上是什么颜色", "有没有{color}的", "哪个颜色卖得最好",
        "{size}和{size2}价格一样吗", "尺寸会不会太小", "想要{color}的，有吗");

    /// <summary>
    /// A returning buyer holding the shop to what an agent said in an earlier conversation, keyed by that promise's
    /// type so the reference matches what was actually promised.
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
