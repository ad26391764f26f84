namespace Archive.Promises;

/// <summary>The role a matched word plays in deciding whether a clause commits the shop.</summary>
internal enum Cue : byte
{
    None,
    /// <summary>Absorbs a longer word so a shorter cue inside it does not fire (会员, 一会, 质保卡, 补差价).</summary>
    Neutral,
    Action,
    /// <summary>给您/帮您/为您/这单: the action is for this buyer.</summary>
    Personal,
    /// <summary>会/一定/马上/保证/安排: the speaker commits.</summary>
    Modal,
    /// <summary>今天/明天/48小时/[日期x]: a deadline makes a statement a commitment.</summary>
    Deadline,
    Hedge,
    /// <summary>不能/无法/不支持/开不了: negates everything in its clause up to a barrier.</summary>
    StrongNegation,
    /// <summary>不/没/未/别: negates only an action that follows within two characters.</summary>
    WeakNegation,
    QuestionTag,
    Past,
    Progressive,
    /// <summary>查/看一下/核实: the agent is looking something up, not committing.</summary>
    Stall,
    /// <summary>A bare 您/你 that is the subject: the buyer is told to act (您可以申请退款).</summary>
    BuyerSubject,
    /// <summary>我/我们/这边/小妹: the shop is the subject again after 您….</summary>
    ShopSubject,
    /// <summary>的话/就/后/但是: ends the scope of a negation, a buyer subject or a condition.</summary>
    Barrier,
    Conditional,
    /// <summary>所有/本店/满99/预售: a general rule, not a commitment to this buyer.</summary>
    Generic,
    /// <summary>可以/能: what is possible, not a commitment, unless the shop states it for this buyer (这边可以为您申请, see ClauseJudge).</summary>
    Capability,
    /// <summary>说好/答应/你们说: a buyer saying a promise was made.</summary>
    ClaimTrigger,
}

[Flags]
internal enum CueFlags : byte
{
    None = 0,
    /// <summary>The word names its beneficiary (送您, 退您, 联系您), so it is personal by itself.</summary>
    Personal = 1,
    /// <summary>A guarantee or cost the shop takes on by saying it (假一赔十, 包退, 运费我们出).</summary>
    SelfCommitting = 2,
    /// <summary>The shop pays a cost (运费我们出): free shipping, or return shipping when the clause is about a return.</summary>
    CostBorne = 4,
    /// <summary>通过/同意: approves a request; takes the type of the request named beside it.</summary>
    Approval = 8,
    /// <summary>备注/登记/联系站点: work the agent does while the buyer waits in the chat; never a promise by itself.</summary>
    InChat = 16,
    /// <summary>尽量/尝试/尽力: best effort. A hedge over a time or an outcome; over a named action the shop performs the attempt is owed.</summary>
    Effort = 32,
    /// <summary>1-3个工作日: a window, a time like any other, except in a timetable of several (白条1-3工作日;余额24小时), which estimates.</summary>
    Range = 64,
}

internal readonly record struct CueEntry(string Term, Cue Cue, PromiseType Type = PromiseType.Other, byte Weight = 0, CueFlags Flags = CueFlags.None);

/// <summary>A cue found in the normalized text, [Start, End) in chars.</summary>
internal struct CueToken
{
    public int Start;
    public int End;
    public Cue Cue;
    public PromiseType Type;
    public byte Weight;
    public CueFlags Flags;
}
