using System.Globalization;
using System.Text;

namespace Archive.Tools.Generation;

/// <summary>
/// Writes one conversation as alternating turns: opening (greeting, auto-reply), questions with agent answers that
/// sometimes promise something, acknowledgements and closings, until the drawn length is reached.
/// </summary>
internal sealed partial class ConversationBuilder(int seed, Rng rng)
{
    // Lengths 2–20, most chats 4–10 messages.
    private static readonly WeightedChoice LengthChoice =
        new([4, 6, 9, 10, 10, 9, 9, 8, 7, 6, 5, 4, 3, 3, 2, 2, 2, 1, 1]);

    public const int MaxLength = 20;

    private readonly List<GeneratedMessage> _messages = new(24);
    private readonly StringBuilder _text = new(128);
    private readonly StringBuilder _scratch = new(128);

    private ConversationContext _context = null!;
    private BuyerProfile _buyer = null!;
    private string _conversationId = "";
    private DateTimeOffset _time;
    private long _nextIndex;
    private int _target;
    private QuestionFamily? _lastFamily;

    private ShopProfile Shop => _context.Shop;
    private bool Full => _messages.Count >= _target;
    private int Remaining => _target - _messages.Count;

    public IReadOnlyList<GeneratedMessage> Build(BuyerProfile buyer, string conversationId, DateTimeOffset start, long firstIndex)
    {
        _messages.Clear();
        _lastFamily = null;
        _buyer = buyer;
        _conversationId = conversationId;
        _time = start;
        _nextIndex = firstIndex;
        _target = 2 + LengthChoice.Next(rng);
        var followUp = buyer.PendingPromiseType is not null && rng.Percent(65) ? buyer.PendingPromiseType : null;
        _context = new ConversationContext(buyer.Shop, rng, followUp is null ? null : buyer.PendingAmount,
            followUp is null ? null : buyer.PendingGift);
        if (followUp is not null) buyer.PendingPromiseType = null;

        var night = start.Hour < 8 || start.Hour >= 23;
        if (rng.Percent(6)) System(SmallTalk.BrowsingNotices, itemId: _context.Item.Id);
        var intent = IntentCatalog.Pick(rng, Shop.Category.IsApparel);
        if (rng.Percent(35))
        {
            Buyer(rng.Pick(SmallTalk.BuyerGreetings));
            if (night || rng.Percent(75)) Auto(night);
            if (!night && rng.Percent(50)) Agent(rng.Pick(SmallTalk.AgentGreetings));
            Ask(intent, followUp, prefix: null);
        }
        else
        {
            Ask(intent, followUp, prefix: rng.Percent(40) ? rng.Pick(SmallTalk.QuestionPrefixes) : null);
            if (night || rng.Percent(55)) Auto(night);
        }
        if (night) WaitForOpeningHours();

        var pendingQuestion = true;
        var closed = false;
        while (!Full)
        {
            if (pendingQuestion)
            {
                Answer(intent, followUp);
                followUp = null;
                pendingQuestion = false;
                continue;
            }
            var roll = rng.Next(100);
            if (closed ? Remaining >= 2 : Remaining >= 2 && roll < 45)
            {
                var switchTopic = closed || rng.Percent(40);
                if (switchTopic) intent = IntentCatalog.Pick(rng, Shop.Category.IsApparel);
                Ask(intent, null, switchTopic ? rng.Pick(SmallTalk.TopicSwitchPrefixes) : null);
                pendingQuestion = true;
                closed = false;
            }
            else if (!closed && roll < 55)
            {
                Buyer(rng.Pick(SmallTalk.BuyerChitChat));
                if (!Full) Agent(rng.Pick(SmallTalk.AgentChitChat));
            }
            else
            {
                Buyer(rng.Pick(closed ? SmallTalk.BuyerClosings : SmallTalk.BuyerAcks));
                if (!Full) Agent(rng.Pick(SmallTalk.AgentClosings));
                closed = true;
            }
        }
        // Openings and answers come in blocks that can overshoot the drawn length.
        if (_messages.Count > _target)
        {
            _messages.RemoveRange(_target, _messages.Count - _target);
            _nextIndex = firstIndex + _target;   // ids stay gapless, so the next conversation's ids do not collide
        }
        if (_messages.Count < MaxLength && rng.Percent(3)) System(SmallTalk.GeneralNotices);
        return _messages;
    }

    private void Ask(IntentSpec intent, string? followUpPromise, string? prefix)
    {
        Template template;
        string key;
        string family;
        if (followUpPromise is not null)
        {
            template = rng.Pick(Array.Find(BuyerQuestions.PromiseFollowUps, f => f.PromiseType == followUpPromise).Wordings);
            key = Intents.PromiseFollowUp;
            family = "followup_" + followUpPromise;
        }
        else
        {
            // A buyer staying on a topic asks something new about it, not the same question again.
            var picked = intent.PickFamily(rng);
            for (var retry = 0; retry < 3 && ReferenceEquals(picked, _lastFamily); retry++) picked = intent.PickFamily(rng);
            _lastFamily = picked;
            template = rng.Pick(picked.Wordings);
            key = intent.Key;
            family = picked.Key;
        }
        var concernsOrder = followUpPromise is not null || intent.ConcernsOrder;
        var orderId = template.Uses(Slot.Order) || (concernsOrder && rng.Percent(50)) ? _context.OrderId : null;
        var itemId = followUpPromise is null && intent.ConcernsItem && rng.Percent(60) ? _context.Item.Id : null;
        Buyer(template, prefix, itemId, orderId, key, family);
    }

    private void Answer(IntentSpec intent, string? followUpPromise)
    {
        if (rng.Percent(intent.Key == Intents.AfterSales ? 25 : 2) && Remaining >= 2) Transfer(intent);
        if (rng.Percent(12) && Remaining >= 2) Agent(rng.Pick(PromiseTemplates.Holding));
        if (followUpPromise is not null)
        {
            if (Remaining >= 2 && rng.Percent(60)) Agent(rng.Pick(AgentAnswers.PromiseFollowUp));
            if (Full) return;
            if (rng.Percent(80)) Promise(followUpPromise);
            else Agent(rng.Pick(PromiseTemplates.HardNegativesFor(Intents.PromiseFollowUp)));
            return;
        }
        if (rng.Percent(intent.PromisePercent)) Promise(intent.PickPromise(rng));
        else if (rng.Percent(25)) Agent(rng.Pick(PromiseTemplates.HardNegativesFor(intent.Key)));
        else Agent(rng.Pick(intent.Answers));
        if (intent.Key == Intents.OrderPayment && rng.Percent(20) && !Full) System(SmallTalk.OrderNotices, orderId: _context.OrderId);
    }

    private void Promise(string type)
    {
        Agent(rng.Pick(PromiseTemplates.For(type)), type);
        _buyer.PendingPromiseType = type;
        _buyer.PendingAmount = _context.Value(Slot.Amount);
        _buyer.PendingGift = _context.Value(Slot.Gift);
    }

    private void Transfer(IntentSpec intent)
    {
        var next = intent.Key == Intents.AfterSales ? Shop.AfterSalesAgentId : rng.Pick(Shop.AgentIds);
        if (next == _context.AgentId) return;
        _context.SwitchAgent(next);
        System(SmallTalk.TransferNotices);
    }

    private void WaitForOpeningHours()
    {
        // Nobody answers at night: the first agent message comes after 9:00 the next working morning.
        var local = _time;
        var morning = new DateTimeOffset(local.Year, local.Month, local.Day, 9, 0, 0, local.Offset);
        if (local.Hour >= 9) morning = morning.AddDays(1);
        _time = morning.AddSeconds(rng.Next(1800));
    }

    internal static string MessageId(int seed, long index) =>
        string.Create(CultureInfo.InvariantCulture, $"g-{seed}-{index:D9}");
}
