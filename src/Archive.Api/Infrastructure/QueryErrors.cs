using System.Globalization;
using Archive.Messages;

namespace Archive.Api.Infrastructure;

/// <summary>Collects what is wrong with a request's parameters, for one 400 that names every problem.</summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => _errors;

    public void Add(string parameter, string message) =>
        _errors[parameter] = _errors.TryGetValue(parameter, out var existing) ? [.. existing, message] : [message];

    public int Int(string parameter, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Add(parameter, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    public DateTimeOffset? Time(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (MessageValidator.TryParseSentAt(value, out var t)) return t;
        if (DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day, TimeSpan.FromHours(8));
        Add(parameter, "must be ISO-8601 with an offset (2023-01-06T10:40:12+08:00) or a date (2023-01-06, taken as China time)");
        return null;
    }

    public string? Id(string parameter, string? value)
    {
        if (value is null) return null;
        if (value.Length == 0 || value.Length > MessageValidator.MaxIdLength || value.Any(char.IsControl))
        {
            Add(parameter, $"must be 1 to {MessageValidator.MaxIdLength} characters without control characters");
            return null;
        }
        return value;
    }
}
