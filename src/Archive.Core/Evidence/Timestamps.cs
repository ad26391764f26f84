using System.Globalization;

namespace Archive.Evidence;

/// <summary>The one textual form of a point in time that the index stores and seals cover.</summary>
public static class Timestamps
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz";

    /// <summary>ISO-8601 keeping the original offset; fractional seconds only when present (2023-01-06T10:40:12+08:00).</summary>
    public static string Canonical(DateTimeOffset value) => value.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string canonical) => DateTimeOffset.Parse(canonical, CultureInfo.InvariantCulture);
}
