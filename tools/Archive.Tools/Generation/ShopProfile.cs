namespace Archive.Tools.Generation;

internal sealed record ShopItem(string Id, string Name, int Price);

/// <summary>One synthetic Taobao shop: its category, catalog and customer-service sub-accounts.</summary>
internal sealed class ShopProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ShopCategory Category { get; init; }
    public required ShopItem[] Items { get; init; }
    /// <summary>Taobao sub-accounts are written "shop name:nick", which also keeps them unique across shops.</summary>
    public required string[] AgentIds { get; init; }
    public required string AfterSalesAgentId { get; init; }
    /// <summary>Relative share of the traffic: a few big shops and a tail of small ones.</summary>
    public required int Weight { get; init; }

    public static string NickOf(string agentId) => agentId[(agentId.IndexOf(':') + 1)..];

    public static ShopProfile[] CreateAll(int count, Rng rng)
    {
        var categories = ShopCatalog.Categories;
        var offset = rng.Next(categories.Length);
        var shops = new ShopProfile[count];
        for (var i = 0; i < count; i++)
        {
            var category = categories[(offset + i) % categories.Length];
            var round = i / categories.Length;
            var stem = category.NameStems[(rng.Next(category.NameStems.Length) + round) % category.NameStems.Length];
            var name = stem + category.NameSuffix + (round >= category.NameStems.Length ? (round + 1).ToString() : "");
            shops[i] = new ShopProfile
            {
                Id = $"shop-{i + 1:D2}",
                Name = name,
                Category = category,
                Items = CreateItems(category, rng),
                AgentIds = CreateAgents(name, rng),
                AfterSalesAgentId = name + ":" + rng.Pick(ShopCatalog.AfterSalesNicks),
                Weight = Math.Max(1, 120 / (i + 1)),
            };
        }
        return shops;
    }

    private static ShopItem[] CreateItems(ShopCategory category, Rng rng)
    {
        var items = new ShopItem[category.Items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var (name, price) = category.Items[i];
            // Taobao item ids are 12 digits starting with 5–7 these days.
            var id = (char)('5' + rng.Next(3)) + rng.Digits(11);
            items[i] = new ShopItem(id, name, price + rng.Between(-10, 10));
        }
        return items;
    }

    private static string[] CreateAgents(string shopName, Rng rng)
    {
        var nicks = ShopCatalog.AgentNicks;
        var agents = new string[rng.Between(2, 5)];
        var first = rng.Next(nicks.Length);
        // A stride coprime to the list length visits distinct nicks without any set bookkeeping.
        var stride = 1 + rng.Next(nicks.Length - 1);
        while (Gcd(stride, nicks.Length) != 1) stride++;
        for (var i = 0; i < agents.Length; i++) agents[i] = shopName + ":" + nicks[(first + i * stride) % nicks.Length];
        return agents;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
