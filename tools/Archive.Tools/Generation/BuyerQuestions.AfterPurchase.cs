namespace Archive.Tools.Generation;

/// <summary>Buyer questions around the order itself: paying, shipping progress, returns, invoices, after-sales.</summary>
internal static partial class BuyerQuestions
{
    public static readonly QuestionFamily[] OrderPayment =
    [
        QuestionFamily.Of("change_address", 105, "能改地址吗", "拍下了能改地址吗", "地址填错了能改吗", "帮我改一下收货地址",
            "怎么修改地址", "拍下了先别发，我改个地址"),
        QuestionFamily.Of("cancel_order", 64, "能取消订单吗", "订单{order}帮我取消", "怎么取消订单", "拍错了想取消", "不想要了能取消吗"),
        QuestionFamily.Of("payment_methods", 58, "能用花呗吗", "可以分期吗", "信用卡能付吗", "支持花呗分期吗", "可以用花呗付款吗"),
        QuestionFamily.Of("change_price", 48, "拍下了，帮我改下价", "能改价吗", "改好价了吗，我去付款", "帮我改一下价格",
            "说好便宜{amount}的，帮我改下价"),
        QuestionFamily.Of("payment_failed", 36, "怎么付款不了", "付款失败了怎么办", "付不了款怎么回事", "支付不成功", "为什么付不了钱"),
        QuestionFamily.Of("order_note", 28, "可以帮我备注一下吗", "能备注吗", "备注写了能看到吗", "帮我备注下"),
    ];

    public static readonly QuestionFamily[] Logistics =
    [
        QuestionFamily.Of("ship_when", 1000, "什么时候发货", "啥时候发货啊", "几时能发货", "多久发货", "下单后多久能发出",
            "一般几天发货", "现在拍什么时候寄出", "{item}什么时候能发", "今天拍了什么时候发"),
        QuestionFamily.Of("arrival_time", 415, "几天能到", "多久能到{city}", "大概什么时候能收到", "寄到{city}要几天",
            "发{express}几天到", "到货要多久", "我在{city}，几天能收到"),
        QuestionFamily.Of("parcel_where", 250, "我的快递到哪了", "包裹到哪里了", "帮我查下物流到哪了", "物流到哪了",
            "订单{order}到哪了", "查一下我的快递", "快递现在到哪儿了"),
        QuestionFamily.Of("urge_shipping", 119, "怎么还没发货", "下单{days}天了还没发", "能催一下发货吗", "怎么还不发货啊",
            "都{days}天了怎么还没发出", "快点发货好吗"),
        QuestionFamily.Of("tracking_stuck", 73, "物流怎么一直不动", "物流信息几天没更新了", "快递好几天没动了", "物流一直没更新怎么回事",
            "显示派送中好久了"),
        QuestionFamily.Of("signed_not_received", 45, "快递显示签收了但是我没收到", "显示已签收，可我没拿到", "没收到货怎么显示签收了",
            "我没签收怎么显示签收了"),
    ];

    public static readonly QuestionFamily[] ReturnExchange =
    [
        QuestionFamily.Of("return_allowed", 172, "可以七天无理由退货吗", "支持七天无理由吗", "不合适能退吗", "能退货吗", "不喜欢可以退吗",
            "包退吗", "能无理由退吗"),
        QuestionFamily.Of("return_how", 100, "退货怎么操作", "怎么申请退货", "我想退货，怎么弄", "退货流程是什么", "怎么退", "退货怎么退"),
        QuestionFamily.Of("exchange", 82, "尺码不合适能换吗", "能换个{size}吗", "可以换货吗", "支持换货吗", "买错了能换吗",
            "能直接换一个吗，不想退"),
        QuestionFamily.Of("refund_when", 78, "已经寄回了，什么时候退款", "退款什么时候到账", "退款多久到", "退款怎么还没到账",
            "钱什么时候退给我"),
        QuestionFamily.Of("return_shipping_fee", 66, "退货运费谁出", "退回去的运费谁承担", "退货邮费谁付", "换货的话运费谁出",
            "退货要我出运费吗"),
        QuestionFamily.Of("return_address", 38, "退货地址是哪里", "寄回地址发我一下", "退货寄到哪", "退回的地址是多少"),
    ];

    public static readonly QuestionFamily[] Invoice =
    [
        QuestionFamily.Of("invoice_available", 92, "能开发票吗", "可以开发票吗", "有发票吗", "开不开发票", "提供发票吗", "能开票吗"),
        QuestionFamily.Of("special_invoice", 42, "能开专票吗", "开增值税专用发票吗", "可以开专票吗，公司报销用", "专票能开吗"),
        QuestionFamily.Of("invoice_when", 38, "发票什么时候开", "发票什么时候能收到", "发票啥时候寄", "什么时候开发票", "发票多久能开好"),
        QuestionFamily.Of("invoice_title", 26, "发票抬头写我们公司可以吗", "抬头能写单位吗", "可以开公司抬头吗", "发票抬头怎么填"),
    ];

    public static readonly QuestionFamily[] AfterSales =
    [
        QuestionFamily.Of("broken_on_arrival", 86, "收到就是坏的", "收到的{item}有破损", "东西坏了怎么办", "包装破了里面也压坏了",
            "到手就坏了", "收到是坏的怎么处理"),
        QuestionFamily.Of("warranty", 76, "保修多久", "质保多久", "保修期多长", "有保修吗", "保修几年", "保修期内免费修吗"),
        QuestionFamily.Of("missing_part", 50, "少发了一个配件", "漏发了赠品", "东西少了一个", "少发了怎么办", "配件没给我"),
        QuestionFamily.Of("wrong_item", 40, "发错货了", "收到的颜色不对，我要的是{color}", "发的不是我要的", "发错颜色了", "发错尺码了"),
        QuestionFamily.Of("repair", 34, "坏了能修吗", "用了{days}天就坏了，能修吗", "可以维修吗", "坏了寄回去修要多久", "怎么申请维修"),
    ];
}
