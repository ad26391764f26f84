namespace Archive.Faq;

/// <summary>
/// What to mine. Messages with <c>SentAt</c> in [<see cref="From"/>, <see cref="To"/>] are the current period; messages
/// before <see cref="From"/> but not earlier than the period's length before it are the previous period, counted only
/// for the trend (<see cref="FaqQuestion.PreviousConversations"/>); anything else is ignored. Without
/// <see cref="From"/> every message (up to <see cref="To"/>) is current and there is no previous period.
/// </summary>
public sealed record FaqMiningOptions
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Only groups of this category key (see <see cref="QuestionCategories"/>); null for all.</summary>
    public string? Category { get; init; }

    /// <summary>How many groups the report lists, most asked first.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Groups asked in fewer distinct conversations of the current period are left out.</summary>
    public int MinConversations { get; init; } = 2;

    public int MaxExamples { get; init; } = 5;

    public int MaxReplies { get; init; } = 3;

    /// <summary>Whether auto-replies (sender "auto") may be suggested; off by default: they answer nothing specific.</summary>
    public bool IncludeAutoReplies { get; init; }

    /// <summary>Cosine similarity at which two wordings are the same question.</summary>
    public double Similarity { get; init; } = QuestionGrouper.DefaultThreshold;
}

/// <summary>The most-asked questions. Plain records: serializes to the contract's camelCase JSON as-is.</summary>
public sealed record FaqReport
{
    public required IReadOnlyList<FaqQuestion> Questions { get; init; }

    /// <summary>Buyer messages of the current period, and how many of them were taken for questions.</summary>
    public required int BuyerMessages { get; init; }

    public required int QuestionMessages { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>Start of the previous period the trend compares with; null when there is none.</summary>
    public DateTimeOffset? PreviousFrom { get; init; }
}

/// <summary>
/// One question as buyers ask it in many wordings. <see cref="Representative"/> is the most frequent wording of the
/// group's most frequent normalized form; <see cref="Conversations"/> counts distinct conversations of the current
/// period in which it was asked (not messages), <see cref="Buyers"/> distinct buyers. <see cref="Category"/> is the
/// stable key (value, stock, shipping_fee, discount, bargain, return_exchange, quality, order_payment, logistics,
/// invoice, after_sales, other), <see cref="CategoryLabel"/> its Chinese label (性价比, 有没有货/库存, …, 其他).
/// </summary>
public sealed record FaqQuestion
{
    public required string Representative { get; init; }

    public required int Conversations { get; init; }

    public required int Buyers { get; init; }

    public required int Messages { get; init; }

    public required IReadOnlyList<string> Examples { get; init; }

    public required string Category { get; init; }

    public required string CategoryLabel { get; init; }

    public required IReadOnlyList<SuggestedReply> SuggestedReplies { get; init; }

    /// <summary>Distinct conversations of the previous period of equal length (0 when none was given).</summary>
    public required int PreviousConversations { get; init; }

    /// <summary>"new", "up", "down" or "flat" (within ±10%), current against previous period; null without one.</summary>
    public string? Trend { get; init; }
}

/// <summary>An agents' answer to the question, ready to save as a quick phrase; <see cref="Uses"/> counts conversations.</summary>
public sealed record SuggestedReply(string Text, int Uses);
