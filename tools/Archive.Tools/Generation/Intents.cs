namespace Archive.Tools.Generation;

/// <summary>The buyer-question labels of the corpus (what Taobao buyers ask most).</summary>
public static class Intents
{
    public const string Value = "value";
    public const string Stock = "stock";
    public const string ShippingFee = "shipping_fee";
    public const string Discount = "discount";
    public const string Bargain = "bargain";
    public const string ReturnExchange = "return_exchange";
    public const string Quality = "quality";
    public const string OrderPayment = "order_payment";
    public const string Logistics = "logistics";
    public const string Invoice = "invoice";
    public const string AfterSales = "after_sales";
    public const string SizeColor = "size_color";
    public const string PromiseFollowUp = "promise_followup";
}

/// <summary>
/// One intent (a topic): its question families, the agent's plain answers, and which promises an agent tends to make
/// in reply (PromisePercent of the answers). How often the topic is asked is the sum of its families' weights, so a
/// family's share of all questions is its own weight over the total whichever topic it sits in.
/// </summary>
internal sealed record IntentSpec(
    string Key, bool ConcernsItem, bool ConcernsOrder,
    QuestionFamily[] Families, Template[] Answers, int PromisePercent, (string Type, int Weight)[] Promises)
{
    private WeightedChoice? _promiseChoice;
    private FamilyChoice? _familyChoice;

    public int Weight => Families.Sum(f => f.Weight);

    /// <summary>Every wording of every family.</summary>
    public Template[] Questions => Families.SelectMany(f => f.Wordings).ToArray();

    public QuestionFamily PickFamily(Rng rng) => (_familyChoice ??= new FamilyChoice(Families)).Next(rng);

    public string PickPromise(Rng rng)
    {
        _promiseChoice ??= new WeightedChoice(Array.ConvertAll(Promises, p => p.Weight));
        return Promises[_promiseChoice.Next(rng)].Type;
    }
}

internal static class IntentCatalog
{
    /// <summary>
    /// Family weights (in the BuyerQuestions files) make the topics follow what dominates real Taobao service queues:
    /// shipping progress, fees and discounts first, invoices and value-for-money questions rarely.
    /// </summary>
    public static readonly IntentSpec[] Asked =
    [
        new(Intents.Logistics, false, true, BuyerQuestions.Logistics, AgentAnswers.Logistics, 40,
            [(PromiseTypes.Shipping, 6), (PromiseTypes.FollowUp, 3)]),
        new(Intents.ShippingFee, true, false, BuyerQuestions.ShippingFee, AgentAnswers.ShippingFee, 30,
            [(PromiseTypes.FreeShipping, 1)]),
        new(Intents.SizeColor, true, false, BuyerQuestions.SizeColorGeneric, AgentAnswers.SizeColor, 8,
            [(PromiseTypes.ReturnExchange, 1)]),
        new(Intents.Stock, true, false, BuyerQuestions.Stock, AgentAnswers.Stock, 20,
            [(PromiseTypes.FollowUp, 2), (PromiseTypes.Shipping, 1)]),
        new(Intents.Discount, true, false, BuyerQuestions.Discount, AgentAnswers.Discount, 40,
            [(PromiseTypes.Discount, 3), (PromiseTypes.Gift, 2)]),
        new(Intents.ReturnExchange, false, true, BuyerQuestions.ReturnExchange, AgentAnswers.ReturnExchange, 40,
            [(PromiseTypes.ReturnExchange, 3), (PromiseTypes.Refund, 2)]),
        new(Intents.Quality, true, false, BuyerQuestions.Quality, AgentAnswers.Quality, 30,
            [(PromiseTypes.Quality, 1)]),
        new(Intents.Bargain, true, false, BuyerQuestions.Bargain, AgentAnswers.Bargain, 45,
            [(PromiseTypes.Discount, 3), (PromiseTypes.Gift, 2), (PromiseTypes.FreeShipping, 2)]),
        new(Intents.OrderPayment, false, true, BuyerQuestions.OrderPayment, AgentAnswers.OrderPayment, 20,
            [(PromiseTypes.Discount, 2), (PromiseTypes.Shipping, 1)]),
        new(Intents.AfterSales, true, true, BuyerQuestions.AfterSales, AgentAnswers.AfterSales, 55,
            [(PromiseTypes.Compensation, 4), (PromiseTypes.ReturnExchange, 2), (PromiseTypes.Quality, 1), (PromiseTypes.FollowUp, 2)]),
        new(Intents.Value, true, false, BuyerQuestions.Value, AgentAnswers.Value, 15,
            [(PromiseTypes.Gift, 1), (PromiseTypes.Quality, 1)]),
        new(Intents.Invoice, false, true, BuyerQuestions.Invoice, AgentAnswers.Invoice, 50,
            [(PromiseTypes.Invoice, 1)]),
    ];

    /// <summary>Clothing and shoe shops get fit questions instead of generic spec questions.</summary>
    public static readonly IntentSpec SizeColorApparel = Asked[2] with { Families = BuyerQuestions.SizeColorApparel };

    public static readonly WeightedChoice AskedChoice = new(Array.ConvertAll(Asked, i => i.Weight));

    public static IntentSpec Pick(Rng rng, bool apparel)
    {
        var intent = Asked[AskedChoice.Next(rng)];
        return apparel && intent.Key == Intents.SizeColor ? SizeColorApparel : intent;
    }
}
