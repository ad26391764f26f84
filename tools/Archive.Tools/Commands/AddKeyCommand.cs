using Archive.Access;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>add-key --name N --role agent|dispute|manager|admin [--shops a,b] [--data-dir index-data]: prints the key once, stores only its hash.</summary>
public static class AddKeyCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var name = arguments.Require("name");
        if (!Enum.TryParse<AccessRole>(arguments.Require("role"), ignoreCase: true, out var role))
            throw new ToolArgumentException("--role must be agent, dispute, manager or admin");
        var shops = (arguments.Get("shops") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dataDir = arguments.Get("data-dir") ?? "index-data";

        var key = ApiKeyStore.NewKey();
        ApiKeyStore.AppendToFile(dataDir, new ApiKeyEntry { Name = name, Sha256 = ApiKeyStore.Hash(key), Role = role, Shops = shops });
        AnsiConsole.MarkupLineInterpolated($"key [bold]{name}[/] ({role}, {(shops.Length == 0 ? "all shops" : string.Join(", ", shops))}) stored as a hash in {Path.Combine(dataDir, ApiKeyStore.FileName)}");
        AnsiConsole.MarkupLine("the key (shown once, send it as the X-Api-Key header; restart the service to load it):");
        Console.WriteLine(key);
        return Task.FromResult(0);
    }
}
