namespace Archive.Tools.Generation;

/// <summary>
/// One question as buyers ask it: a stable key (free_shipping, ship_when, …), how often it is asked relative to every
/// other family, and its paraphrases (different words, order and particles; typos, traditional script and emoji are
/// added per buyer by <see cref="TextNoise"/>). The key is the question-level ground truth the FAQ miner is scored
/// on: two messages of one family ask the same thing, two families need two different quick phrases.
/// </summary>
internal sealed record QuestionFamily(string Key, int Weight, Template[] Wordings)
{
    public static QuestionFamily Of(string key, int weight, params string[] wordings) => new(key, weight, Templates.Of(wordings));
}

/// <summary>Picks a family of one topic in proportion to the families' weights.</summary>
internal sealed class FamilyChoice(QuestionFamily[] families)
{
    private readonly WeightedChoice _choice = new(Array.ConvertAll(families, f => f.Weight));

    public QuestionFamily Next(Rng rng) => families[_choice.Next(rng)];
}
