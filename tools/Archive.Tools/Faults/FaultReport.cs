using Archive.Tools.Load;
using Spectre.Console;

namespace Archive.Tools.Faults;

internal sealed class FaultReport
{
    public KillResult? Kills { get; set; }
    public List<CaseResult> Cases { get; } = [];

    public string? Aborted { get; set; }

    public bool Failed => Aborted is not null || Kills is { Presence.Intact: false } || Cases.Any(c => !c.Passed);

    public void Print()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 180);
        if (Kills is { } k)
        {
            var rounds = new Table().AddColumn("kill").AddColumn(new TableColumn("acked this round").RightAligned())
                .AddColumn(new TableColumn("acked total").RightAligned()).AddColumn(new TableColumn("alive s").RightAligned())
                .AddColumn(new TableColumn("start s").RightAligned());
            foreach (var r in k.Rounds)
                rounds.AddRow($"{r.Round}", $"{r.AcknowledgedInRound:N0}", $"{r.AcknowledgedTotal:N0}", $"{r.SecondsAlive:N1}", $"{r.StartSeconds:N1}");
            AnsiConsole.Write(rounds);
            var p = k.Presence;
            var table = new Table().AddColumn("kill -9 test").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("kills done", $"{k.Rounds.Count}");
            table.AddRow("acknowledged messages (202)", $"{p.Acknowledged:N0}");
            table.AddRow("present", $"{p.Present:N0}");
            table.AddRow("missing", Color(p.Missing));
            table.AddRow("duplicated", Color(p.Duplicated));
            table.AddRow("unacknowledged but present (in flight at a kill)", $"{p.UnacknowledgedPresent:N0}");
            table.AddRow("conversations checked", $"{p.Conversations:N0}");
            table.AddRow("messagesIndexed (ingest/status)", $"{p.MessagesIndexed:N0}");
            table.AddRow("POSTs: 202 / cut off by a kill / other", $"{k.Posts.Success:N0} / {k.Posts.TransportErrors:N0} / {k.Posts.ClientErrors + k.Posts.ServerErrors:N0}");
            AnsiConsole.Write(table);
            foreach (var id in p.MissingSamples) AnsiConsole.MarkupLineInterpolated($"[red]missing[/] {id}");
            foreach (var id in p.DuplicateSamples) AnsiConsole.MarkupLineInterpolated($"[red]duplicated[/] {id}");
        }
        foreach (var c in Cases)
        {
            var verdict = c.Skipped ? "[yellow]skipped[/]" : c.Passed ? "[green]passed[/]" : "[red]FAILED[/]";
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(c.Name)}[/]: {verdict}");
            foreach (var f in c.Findings) AnsiConsole.WriteLine("  " + f);
        }
        if (Aborted is not null) AnsiConsole.MarkupLineInterpolated($"[red]aborted: {Aborted}[/]");
        AnsiConsole.MarkupLine(Failed ? "[red]FAILED[/]" : "[green]nothing acknowledged was lost or duplicated[/]");
    }

    private static string Color(int n) => n == 0 ? "0" : $"[red]{n:N0}[/]";
}
