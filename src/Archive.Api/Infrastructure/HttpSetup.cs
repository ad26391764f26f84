using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.OpenApi;

namespace Archive.Api.Infrastructure;

public static class HttpSetup
{
    /// <summary>Every error as application/problem+json: validation, binding, oversized bodies and the unexpected.</summary>
    public static IServiceCollection AddArchiveProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.Configure<ExceptionHandlerOptions>(o =>
            o.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Chinese stays readable in responses instead of \uXXXX escapes.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        return services;
    }

    public static IServiceCollection AddArchiveOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Archive",
                Version = "v1",
                Description = "Every buyer–agent chat of a shop, kept and findable: full-text search in Chinese, transcripts, ingestion.",
            });
            // Swagger UI's "Authorize" button takes a key and sends it as X-Api-Key with every try-out.
            o.AddSecurityDefinition("ApiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key (README, Access). Not needed when the service runs open on loopback.",
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("ApiKey", document)] = [],
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml)) o.IncludeXmlComments(xml);
        });
        return services;
    }

    public static WebApplication UseArchiveOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "Archive v1"));
        return app;
    }

    /// <summary>
    /// A <c>Server-Timing: app;dur=…</c> header on every response: the milliseconds from the request reaching the
    /// application to its response starting, waits for a read slot included. Set apart from what a client measures,
    /// it tells time spent in the service from time spent in the network, the client or the host's scheduler.
    /// </summary>
    public static WebApplication UseServerTiming(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = "app;dur=" + ms.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
