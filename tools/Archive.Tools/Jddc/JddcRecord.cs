namespace Archive.Tools.Jddc;

/// <summary>
/// One line of the JDDC chat log: session_id, user_id, waiter_send (0 buyer, 1 agent), is_transfer, is_repeat,
/// sku ('nan' when none), content.
/// </summary>
internal sealed record JddcRecord(
    string SessionId, string UserId, bool FromAgent, bool IsTransfer, bool IsRepeat, string? Sku, string Content)
{
    public const int Columns = 7;

    /// <summary>
    /// Splits on the first six tabs only, so a tab inside the content stays part of the content rather than
    /// breaking the line.
    /// </summary>
    public static bool TryParse(string line, out JddcRecord? record, out string? error)
    {
        record = null;
        var tabs = new int[Columns - 1];
        var found = 0;
        for (var i = 0; i < line.Length && found < tabs.Length; i++)
            if (line[i] == '\t') tabs[found++] = i;
        if (found < tabs.Length)
        {
            error = line.Length == 0 ? "empty line" : $"expected {Columns} tab-separated columns, found {found + 1}";
            return false;
        }

        string Field(int index) => line[(index == 0 ? 0 : tabs[index - 1] + 1)..tabs[index]];
        var sessionId = Field(0).Trim();
        var userId = Field(1).Trim();
        var sku = Field(5).Trim();
        if (sessionId.Length == 0) { error = "session_id is empty"; return false; }
        if (userId.Length == 0) { error = "user_id is empty"; return false; }
        if (!TryFlag(Field(2), out var fromAgent)) { error = $"waiter_send must be 0 or 1 (got '{Field(2)}')"; return false; }
        if (!TryFlag(Field(3), out var transfer)) { error = $"is_transfer must be 0 or 1 (got '{Field(3)}')"; return false; }
        if (!TryFlag(Field(4), out var repeat)) { error = $"is_repeat must be 0 or 1 (got '{Field(4)}')"; return false; }

        record = new JddcRecord(sessionId, userId, fromAgent, transfer, repeat,
            sku.Length == 0 || sku.Equals("nan", StringComparison.OrdinalIgnoreCase) ? null : sku,
            line[(tabs[^1] + 1)..]);
        error = null;
        return true;
    }

    private static bool TryFlag(string value, out bool flag)
    {
        flag = value.Trim() == "1";
        return value.Trim() is "0" or "1";
    }
}
