using System.Globalization;

namespace Archive.Tools.Generation;

/// <summary>
/// The facts of one conversation (which item, colour, order, amount…), drawn once so that every message of the chat
/// talks about the same things.
/// </summary>
internal sealed class ConversationContext
{
    private readonly string[] _values = new string[Enum.GetValues<Slot>().Length];

    public ShopProfile Shop { get; }
    public ShopItem Item { get; }
    public string OrderId { get; }
    public string AgentId { get; private set; }

    public ConversationContext(ShopProfile shop, Rng rng, string? pendingAmount, string? pendingGift)
    {
        Shop = shop;
        var category = shop.Category;
        Item = rng.Pick(shop.Items);
        // Taobao order numbers are 18–19 digits.
        OrderId = rng.Digits(rng.Percent(70) ? 19 : 18);
        AgentId = rng.Pick(shop.AgentIds);

        var color = rng.Next(category.Colors.Length);
        var size = rng.Next(category.Sizes.Length);
        Set(Slot.Item, Item.Name);
        Set(Slot.Color, category.Colors[color]);
        Set(Slot.Color2, category.Colors[(color + 1 + rng.Next(category.Colors.Length - 1)) % category.Colors.Length]);
        Set(Slot.Size, category.Sizes[size]);
        Set(Slot.Size2, category.Sizes[(size + 1) % category.Sizes.Length]);
        Set(Slot.City, rng.Pick(ShopCatalog.Cities));
        Set(Slot.Express, rng.Pick(ShopCatalog.Express));
        Set(Slot.Order, OrderId);
        Set(Slot.Price, Number(Math.Max(9, Item.Price - rng.Between(5, 40) / 5 * 5)));
        Set(Slot.N, Number(rng.Between(2, 5)));
        Set(Slot.Amount, pendingAmount ?? Number(rng.Pick(Amounts)));
        Set(Slot.Days, Number(rng.Between(2, 7)));
        Set(Slot.Hours, rng.Pick(Hours));
        Set(Slot.Agent, ShopProfile.NickOf(AgentId));
        Set(Slot.Shop, shop.Name);
        Set(Slot.Gift, pendingGift ?? rng.Pick(category.Gifts));
        Set(Slot.Date, rng.Pick(ShopCatalog.Dates));
        Set(Slot.Height, Number(rng.Between(150, 185)));
        Set(Slot.Weight, Number(rng.Between(85, 170)));
    }

    private static readonly int[] Amounts = [3, 5, 5, 8, 10, 10, 10, 15, 20, 20, 30, 50];
    private static readonly string[] Hours = ["24", "48", "48", "72"];

    public string Value(Slot slot) => _values[(int)slot];

    public void SwitchAgent(string agentId)
    {
        AgentId = agentId;
        Set(Slot.Agent, ShopProfile.NickOf(agentId));
    }

    private void Set(Slot slot, string value) => _values[(int)slot] = value;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
