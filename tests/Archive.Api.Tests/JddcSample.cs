using Archive.Messages;
using Archive.Tests.Shared;
using Archive.Tools.Jddc;

namespace Archive.Api.Tests;

/// <summary>The real JDDC sample (from ../shared), converted as `import-jddc` does and posted through the API.</summary>
internal static class JddcSample
{
    public const string File = "jddc/chat_0.1per.txt";

    public static List<ChatMessage> Messages()
    {
        using var reader = new StreamReader(SharedData.File(File)!);
        return new JddcImporter(JddcImporter.DefaultStart).Read(reader).ToList();
    }

    /// <summary>Posts every message in bodies of 3,000 and waits until all are searchable.</summary>
    public static async Task PostAllAsync(ArchiveApiFactory factory, HttpClient client, IReadOnlyList<ChatMessage> messages)
    {
        foreach (var chunk in messages.Chunk(3000))
            await factory.PostAndWaitAsync(client, chunk.Select(m => (object)m).ToArray());
    }
}
