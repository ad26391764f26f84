namespace Archive;

/// <summary>Cells of the CSV files people open in Excel: the evidence export and the quick-phrase export.</summary>
public static class SpreadsheetCells
{
    /// <summary>
    /// Formula injection: Excel and LibreOffice evaluate a cell that starts with = + - @ (and, via DDE, one starting
    /// with a tab or CR) as a formula, so a buyer could write <c>=HYPERLINK(…)</c> into a chat and have it run on
    /// the arbitrator's machine. Such a cell gets a leading apostrophe (OWASP's advice) rather than a tab: the
    /// apostrophe is visible, so a reader sees the cell was marked, whereas a tab is invisible and some tools trim
    /// it, silently re-arming the formula. Only text that came from outside is guarded; values the archive formats
    /// itself (times, offsets like -05:00, numbers, hashes) are left exact.
    /// </summary>
    public static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>RFC 4180: quoted only when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Always quoted, for columns whose values usually need it anyway.</summary>
    public static string AlwaysQuote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
