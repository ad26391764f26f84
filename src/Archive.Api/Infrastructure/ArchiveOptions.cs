using System.ComponentModel.DataAnnotations;
using Archive.Index;

namespace Archive.Api.Infrastructure;

/// <summary>The "Archive" configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Data dir; empty means <c>index-data/</c> at the repository root (or beside the app when not in a checkout).</summary>
    public string? DataDir { get; set; }

    public IndexDirectoryKind DirectoryKind { get; set; } = IndexDirectoryKind.RawMMap;

    [Range(1, 10_000)]
    public int QueueCapacity { get; set; } = 64;

    [Range(0.05, 600)]
    public double CommitIntervalSeconds { get; set; } = 2;

    /// <summary>How often new messages become searchable (the contract allows 2 s).</summary>
    [Range(0.05, 2)]
    public double RefreshIntervalSeconds { get; set; } = 1;

    /// <summary>
    /// How long <c>POST /messages</c> holds its 202 until the batch is searchable (the contract's "accepted" means
    /// findable). A batch still not searchable then is answered with <c>searchable: false</c>; it is journaled either way.
    /// </summary>
    [Range(0, 600)]
    public double SearchableWaitSeconds { get; set; } = 30;

    [Range(0.05, 600)]
    public double InboxPollSeconds { get; set; } = 1;

    [Range(1, 1024)]
    public int MaxRequestBodyMegabytes { get; set; } = 64;

    [Range(1, 1_000_000)]
    public int MaxBatchMessages { get; set; } = 100_000;

    /// <summary>Days a conversation is kept after its last message; 0 keeps everything (the default).</summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; }

    /// <summary>Per-shop retention in days, overriding <see cref="RetentionDays"/> (Archive:RetentionDaysByShop:shopA=30).</summary>
    public Dictionary<string, int> RetentionDaysByShop { get; set; } = new(StringComparer.Ordinal);

    [Range(0.01, 24 * 30)]
    public double PurgeIntervalHours { get; set; } = 24;
}
