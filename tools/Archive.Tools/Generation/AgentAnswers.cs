namespace Archive.Tools.Generation;

/// <summary>Agents' plain, informative answers per intent: no commitment, so no promise label.</summary>
internal static class AgentAnswers
{
    public static readonly Template[] Value = Templates.Of(
        "亲，这款是我们店的爆款，用料和做工都很扎实的", "这个价位来说性价比很高的，回购率很高哦", "亲，一分钱一分货，我们家用的都是好料子",
        "两款主要是材质不一样，贵的那款更耐用一些", "这款卖了十几万件了，评价您可以看一下", "现在活动价很划算的，比平时便宜不少",
        "亲，推荐您看看{item}，现在卖得最好", "您可以对比一下买家秀，都是真实评价哦");

    public static readonly Template[] Stock = Templates.Of(
        "亲，{color}{size}现在有现货的", "页面能拍就是有货的哦", "{color}暂时断货了，预计{days}天左右补货",
        "这款是预售的，付款后{days}天内发出", "亲，库存不多了，喜欢的话尽快拍哦", "{size}目前没有了，其他规格还有",
        "现货充足，放心拍", "这款已经下架了，可以看看同款新品");

    public static readonly Template[] ShippingFee = Templates.Of(
        "亲，我们全国大部分地区包邮的", "偏远地区需要补邮费哦，新疆西藏不包邮", "默认发{express}，顺丰需要补差价",
        "满99包邮的亲", "发{city}是包邮的哦", "可以发邮政，但是会慢一点", "运费险是买家自己勾选的哦", "拍两件的话运费只收一份");

    public static readonly Template[] Discount = Templates.Of(
        "亲，店铺首页可以领券，满200减20", "现在有满减活动，满两件打九折", "优惠券不能叠加使用的哦",
        "会员下单有九五折，入会就可以", "活动截止到本月底", "收藏加购可以领5元券哦", "直播间的价格是直播专享的呢",
        "领券后下单会自动抵扣的");

    public static readonly Template[] Bargain = Templates.Of(
        "亲，已经是活动价了，利润很薄了呢", "我们是明码标价的哦", "这个价格真的很实在了，品质有保证",
        "买{n}件的话可以参加满减", "小本生意，真的让不了了", "最低就是页面价了亲");

    public static readonly Template[] OrderPayment = Templates.Of(
        "亲，拍下后30分钟内付款就可以", "支持花呗分期的哦", "地址改好了，您核对一下", "可以的，已经帮您备注了",
        "付款失败的话可以换个支付方式试试", "订单还没发货，可以改地址的", "我们这边不支持货到付款哦",
        "代付的话在付款页面选找朋友帮忙付就行");

    public static readonly Template[] Logistics = Templates.Of(
        "亲，现在订单比较多，都是按付款顺序发的", "已经发货了，单号可以在订单详情里看到", "正常{days}天左右能到{city}",
        "物流显示已经到{city}了，今天应该能派送", "快递这两天件多，可能会慢一点", "已经在派送了，请保持电话畅通",
        "周末也正常发货的哦", "亲，显示已签收，您看下是不是放在驿站了");

    public static readonly Template[] ReturnExchange = Templates.Of(
        "亲，支持七天无理由退换的", "在订单里点申请退货就可以", "退货地址会在同意退货后显示", "不影响二次销售的都可以退哦",
        "有运费险的话退货运费会自动理赔", "换货的话需要先退回再重新拍", "退款会原路退回的");

    public static readonly Template[] Invoice = Templates.Of(
        "可以开电子发票的", "在订单详情页点申请开票就可以", "专票需要提供公司的开票信息哦", "发票内容默认是商品明细",
        "电子发票开好后在订单里可以下载", "开票不加税点的亲");

    public static readonly Template[] AfterSales = Templates.Of(
        "亲，麻烦拍一下照片给我们看看", "非常抱歉给您带来不便，我们马上处理", "这边给您转接售后专员处理",
        "麻烦提供一下订单号和问题视频", "保修期是一年的，从签收日算起", "售后问题都可以找我们在线客服");

    public static readonly Template[] Quality = Templates.Of(
        "亲，我们家都是正品，支持专柜验货", "有质检报告的，详情页最下面可以看到", "正常使用不会掉色的",
        "做工很好的，可以放心", "新品都是全新未拆封的", "材质详情页都有写，您可以看一下");

    public static readonly Template[] SizeColor = Templates.Of(
        "亲，参考身高{height}体重{weight}斤的话建议拍{size}", "尺码是标准的，按平时穿的拍就行", "{color}是实拍的，基本没有色差",
        "偏小一码，建议拍大一码", "{color}更百搭一些，卖得也最好", "尺码表在详情页里有，您可以量一下对照",
        "{size}和{size2}价格一样的");

    /// <summary>The apology before an agent makes good on a forgotten promise.</summary>
    public static readonly Template[] PromiseFollowUp = Templates.Of(
        "非常抱歉，我马上帮您查一下", "亲，不好意思，是我们疏忽了", "我这边看一下之前的聊天记录", "抱歉让您久等了");
}
