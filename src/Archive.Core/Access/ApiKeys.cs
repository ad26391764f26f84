using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Archive.Access;

/// <summary>What a key may do. Each role has the powers of the ones before it.</summary>
public enum AccessRole { Agent, Dispute, Manager, Admin }

/// <summary>
/// One API key as configured: never the key itself, only its SHA-256 (hex). <see cref="Shops"/> empty means every
/// shop; otherwise the key sees nothing of other shops.
/// </summary>
public sealed record ApiKeyEntry
{
    public required string Name { get; init; }
    public required string Sha256 { get; init; }
    public required AccessRole Role { get; init; }
    public IReadOnlyList<string> Shops { get; init; } = [];
}

/// <summary>
/// The configured keys: the <c>Archive:ApiKeys</c> configuration section plus <c>&lt;data dir&gt;/api-keys.json</c>
/// (an array of entries, as <c>tools … add-key</c> writes it). Looked up by the hash of the presented key.
/// </summary>
public sealed class ApiKeyStore
{
    public const string FileName = "api-keys.json";
    private readonly Dictionary<string, ApiKeyEntry> _byHash;

    public ApiKeyStore(IEnumerable<ApiKeyEntry> entries)
    {
        _byHash = new Dictionary<string, ApiKeyEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var hash = entry.Sha256.Trim().ToLowerInvariant();
            if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
                throw new InvalidOperationException($"API key '{entry.Name}': Sha256 must be 64 hex characters (the hash, never the key)");
            _byHash[hash] = entry;
        }
    }

    public bool IsOpen => _byHash.Count == 0;

    public int Count => _byHash.Count;

    public ApiKeyEntry? Find(string presentedKey) => _byHash.GetValueOrDefault(Hash(presentedKey));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static IReadOnlyList<ApiKeyEntry> ReadFile(string dataDir)
    {
        var path = Path.Combine(dataDir, FileName);
        if (!File.Exists(path)) return [];
        return JsonSerializer.Deserialize<List<ApiKeyEntry>>(File.ReadAllText(path), FileOptions) ?? [];
    }

    /// <summary>Adds an entry to the data dir's key file (created if needed), written atomically.</summary>
    public static void AppendToFile(string dataDir, ApiKeyEntry entry)
    {
        Directory.CreateDirectory(dataDir);
        var entries = ReadFile(dataDir).Where(e => e.Name != entry.Name).Append(entry).ToList();
        var path = Path.Combine(dataDir, FileName);
        DurableFile.Replace(path, JsonSerializer.SerializeToUtf8Bytes(entries, FileOptions));
    }

    /// <summary>A new random key: 32 bytes from the system's CSPRNG, base64url, with a recognisable prefix.</summary>
    public static string NewKey() =>
        "ak_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
