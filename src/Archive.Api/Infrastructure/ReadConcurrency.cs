using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Api.Infrastructure;

/// <summary>
/// Index reads (search, transcripts, promises, FAQ, evidence) run at most a few at a time and the rest wait their turn
/// without holding a thread. Reads are CPU work: fifty of them at once only share the cores fifty ways, among them
/// the indexing worker's, and ingestion falls behind on the busiest day. Ingestion itself is not gated.
/// </summary>
public static class ReadConcurrency
{
    public const string Policy = "index-reads";

    /// <summary>How many reads may wait; beyond it a read is answered 429 at once.</summary>
    public const int QueueLimit = 2_000;

    public static void AddReadConcurrencyLimit(this RateLimiterOptions options, IConfiguration configuration)
    {
        var permits = configuration.GetValue($"{ArchiveOptions.Section}:MaxConcurrentReads", Environment.ProcessorCount);
        options.AddConcurrencyLimiter(Policy, o =>
        {
            o.PermitLimit = Math.Max(1, permits);
            o.QueueLimit = QueueLimit;
            o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
        });
    }
}
