using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Archive.Search;

/// <summary>
/// Where the previous page ended: the sort values of its last hit (score, time, sequence). The sequence makes the
/// position unique, so paging stays stable while new messages arrive; the sort is part of the cursor so that a cursor is
/// never applied to a differently sorted search.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, float Score, long SentAtMs, long Sequence)
{
    public string Encode()
    {
        var raw = string.Join('|', (int)Sort, Score.ToString("R", CultureInfo.InvariantCulture),
            SentAtMs.ToString(CultureInfo.InvariantCulture), Sequence.ToString(CultureInfo.InvariantCulture));
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(raw));
    }

    public static bool TryDecode(string? value, out SearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value) || value.Length > 1024) return false;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('|', 4);
            if (parts.Length != 4
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sort)
                || !Enum.IsDefined(typeof(SearchSort), sort)
                || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                || !float.IsFinite(score)
                || !long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
                || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                return false;
            cursor = new SearchCursor((SearchSort)sort, score, ms, sequence);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
