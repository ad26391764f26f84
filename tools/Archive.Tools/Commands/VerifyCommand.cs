using System.Text.Json;
using Archive.Evidence;
using Archive.Messages;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>verify &lt;bundle.json&gt;: exit 0 when the evidence bundle is intact, 1 naming the first problem, 2 when it cannot be read.</summary>
public static class VerifyCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var path = arguments.RequirePositional(0, "the evidence bundle (JSON, as GET /api/v1/evidence returns it)");
        EvidenceBundle? bundle;
        try
        {
            using var stream = File.OpenRead(path);
            bundle = JsonSerializer.Deserialize<EvidenceBundle>(stream, MessageJson.Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]cannot read {path}: {e.Message}[/]");
            return Task.FromResult(2);
        }
        if (bundle is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{path} holds no bundle[/]");
            return Task.FromResult(2);
        }

        var result = BundleVerifier.Verify(bundle);
        if (result.Intact)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]OK[/] {path}: {result.Problem}; manifest {bundle.Manifest.Hash}");
            return Task.FromResult(0);
        }
        var where = result.MessageId is not null ? $"message {result.MessageId} of conversation {result.ConversationId}"
            : result.ConversationId is not null ? $"conversation {result.ConversationId}" : "bundle";
        AnsiConsole.MarkupLineInterpolated($"[red]TAMPERED[/] {path}: {where}: {result.Problem}");
        return Task.FromResult(1);
    }
}
