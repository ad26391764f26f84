using Archive.Ingestion;
using Archive.Lifecycle;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Archive.Api.Infrastructure;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>The archive engine (index, ingestion worker, inbox watcher) as one singleton run by a hosted service.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            var dataDir = DataDirLocator.Resolve(options.DataDir, environment.ContentRootPath);
            return ArchiveEngine.Open(dataDir, new IngestionOptions
            {
                QueueCapacity = options.QueueCapacity,
                CommitInterval = TimeSpan.FromSeconds(options.CommitIntervalSeconds),
                RefreshInterval = TimeSpan.FromSeconds(options.RefreshIntervalSeconds),
                InboxPollInterval = TimeSpan.FromSeconds(options.InboxPollSeconds),
            }, options.DirectoryKind, new RetentionPolicy
            {
                DefaultDays = options.RetentionDays,
                Shops = new Dictionary<string, int>(options.RetentionDaysByShop, StringComparer.Ordinal),
            });
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ArchiveOptions>>((kestrel, archive) =>
            kestrel.Limits.MaxRequestBodySize = archive.Value.MaxRequestBodyMegabytes * 1024L * 1024L);
        services.AddHostedService<ArchiveEngineHost>();
        services.AddHostedService<Archive.Api.Lifecycle.RetentionPurgeService>();
        return services;
    }
}
