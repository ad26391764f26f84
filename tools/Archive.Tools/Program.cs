using Archive.Tools;
using Archive.Tools.Commands;
using Spectre.Console;

// Each command is a static class with Run(string[] args) returning the exit code; this file only dispatches.
var commands = new Dictionary<string, (Func<string[], Task<int>> Run, string Help)>(StringComparer.OrdinalIgnoreCase)
{
    ["generate"] = (GenerateCommand.RunAsync, "generate --count N --seed S --out file.jsonl   synthetic Taobao shop corpus"),
    ["import-jddc"] = (ImportJddcCommand.RunAsync, "import-jddc <chat file> --out file.jsonl       JDDC sample -> canonical messages"),
    ["bench"] = (BenchCommand.RunAsync, "bench --count N [--dir D] [--directory raw|mmap|nio] [--commit-seconds C]  ingest + query benchmark (run with DOTNET_gcServer=1, as the service runs)"),
    ["index-floor"] = (IndexFloorCommand.RunAsync, "index-floor [--count N] [--seed S] | --input file.jsonl   the smallest Lucene index that answers the contract, against the texts"),
    ["segeval"] = (SegEvalCommand.RunAsync, "segeval <gold file> [--test raw file] [--segmenter archive|smartcn|smartcn+lexicon]  word segmentation P/R/F1"),
    ["promise-eval"] = (PromiseEvalCommand.RunAsync, "promise-eval <labelled.tsv> | --jddc | --jddc-tuning | --scan-jddc N | --agreement A B   promise detection P/R/F1"),
    ["add-key"] = (AddKeyCommand.RunAsync, "add-key --name N --role agent|dispute|manager|admin [--shops a,b] [--data-dir D]   new API key"),
    ["verify"] = (VerifyCommand.RunAsync, "verify <bundle.json>                           check an evidence bundle (exit 0 intact, 1 tampered)"),
    ["reindex"] = (ReindexCommand.RunAsync, "reindex [--data-dir index-data]               rebuild the index from the raw archive (service stopped)"),
    ["faq-eval"] = (FaqEvalCommand.RunAsync, "faq-eval [--count N] [--only atec,intents,chitchat,timing,jddc,intent-labels]   FAQ miner quality and speed"),
    ["load"] = (LoadCommand.RunAsync, "load [--url U|--spawn] [--clients 50] [--seconds 60] [--ingest-rate 10000] [--api-key K]   concurrent queries while ingesting"),
    ["faults"] = (FaultsCommand.RunAsync, "faults [--kills 20] [--messages-per-round 20000] [--dir D]   kill -9 / bad inbox file / full disk: nothing acknowledged lost or duplicated"),
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    AnsiConsole.MarkupLine("[bold]Archive tools[/]  dotnet run --project tools/Archive.Tools -- <command>");
    foreach (var (_, c) in commands) AnsiConsole.WriteLine("  " + c.Help);
    return args.Length == 0 ? 0 : 2;
}

try
{
    return await command.Run(args[1..]);
}
catch (ToolArgumentException e)
{
    AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
    AnsiConsole.WriteLine("usage: " + command.Help);
    return 2;
}
