namespace Archive.Tools.Generation;

/// <summary>Everything around the questions: greetings, acknowledgements, chit-chat, auto-replies, system notices.</summary>
internal static class SmallTalk
{
    public static readonly Template[] BuyerGreetings = Templates.Of(
        "在吗", "在吗？", "亲在吗", "你好", "您好", "老板在吗", "hi", "哈喽", "掌柜的在不在", "有人吗", "客服在吗", "亲",
        "你好呀", "在不在", "hello", "请问在吗");

    /// <summary>Glued in front of a first question instead of a separate greeting message.</summary>
    public static readonly string[] QuestionPrefixes =
        ["亲，", "你好，", "您好，", "在吗，", "老板，", "请问", "亲 ", "客服，", "问一下，", "你好 请问"];

    /// <summary>Introduce a second topic in the same chat.</summary>
    public static readonly string[] TopicSwitchPrefixes = ["对了，", "还有，", "另外", "再问一下，", "还有个问题，", "哦对了 "];

    public static readonly Template[] BuyerAcks = Templates.Of(
        "好的", "好的谢谢", "嗯嗯", "哦哦", "知道了", "行吧", "那好吧", "好滴", "谢谢亲", "明白了", "好的我考虑一下",
        "那我先拍了", "好的辛苦了", "OK", "ok谢谢", "收到", "那我等等看", "好吧我再看看", "嗯", "好的，麻烦了", "那行",
        "行，那我下单了", "好的呢");

    public static readonly Template[] BuyerChitChat = Templates.Of(
        "你们客服好辛苦啊", "今天好热啊", "哈哈哈", "你们家东西我一直在买", "朋友推荐来的", "第一次在你们家买",
        "你是机器人吗", "人工客服呢", "转人工", "回复好慢啊", "上次买的{item}挺好的", "等了好久", "你们几点下班啊",
        "我再问问我老公", "我妈让我买的");

    public static readonly Template[] BuyerClosings = Templates.Of(
        "谢谢", "没有了谢谢", "好的拜拜", "谢啦", "好的，谢谢你", "辛苦啦", "好的，先这样", "谢谢客服");

    public static readonly Template[] AgentGreetings = Templates.Of(
        "亲，在的，有什么可以帮您", "您好，我是{agent}，请问有什么可以帮您", "在的亲", "亲，您好，{agent}为您服务",
        "在的，您说", "您好亲，请问有什么需要");

    public static readonly Template[] AgentClosings = Templates.Of(
        "不客气的亲，祝您购物愉快～", "亲还有其他问题吗", "感谢您的支持，有问题随时联系{agent}哦", "亲，满意的话记得给个五星好评哦",
        "不客气，有需要再找我", "应该的亲，祝您生活愉快", "好的亲，有问题随时联系");

    public static readonly Template[] AgentChitChat = Templates.Of(
        "哈哈，是的呢", "不辛苦的亲", "亲，这边是人工客服哦", "抱歉亲，现在咨询的人比较多", "我们晚上11点下班的亲",
        "谢谢亲的支持");

    public static readonly Template[] AutoReplies = Templates.Of(
        "您好，欢迎光临{shop}，客服{agent}很高兴为您服务～", "亲，现在咨询人数较多，请耐心等待，客服会尽快回复您",
        "【自动回复】欢迎光临{shop}！有什么问题可以直接留言哦", "亲，您好！欢迎光临，请问有什么可以帮您？",
        "您好，{shop}欢迎您，常见问题可以点击下方快捷菜单查看");

    public static readonly Template[] OffHoursAutoReplies = Templates.Of(
        "亲，现在是非工作时间，客服上班时间9:00-23:00，请留言，上班后会尽快回复", "【自动回复】客服已下班，明天上午9点准时上线哦");

    public static readonly Template[] BrowsingNotices = Templates.Of("买家正在查看商品：{item}", "买家从商品详情页发起咨询：{item}");

    public static readonly Template[] OrderNotices = Templates.Of(
        "买家已下单，订单号{order}", "买家已付款，订单号{order}", "订单{order}已发货，{express}", "买家对订单{order}发起了退款申请");

    public static readonly Template[] GeneralNotices = Templates.Of(
        "系统提示：请勿在站外交易，谨防诈骗", "买家评价了本次服务：非常满意", "会话已结束", "买家已离开会话");

    public static readonly Template[] TransferNotices = Templates.Of("会话已转接给{agent}", "{agent}已接入会话");

    /// <summary>Includes characters outside the BMP (surrogate pairs) on purpose; Taobao's own bracket codes too.</summary>
    public static readonly string[] Emoji =
        ["😊", "🙏", "👍", "😂", "😭", "🤔", "❤️", "🌹", "😅", "😘", "🥺", "💪", "[微笑]", "[害羞]", "[爱心]", "~", "😄"];

    public static readonly string[] AgentEmoji = ["😊", "🌹", "[微笑]", "～", "[爱心]", "💪"];
}
