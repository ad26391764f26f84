namespace Archive.Promises;

/// <summary>
/// Turns normalized text into cue tokens in one left-to-right pass: at each position the longest lexicon entry
/// wins, plus a few context rules a word list cannot express (九折, 减20, 退30元, a lone 发 at the end of a clause,
/// a bare 您 as the subject, masks such as [日期x]). No allocation: tokens go into the caller's span.
/// </summary>
internal static class CueScanner
{
    private static readonly ushort[] FirstChar = new ushort[char.MaxValue + 1];
    private static readonly CueEntry[][] Buckets = Build();

    private static CueEntry[][] Build()
    {
        var byChar = new Dictionary<char, List<CueEntry>>();
        foreach (var entry in PromiseLexicon.All())
        {
            if (!byChar.TryGetValue(entry.Term[0], out var list)) byChar[entry.Term[0]] = list = [];
            if (list.TrueForAll(e => e.Term != entry.Term)) list.Add(entry); // first listing of a word wins
        }

        var buckets = new CueEntry[byChar.Count + 1][];
        buckets[0] = [];
        var next = 1;
        foreach (var (c, list) in byChar)
        {
            list.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));
            FirstChar[c] = (ushort)next;
            buckets[next++] = [.. list];
        }

        return buckets;
    }

    /// <summary>Scans <paramref name="text"/> (already normalized) and returns how many tokens were written.</summary>
    public static int Scan(ReadOnlySpan<char> text, Span<CueToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (c == '[' && TryMask(text, i, out var maskEnd, out var maskCue))
            {
                if (maskCue != Cue.None) tokens[count++] = new CueToken { Start = i, End = maskEnd, Cue = maskCue };
                i = maskEnd;
                continue;
            }

            // 1-3个工作日, [数字x]-[数字x]天: a window, which only a timetable makes an estimate (see CueFlags.Range).
            if (c is '-' or '~' or '～' or '到' or '至' && IsRange(text, i))
            {
                tokens[count++] = new CueToken { Start = i, End = i + 1, Cue = Cue.Hedge, Flags = CueFlags.Range };
                i++;
                continue;
            }

            var matched = Longest(text, i);
            // 给您送 at the end of what is said delivers; followed by anything (个小礼物, 到, 过去), 给您 is read and the
            // scan goes on at 送, where the longer words decide.
            if (matched is { Term: "给您送" or "给你送" } deliver && !EndsWhatIsSaid(text, i + deliver.Term.Length)) matched = Shorter(text, i, deliver.Term.Length);
            // 给您联系站点核实: 给您 is for the buyer and 联系站点 the contact, which the in-chat rules judge; 给您联系 alone
            // is getting back to the buyer.
            if (matched is { Term: "给您联系" or "给你联系" } contact && ThirdPartyContact(text, i + 2, out _)) matched = Shorter(text, i, contact.Term.Length);
            if (matched is { } entry)
            {
                var end = i + entry.Term.Length;
                if (Accept(text, i, end, entry))
                    tokens[count++] = new CueToken { Start = i, End = end, Cue = entry.Cue, Type = entry.Type, Weight = entry.Weight, Flags = entry.Flags };
                i = end;
                continue;
            }

            if (ContextCue(text, i, out var token))
            {
                tokens[count++] = token;
                i = token.End;
                continue;
            }

            i++;
        }

        return count;
    }

    private static bool EndsWhatIsSaid(ReadOnlySpan<char> text, int end) => end >= text.Length || IsParticleOrBreak(text[end]);

    private static CueEntry? Shorter(ReadOnlySpan<char> text, int i, int length)
    {
        foreach (var entry in Buckets[FirstChar[text[i]]])
            if (entry.Term.Length < length && text[i..].StartsWith(entry.Term, StringComparison.Ordinal)) return entry;
        return null;
    }

    private static CueEntry? Longest(ReadOnlySpan<char> text, int i)
    {
        var bucket = Buckets[FirstChar[text[i]]];
        foreach (var entry in bucket)
            if (text[i..].StartsWith(entry.Term, StringComparison.Ordinal)) return entry;
        return null;
    }

    /// <summary>Entries that only count in context: 之前 is a deadline after 5点/3号, not in 之前说的.</summary>
    private static bool Accept(ReadOnlySpan<char> text, int start, int end, in CueEntry entry)
    {
        if (entry.Cue == Cue.Deadline && entry.Term is "之前" or "以前" or "之内" or "以内")
            return start > 0 && IsTimeTail(text[start - 1]);
        // 降价 is the price dropping (价保 talk: 降价可以申请差价); only 给您降价 is the shop cutting it.
        if (entry.Term == "降价")
            return start > 0 && text[start - 1] is '您' or '你' or '亲';
        // 升级专员, 反馈给同事: escalating to staff is the verb, with the staff its object (发票专员 names whose job it is).
        if (entry.Cue == Cue.Action && (IsAttributive(text, end) || (StartsStaff(text[end..]) && entry.Term is not ("升级" or "反馈" or "转交" or "提交")))) return false;
        // 在质保期内, [数字x]天质保内的可以申请维修: the warranty period named as a condition or a fact, not a guarantee given.
        if (entry.Term is "质保" or "保修" && (InWarrantyPeriod(text, start, end) || WarrantyPeriodAsCondition(text[end..]))) return false;
        // 审核通过, 通过您的申请 approve; 通过层层抽检来保证 is "by means of", which approves nothing.
        if (entry.Term == "通过")
            return end >= text.Length || IsParticleOrBreak(text[end]) || text[end] is '您' or '你' or '后' or '申' or '审' or '就' or '才' or '时' or '以' or '之';
        if (entry.Cue == Cue.Deadline && entry.Term is "小时")
            return start > 0 && (StartsNumber(text[start - 1]) || text[start - 1] is '个' or ']' or '半');
        return true;
    }

    private static bool InWarrantyPeriod(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && text[start - 1] == '在' && end < text.Length && text[end] == '期';

    private static bool WarrantyPeriodAsCondition(ReadOnlySpan<char> rest) =>
        rest.StartsWith('内') || rest.StartsWith('外') || rest.StartsWith("期内", StringComparison.Ordinal) || rest.StartsWith("期外", StringComparison.Ordinal)
        || rest.StartsWith("期间", StringComparison.Ordinal) || rest.StartsWith("范围内", StringComparison.Ordinal);

    private static readonly string[] AboutTheProcess = ["时间", "进度", "状态", "结果", "流程", "时效", "周期", "记录", "信息", "情况", "规则", "政策", "页面", "入口", "日期", "方式"];

    /// <summary>退款的进度, 申请退款的时间是…, 发货时效: an action naming an attribute of the process is a modifier, not a predicate.</summary>
    private static bool IsAttributive(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..];
        if (rest.StartsWith('的')) rest = rest[1..];
        foreach (var noun in AboutTheProcess)
            if (rest.StartsWith(noun, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>发票专员会联系您, 退款部门: the action names whose job it is; what they do is the predicate.</summary>
    private static bool StartsStaff(ReadOnlySpan<char> rest) =>
        rest.StartsWith("专员") || rest.StartsWith("人员") || rest.StartsWith("部门") || rest.StartsWith("同事") || rest.StartsWith("组");

    private static bool ContextCue(ReadOnlySpan<char> text, int i, out CueToken token)
    {
        token = default;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case '折' when i > 0 && StartsNumber(text[i - 1]):
                token = Action(NumberStart(text, i), i + 1, PromiseType.Discount, 4);
                return true;
            case '减' or '返' when StartsNumber(next) || next == '¥':
                token = Action(i, i + 1, PromiseType.Discount, 4);
                return true;
            case '退' when StartsNumber(next) || next == '¥':
                token = Action(i, i + 1, PromiseType.Refund, 5);
                return true;
            case '赔' when StartsNumber(next) || next == '¥':
                token = Action(i, i + 1, PromiseType.Compensation, 5);
                return true;
            case '送' when IsGiftSend(text, i):
                token = Action(i, i + 1, PromiseType.Gift, 4);
                return true;
            case '联' or '咨' when ThirdPartyContact(text, i, out var contactEnd):
                token = Action(i, contactEnd, PromiseType.FollowUp, 2);
                return true;
            // [数字x]号送达, 15号给您发: a day of the month (not 3号楼, 1号线).
            case '号' when i > 0 && (text[i - 1] == ']' || char.IsAsciiDigit(text[i - 1]) || ChineseNumber.IsNumeral(text[i - 1]))
                          && next is not ('楼' or '码' or '线' or '院' or '门' or '店' or '仓' or '库' or '包' or '机' or '箱' or '台'):
                token = new CueToken { Start = i, End = i + 1, Cue = Cue.Deadline };
                return true;
            case '满' when StartsNumber(next):
                token = new CueToken { Start = i, End = i + 1, Cue = Cue.Generic };
                return true;
            // A lone 发 carries a shipment only when it ends the predicate: 明天发, 今天就发哦 (not 发链接, 发您).
            case '发' when next == '\0' || IsParticleOrBreak(next):
                token = Action(i, i + 1, PromiseType.Shipping, 1);
                return true;
            // 送您一个, 退您差价: 您 right after a giving verb is who receives, as good as 给您.
            case '您' or '你' when i > 0 && text[i - 1] is '送' or '赠' or '退' or '赔' or '返' or '补' or '诉' or '知' or '系' or '复':
                token = new CueToken { Start = i, End = i + 1, Cue = Cue.Personal };
                return true;
            case '您' or '你' when IsBuyerSubject(text, i):
                token = new CueToken { Start = i, End = i + 1, Cue = Cue.BuyerSubject };
                return true;
            case '了' or '过':
                token = new CueToken { Start = i, End = i + 1, Cue = Cue.Past, Weight = 1 };
                return true;
            default:
                return false;
        }
    }

    /// <summary>备注送袜子, 给您送个…: 送 with a thing after it is a gift; 推送, 送不到, 送人 are not (送到/送货 are longer entries).</summary>
    private static bool IsGiftSend(ReadOnlySpan<char> text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (next == '\0' || IsParticleOrBreak(next)) return false;
        if (i > 0 && text[i - 1] is '推' or '运' or '护' or '输' or '传' or '递' or '接' or '押' or '欢') return false;
        return next is not ('人' or '检' or '修' or '往' or '回' or '来' or '去' or '出' or '给' or '不' or '得' or '完' or '错');
    }

    private static readonly string[] ThirdParties = ["商家", "卖家", "站点", "快递", "配送", "仓库", "库房", "厂家", "厂商", "师傅", "售后", "专员", "物流", "供应商", "采销", "财务"];

    /// <summary>
    /// 联系一下商家, 咨询站点, 联系下配送员: getting in touch with a third party for the buyer is a follow-up, whatever the
    /// filler (一下/下) between. 联系您 and 您联系 are lexicon words or the buyer's job.
    /// </summary>
    private static bool ThirdPartyContact(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        var rest = text[i..];
        if (!rest.StartsWith("联系") && !rest.StartsWith("咨询")) return false;
        var j = i + 2;
        if (text[j..].StartsWith("一下")) j += 2;
        else if (j < text.Length && text[j] == '下') j++;
        foreach (var party in ThirdParties)
        {
            if (!text[j..].StartsWith(party)) continue;
            end = j + party.Length;
            return true;
        }

        return false;
    }

    private static CueToken Action(int start, int end, PromiseType type, byte weight) =>
        new() { Start = start, End = end, Cue = Cue.Action, Type = type, Weight = weight };

    /// <summary>您 not consumed by 给您/帮您/您的… is the subject of what follows: the buyer is asked to act.</summary>
    private static bool IsBuyerSubject(ReadOnlySpan<char> text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (next is '的' or '们' or '好' or '看' or '稍' or '久' or '满' or '慢' or '辛' or '\0' || IsParticleOrBreak(next)) return false;
        var previous = i > 0 ? text[i - 1] : '\0';
        // 感谢您, 祝您, 让您久等, 耽误您: 您 is an object there, not someone asked to act.
        return previous is not ('谢' or '祝' or '让' or '迎' or '喜' or '误' or '和' or '跟' or '与' or '向' or '对' or '到');
    }

    private static bool IsRange(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || i + 1 >= text.Length) return false;
        var before = text[i - 1];
        var after = text[i + 1];
        if (!(char.IsAsciiDigit(before) || before == ']' || ChineseNumber.IsNumeral(before) && text[i] is not '-')) return false;
        if (!(char.IsAsciiDigit(after) || after == '[' || ChineseNumber.IsNumeral(after))) return false;
        // 2024-03-05 is a date, not a range: no 4-digit year, no second separator on either side.
        var j = i - 1;
        while (j >= 0 && char.IsAsciiDigit(text[j])) j--;
        if (i - 1 - j >= 4 || (j >= 0 && text[j] is '-' or '/')) return false;
        var k = i + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        return !(k < text.Length && text[k] is '-' or '/' && text[i] == '-');
    }

    private static bool TryMask(ReadOnlySpan<char> text, int i, out int end, out Cue cue)
    {
        end = i;
        cue = Cue.None;
        var close = text[i..Math.Min(text.Length, i + 12)].IndexOf(']');
        if (close < 2) return false;
        end = i + close + 1;
        var inside = text[(i + 1)..(end - 1)];
        if (inside.StartsWith("日期") || inside.StartsWith("时间")) cue = Cue.Deadline;
        // [数字x] is a number: the unit after it (小时, 个工作日) is what makes it a deadline. [金额x] is read by AmountExtractor.
        return true;
    }

    public static bool StartsNumber(char c) => char.IsAsciiDigit(c) || ChineseNumber.IsNumeral(c) || c == '[' || c == '¥';

    private static int NumberStart(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.' || ChineseNumber.IsNumeral(text[start - 1]))) start--;
        return start;
    }

    private static bool IsTimeTail(char c) =>
        char.IsAsciiDigit(c) || ChineseNumber.IsNumeral(c) || c is '点' or '号' or '日' or '天' or '末' or '底' or '初' or '午' or '班' or ']' or '晚' or '周';

    public static bool IsParticleOrBreak(char c) =>
        c is '了' or '的' or '哦' or '呢' or '啊' or '吧' or '哈' or '滴' or '呀' or '嗯' or '噢' or '喔' or '啦' or '~' or '～' || PromiseText.IsClauseBreak(c) || PromiseText.IsSentenceBreak(c) || char.IsWhiteSpace(c);
}
