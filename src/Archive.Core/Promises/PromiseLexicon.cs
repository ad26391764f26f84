namespace Archive.Promises;

/// <summary>
/// The words the detector reacts to, in normalized form (simplified, half-width, lowercase). Longest match wins at
/// each position, so a longer entry (会员, 补差价, 质保卡) shields the shorter cue inside it. Weights rank action
/// types within a clause: a guarantee or an invoice names the deal more precisely than the shipping that carries it.
/// </summary>
internal static class PromiseLexicon
{
    private const byte Specific = 4, Money = 5, Paper = 6, Guarantee = 7, Carrier = 2, Vague = 1;

    public static IEnumerable<CueEntry> All()
    {
        foreach (var e in Actions()) yield return e;
        foreach (var e in Modifiers()) yield return e;
    }

    private static IEnumerable<CueEntry> Actions()
    {
        foreach (var e in Of(PromiseType.Shipping, Carrier, "发货", "发出", "发走", "寄出", "出库", "发快递", "发顺丰", "发中通", "发圆通",
                     "发韵达", "发申通", "发京东", "发邮政", "发ems", "寄过去", "送达", "送到", "到达", "送过去", "送上门", "送货", "送下", "送一下", "配送", "派送", "发或",
                     "法货", "揽收", "发件", "随货", "一起寄", "一起发", "优先发", "改发", "打包发", "发去", "发过去"))
            yield return e;
        foreach (var e in Of(PromiseType.Shipping, Carrier, CueFlags.Personal, "寄给您", "寄给你", "发给您", "发给你")) yield return e;
        // 明天上午给您送: delivering, when nothing follows 送 (给您送个小礼物 is a gift; CueScanner.Scan).
        foreach (var e in Of(PromiseType.Shipping, Carrier, CueFlags.Personal, "给您送", "给你送")) yield return e;
        // 明天是可以收到的: the buyer receiving it, said by the shop of this order at a time, is an arrival it commits to.
        foreach (var e in Of(PromiseType.Shipping, Carrier, "可以收到", "能收到")) yield return e;

        foreach (var e in Of(PromiseType.FreeShipping, Specific, "包邮", "包油", "免邮", "免运费", "免邮费", "运费免", "邮费免", "不收运费", "不收邮费", "免了", "免掉"))
            yield return e;
        // Weighted above 差价 so that 顺丰的差价我们出 reads as the shop paying, not as a refund.
        foreach (var e in Of(PromiseType.FreeShipping, Paper, CueFlags.SelfCommitting | CueFlags.CostBorne, "我们出", "我们来出", "我们承担",
                     "我们来承担", "我们负担", "由我们承担", "我们付", "我们来付", "商家承担", "我们给您承担", "我们给您出", "你们出", "你们来出", "你们承担"))
            yield return e;

        foreach (var e in Of(PromiseType.Gift, Specific, "赠品", "赠送", "赠", "加送", "多送", "额外送", "再送", "送个", "送一", "送两", "送几",
                     "小礼物", "礼品", "小样", "试吃装", "试用装", "多放", "多塞", "附赠", "随单送"))
            yield return e;
        foreach (var e in Of(PromiseType.Gift, Specific, CueFlags.Personal, "送您", "送你", "送给您", "送给你", "送亲")) yield return e;

        foreach (var e in Of(PromiseType.Discount, Specific, "优惠券", "优惠卷", "券", "红包", "返现", "返利", "便宜", "改价", "优惠", "折扣",
                     "打折", "立减", "少算", "抹掉", "抹零", "老顾客价", "老客户价", "会员价", "内部价", "专属价", "京券", "东券", "京豆", "降价",
                     "让利", "半价", "减免"))
            yield return e;
        foreach (var e in Of(PromiseType.Discount, Specific, CueFlags.Personal, "返您", "返你")) yield return e;

        foreach (var e in Of(PromiseType.Refund, Money, "退款", "退钱", "退回", "退还", "退差价", "差价", "价保", "原路退回", "原路返回", "原路返还",
                     "原返", "全额退", "退全款", "仅退款", "返还", "退货款", "退费", "价格保护", "补偿差价"))
            yield return e;
        foreach (var e in Of(PromiseType.Refund, Money, CueFlags.Personal, "退您", "退你", "退给您", "退给你", "给您退回", "给你退回")) yield return e;
        yield return new CueEntry("到账", Cue.Action, PromiseType.Refund, 3);
        yield return new CueEntry("告知", Cue.Action, PromiseType.FollowUp, Vague); // 站点告知… is reported speech unless 会/为您 commits it

        foreach (var e in Of(PromiseType.ReturnExchange, Specific, "退货", "换货", "换新", "换一", "换个", "换成", "换双", "换件", "换大", "换小",
                     "换正确", "退换", "寄回", "退回来", "上门取件", "取件", "运费险", "退货退款", "申请售后", "提交售后"))
            yield return e;
        foreach (var e in Of(PromiseType.ReturnExchange, Specific, CueFlags.Personal, "给您换", "给你换")) yield return e;
        foreach (var e in Of(PromiseType.ReturnExchange, Specific, CueFlags.SelfCommitting, "包退", "包换")) yield return e;
        yield return new CueEntry("售后", Cue.Action, PromiseType.ReturnExchange, Vague);

        foreach (var e in Of(PromiseType.Compensation, Money, "补发", "补寄", "补偿", "赔付", "赔偿", "补上", "补一", "补个", "重新发", "重发",
                     "再发一", "重新寄", "再寄一", "补尝", "赔尝"))
            yield return e;
        // Reimbursing a cost the buyer paid (安装费, 运费) is compensation; below 运费险 so that 运费险会报销 stays a return.
        foreach (var e in Of(PromiseType.Compensation, Specific, "报销"))
            yield return e;
        foreach (var e in Of(PromiseType.Compensation, Money, CueFlags.Personal, "赔您", "赔你", "补给您", "补给你", "补您")) yield return e;

        foreach (var e in Of(PromiseType.FollowUp, Carrier, "催促", "催一下", "催下", "催单", "催", "跟进", "跟踪下", "跟踪一下", "反馈", "升级", "回电", "回电话", "回复",
                     "答复", "短信告知", "短信通知", "短信", "回访", "转告", "说法", "回话", "盯着", "打电话", "报备", "督促", "协调",
                     "通知站点", "通知配送", "通知库房", "通知仓库", "通知快递", "核实处理", "审核处理"))
            yield return e;
        // Contacting the site or the seller while the buyer waits is in-chat work (docs/promise-labelling.md, step 1);
        // what the contact is for (让站点尽快给您配送, 有结果回复您) is the promise, when it is said.
        foreach (var e in Of(PromiseType.FollowUp, Carrier, CueFlags.InChat, "登记", "联系快递", "联系站点", "联系仓库", "联系配送", "联系商家", "联系厂家",
                     "联系师傅", "联系一下站点", "联系下站点", "联系一下快递", "联系下快递", "联系一下配送", "联系一下仓库", "联系一下商家", "联系下商家",
                     "咨询站点", "咨询一下站点", "咨询下站点", "问一下站点", "问下站点", "留言", "留个言"))
            yield return e;
        foreach (var e in Of(PromiseType.FollowUp, Carrier, CueFlags.Personal, "联系您", "联系你", "回复您", "回复你", "通知您", "通知你", "告知您",
                     "告知你", "告诉您", "告诉你", "给您消息", "给你消息", "给您结果", "给你结果", "同步给您", "答复您", "回电您", "致电您", "跟您联系", "与您联系", "和您联系", "跟你联系", "给您联系", "给你联系"))
            yield return e;

        foreach (var e in Of(PromiseType.Invoice, Paper, "发票", "开票", "专票", "普票", "增票", "换开", "开具", "重开", "重新开", "税票", "收据"))
            yield return e;
        foreach (var e in Of(PromiseType.Invoice, Paper, CueFlags.Personal, "开给您", "开给你", "给您换开", "给你换开")) yield return e;

        foreach (var e in Of(PromiseType.Quality, Guarantee, CueFlags.SelfCommitting, "质保", "保修", "假一赔", "假一罚", "正品保证", "保证正品",
                     "保证是", "质量保证", "保证质量", "三包", "联保", "免费维修", "终身维修", "包修", "正品", "品质保证", "保真", "保证新鲜", "保证商品", "保证产品", "保证品质"))
            yield return e;
        yield return new CueEntry("质量问题", Cue.Action, PromiseType.Quality, 3);

        yield return new CueEntry("备注", Cue.Action, PromiseType.Other, Vague, CueFlags.InChat);
        // Cancelling or unlocking an order is done while the buyer waits (docs/promise-labelling.md, revision 2).
        foreach (var e in Of(PromiseType.Other, Vague, CueFlags.InChat, "取消订单", "取消", "解锁")) yield return e;
        foreach (var e in Of(PromiseType.Other, Vague, "修改", "改地址", "改成", "改一下", "改下", "预约", "预留", "留着",
                     "保留", "拦截", "解绑", "换绑", "安装", "上门", "合并", "申请", "安排", "加急", "代为申请", "开通", "调货", "维修", "更改", "发起纠纷"))
            yield return e;
        // Mailed electronically (说明函, 电子发票…): not a parcel, so not shipping.
        foreach (var e in Of(PromiseType.Other, Vague, CueFlags.Personal, "发您邮箱", "发到您邮箱", "发到您的邮箱", "发至您邮箱", "发送到您邮箱", "发送到您的邮箱"))
            yield return e;
        // Approving the buyer's request commits to it; the type is that of the request (同意您的换货申请).
        foreach (var e in Of(PromiseType.Other, Vague, CueFlags.Approval, "通过", "批准", "审批通过")) yield return e;
        yield return new CueEntry("同意", Cue.Action, PromiseType.Other, Vague, CueFlags.Approval | CueFlags.SelfCommitting);
    }

    private static IEnumerable<CueEntry> Modifiers()
    {
        foreach (var t in Words("给您 帮您 为您 替您 给你 帮你 为你 替你 帮助您 帮助你 给亲 帮亲 这单 此单 您这单 这一单 给到您"))
            yield return new CueEntry(t, Cue.Personal);
        // 会 only says what will happen; the others commit (weight 1), which a descriptive 是…的 cannot undo.
        foreach (var t in Words("会 将会"))
            yield return new CueEntry(t, Cue.Modal);
        foreach (var t in Words("一定 保证 承诺 肯定 马上 立即 立刻 立马 这就 现在就 第一时间 尽快 优先 务必 必定 绝对 亲自 负责 准时 按时 最迟 最晚 主动 我来 持续 有结果 有消息"))
            yield return new CueEntry(t, Cue.Modal, Weight: 1);
        foreach (var t in Words("今天 今日 今晚 今早 明天 明日 明早 明晚 后天 大后天 当天 次日 第二天 隔天 下周 本周 这周 周一 周二 周三 周四 周五 周六 周日 周天 周末 " +
                                "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 礼拜一 礼拜二 礼拜三 礼拜四 礼拜五 礼拜六 礼拜天 月底 月初 月中 年底 " +
                                "下个月 下月 时效内 小时 工作日 天内 天之内 天以内 日内 分钟内 下班前 下班之前 之内 以内 h内 h之内 h以内 上午 下午 中午 晚上 早上 点前 点之前 号前 号之前"))
            yield return new CueEntry(t, Cue.Deadline);
        foreach (var t in Words("尽量 尝试 尽力 尽可能"))
            yield return new CueEntry(t, Cue.Hedge, Flags: CueFlags.Effort);
        foreach (var t in Words("预计 一般 正常情况 正常来说 正常 通常 可能 大概 大约 估计 应该 争取 帮您试试 一下试试 我试试 去试试 试试看 也许 或许 左右 差不多 基本上 原则上 " +
                                "不一定 看情况 为准 快的话 慢的话 最快 说不定 不确定 看看能不能 看能不能 希望 一般来说 大多 一般会 应该会"))
            yield return new CueEntry(t, Cue.Hedge);
        foreach (var t in Words("没能 未能 不能 不可以 不可 无法 没法 没办法 不支持 不会 不予 不提供 不行 没有 不再 不参加 不参与 不在 做不到 不单独 不保证 不允许 不给 不接受 暂不 不了 没得 不得"))
            yield return new CueEntry(t, Cue.StrongNegation);
        foreach (var t in Words("不 没 未 别 无 不要 不用 不需要 不是 还没 尚未 终止 停止 暂停 作废"))
            yield return new CueEntry(t, Cue.WeakNegation);
        foreach (var t in Words("要不要 需不需要 是否 要不 能不能 对吗 是吗 对么 要吗"))
            yield return new CueEntry(t, Cue.QuestionTag);
        // Asking consent: "…，您看可以吗" turns everything proposed before it in the sentence into an offer.
        foreach (var t in Words("可以吗 可以么 可以嘛 好吗 好的吗 好么 好嘛 行吗 行么 行不行 好不好 可以不 可不可以 同意吗 接受吗"))
            yield return new CueEntry(t, Cue.QuestionTag, Weight: 1);
        foreach (var t in Words("已 已经 刚 刚刚 刚才 早就"))
            yield return new CueEntry(t, Cue.Past);
        foreach (var t in Words("完成 完毕 成功"))
            yield return new CueEntry(t, Cue.Past, Weight: 1); // like 了: done when right after the action (发货完成, 拦截成功)
        foreach (var t in Words("正在 正为您 在为您 在帮您 在给您 目前在 正帮您 处理中 一直在"))
            yield return new CueEntry(t, Cue.Progressive);
        foreach (var t in Words("查 查询 查看 查一下 查下 看一下 看看 看下 帮您看 给您看 为您看 帮你看 核实 核对 确认一下 确认下 问一下 问问 问下 了解一下 了解下 咨询一下 " +
                                "瞧瞧 稍等 稍候 请稍 马上回复 稍后回复 一会回复 第一时间回复 尽快回复 努力回复 帮您查 为您查 给您查 帮你查 帮您核实 为您核实 帮您确认 帮您问 显示 转接 核算"))
            yield return new CueEntry(t, Cue.Stall);
        // 建议 hands the step to the buyer (建议顾客到站联系配送), as 您 does; 享受 makes the buyer the one who gets a benefit in general.
        foreach (var t in Words("您这边 你这边 您自己 您自行 自行 建议 享受"))
            yield return new CueEntry(t, Cue.BuyerSubject);
        foreach (var t in Words("我 我们 这边 这面 小妹 妹子 咱们 客服 仓库 专员 师傅 快递员 小二 配送师傅 配送员 配送小哥 快递小哥 预约客服 安装师傅 维修师傅 上门师傅 送货师傅"))
            yield return new CueEntry(t, Cue.ShopSubject);
        foreach (var t in Words("的话 就 后 之后 以后 然后 但 但是 不过 可是 而且 并且 同时 才 的时候 时候"))
            yield return new CueEntry(t, Cue.Barrier);
        // A rule of the platform or the system: even 给您 does not make it this shop's commitment (系统会给您发短信).
        foreach (var t in Words("系统 平台 都会 自动 周期 时效"))
            yield return new CueEntry(t, Cue.Generic, Weight: 1);
        foreach (var t in Words("如果 若是 若 要是 假如 假使 万一 只要 一旦 如有 若有 如遇 倘若 如果是"))
            yield return new CueEntry(t, Cue.Conditional);
        foreach (var t in Words("所有 标配 全部商品 全场 全店 本店 店铺 一律 都是 均 默认 凡是 活动 一般都 每个 每单 预售 节假日 无理由 支持 统一 我司"))
            yield return new CueEntry(t, Cue.Generic);
        foreach (var t in Words("可以给您 可以帮您 可以为您 可以给你 可以帮你 能给您 能帮您 能为您 可给您 可以 可 需要先"))
            yield return new CueEntry(t, Cue.Capability);
        foreach (var t in Words("说好 答应 承诺过 保证过 讲好 约好 说过 你们说 客服说 不是说 之前说 上次说 上回说 当时说 明明说 你说 他说 她说 说会 说给 说帮 说可以 说要给 说是会 告诉我会"))
            yield return new CueEntry(t, Cue.ClaimTrigger);
        // Shields: longer words that contain a cue but mean something else.
        foreach (var t in Words("会员 保质保量 一会 会不会 机会 会议 学会 社会 体会 误会 约会 理会 聚会 开会 质保卡 保修卡 售后专员 售后客服 售后人员 售后部 补差价 补运费 查收 检查 而已 不得已 " +
                                "不好意思 不客气 不用担心 不用急 不着急 不要急 没问题 没关系 不然 要不然 无论 不论 不管 无门槛 不满意 不合适 不喜欢 不新鲜 " +
                                "不会耽误 不错 不少 不到 不止 不一样 不同 不断 不便 不定期 过来 过去 现在 只负责 告诉您一声 非人为 不是纯 没更新 没收到 什么 怎么 那么 这么 多么 么么哒 " +
                                "您好 您看 您放心 放心 你好 谢谢您 感谢您 祝您 让您 欢迎 请问 应该的 取件码 发送 发现 发生 退出 转发"))
            yield return new CueEntry(t, Cue.Neutral);
    }

    private static IEnumerable<CueEntry> Of(PromiseType type, byte weight, params string[] terms) => Of(type, weight, CueFlags.None, terms);

    private static IEnumerable<CueEntry> Of(PromiseType type, byte weight, CueFlags flags, params string[] terms)
    {
        foreach (var t in terms) yield return new CueEntry(t, Cue.Action, type, weight, flags);
    }

    private static string[] Words(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
