using Archive.Messages;

namespace Archive.Tools.Generation;

/// <summary>Turning a template into a message: text noise, ids, and the pause before it was sent.</summary>
internal sealed partial class ConversationBuilder
{
    // Pauses in seconds as (min, max) buckets: people type for seconds, sometimes wander off for minutes.
    private static readonly (int Min, int Max)[] BuyerPauses = [(3, 10), (10, 40), (40, 120), (120, 600)];
    private static readonly WeightedChoice BuyerPauseChoice = new([30, 40, 22, 8]);
    private static readonly (int Min, int Max)[] AgentPauses = [(2, 10), (10, 45), (45, 180), (180, 900)];
    private static readonly WeightedChoice AgentPauseChoice = new([25, 45, 25, 5]);

    private void Buyer(Template template, string? prefix = null, string? itemId = null, string? orderId = null, string? intent = null,
        string? questionIntent = null)
    {
        _text.Clear();
        if (prefix is not null) _text.Append(prefix);
        template.AppendTo(_text, _context);
        var text = TextNoise.Apply(_text.ToString(), _buyer.Style, rng, _scratch);
        Pause(BuyerPauses, BuyerPauseChoice);
        Add(Senders.Buyer, text, null, itemId, orderId, intent, null, questionIntent);
    }

    private void Agent(Template template, string? promiseType = null)
    {
        _text.Clear();
        template.AppendTo(_text, _context);
        if (rng.Percent(8)) _text.Append(rng.Pick(SmallTalk.AgentEmoji));
        Pause(AgentPauses, AgentPauseChoice);
        Add(Senders.Agent, _text.ToString(), _context.AgentId, null, null, null, promiseType);
    }

    private void Auto(bool offHours)
    {
        _text.Clear();
        rng.Pick(offHours ? SmallTalk.OffHoursAutoReplies : SmallTalk.AutoReplies).AppendTo(_text, _context);
        _time = _time.AddSeconds(rng.Between(1, 3));
        Add(Senders.Auto, _text.ToString(), null, null, null, null, null);
    }

    private void System(Template[] templates, string? itemId = null, string? orderId = null)
    {
        _text.Clear();
        rng.Pick(templates).AppendTo(_text, _context);
        if (_messages.Count > 0) _time = _time.AddSeconds(rng.Between(0, 3));
        Add(Senders.System, _text.ToString(), null, itemId, orderId, null, null);
    }

    private void Pause((int Min, int Max)[] buckets, WeightedChoice choice)
    {
        // The first message is sent at the conversation's start time.
        if (_messages.Count == 0) return;
        var (min, max) = buckets[choice.Next(rng)];
        _time = _time.AddSeconds(rng.Between(min, max));
    }

    private void Add(string sender, string text, string? agentId, string? itemId, string? orderId, string? intent, string? promiseType,
        string? questionIntent = null)
    {
        var message = new ChatMessage
        {
            MessageId = MessageId(seed, _nextIndex++),
            ConversationId = _conversationId,
            BuyerId = _buyer.Id,
            Sender = sender,
            SentAt = _time,
            Text = text,
            ShopId = Shop.Id,
            AgentId = agentId,
            ItemId = itemId,
            OrderId = orderId,
        };
        _messages.Add(new GeneratedMessage(message, intent, promiseType, questionIntent));
    }
}
