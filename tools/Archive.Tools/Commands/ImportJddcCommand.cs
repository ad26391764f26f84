namespace Archive.Tools.Commands;

public static class ImportJddcCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return Task.FromResult(1);
    }
}
