using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Archive.Tools.Load;

/// <summary>One request timed from send to the last byte of the response, its outcome recorded in an endpoint's stats.</summary>
internal static class TimedHttp
{
    public const int TransportError = -1;

    /// <summary>The status code (or <see cref="TransportError"/>) and the body.</summary>
    public static async Task<(int Status, byte[] Body)> SendAsync(HttpClient http, HttpRequestMessage request, EndpointStats stats)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            if (ServerMilliseconds(response) is { } server) stats.RecordServerTime(start, server);
            stats.Record(start, Stopwatch.GetElapsedTime(start).TotalMilliseconds, status,
                status >= 400 ? Describe(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body) : null);
            return (status, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            stats.RecordTransportError(start, Stopwatch.GetElapsedTime(start).TotalMilliseconds, e);
            return (TransportError, []);
        }
        finally
        {
            request.Dispose();
        }
    }

    /// <summary>The service's own time for the request, from its Server-Timing header (app;dur=…).</summary>
    private static double? ServerMilliseconds(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values)) return null;
        foreach (var value in values)
        {
            var at = value.IndexOf("dur=", StringComparison.Ordinal);
            if (at >= 0 && double.TryParse(value.AsSpan(at + 4), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms))
                return ms;
        }
        return null;
    }

    public static Task<(int Status, byte[] Body)> GetAsync(HttpClient http, string pathAndQuery, EndpointStats stats) =>
        SendAsync(http, new HttpRequestMessage(HttpMethod.Get, pathAndQuery), stats);

    /// <summary>"application/problem+json: title — detail", or the first characters of any other body.</summary>
    public static string Describe(HttpStatusCode status, string? mediaType, byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        if (mediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.Object && (Field(json.RootElement, "title") + Field(json.RootElement, "detail")).Length > 0)
                    text = $"{Field(json.RootElement, "title")} — {Field(json.RootElement, "detail")}";
            }
            catch (JsonException)
            {
                // not JSON after all: show the raw start
            }
        }
        text = text.ReplaceLineEndings(" ");
        return $"{(int)status} {mediaType ?? "(no content type)"}: {(text.Length > 400 ? text[..400] + "…" : text)}";
    }

    private static string Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
