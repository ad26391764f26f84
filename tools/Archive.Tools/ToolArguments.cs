using Archive.Index;

namespace Archive.Tools;

public sealed class ToolArgumentException(string message) : Exception(message);

/// <summary>Minimal "--name value" / positional argument reader shared by the commands.</summary>
public sealed class ToolArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positional { get; }

    public ToolArguments(string[] args, params string[] flagNames)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) { positional.Add(args[i]); continue; }
            var name = args[i][2..];
            if (flagNames.Contains(name, StringComparer.OrdinalIgnoreCase)) { _flags.Add(name); continue; }
            if (i + 1 >= args.Length) throw new ToolArgumentException($"--{name} needs a value");
            _options[name] = args[++i];
        }
        Positional = positional;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Require(string name) =>
        Get(name) ?? throw new ToolArgumentException($"--{name} is required");

    public int GetInt(string name, int fallback) =>
        Get(name) is { } v ? int.TryParse(v, out var n) && n >= 0 ? n : throw new ToolArgumentException($"--{name} must be a whole number") : fallback;

    public double GetDouble(string name, double fallback) =>
        Get(name) is { } v
            ? double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && d > 0
                ? d : throw new ToolArgumentException($"--{name} must be a positive number")
            : fallback;

    /// <summary>--directory raw|mmap|nio: which Lucene directory reads the index (raw, the service's default, if absent).</summary>
    public IndexDirectoryKind GetDirectoryKind() => Get("directory")?.ToLowerInvariant() switch
    {
        null or "raw" => IndexDirectoryKind.RawMMap,
        "mmap" => IndexDirectoryKind.MMap,
        "nio" or "niofs" => IndexDirectoryKind.NioFs,
        var other => throw new ToolArgumentException($"--directory must be raw, mmap or nio, not {other}"),
    };

    public string RequirePositional(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new ToolArgumentException($"missing {what}");
}
