using System.Text;
using Archive.Messages;
using Archive.Tools.Generation;
using Archive.Tools.Jddc;

namespace Archive.Tools.Faq;

/// <summary>The corpora faq-eval mines: generated messages with their true intents, and the real JDDC sample.</summary>
public static class FaqCorpus
{
    /// <summary><paramref name="IntentOfMessage"/>: the question family (question-level intent) of every labelled buyer question.</summary>
    public sealed record Generated(List<ChatMessage> Messages, Dictionary<string, string> IntentOfMessage, GeneratorStats Stats);

    /// <summary>Messages in generator order (conversation by conversation) and the question family of every labelled buyer question.</summary>
    public static Generated Generate(int count, int seed)
    {
        var generator = new ShopCorpusGenerator(seed);
        var messages = new List<ChatMessage>(count);
        var intents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var generated in generator.Generate(count))
        {
            messages.Add(generated.Message);
            if (generated.QuestionIntent is { } intent) intents[generated.Message.MessageId] = intent;
        }
        return new Generated(messages, intents, generator.Stats);
    }

    public static List<ChatMessage> ReadJddc(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return new JddcImporter(JddcImporter.DefaultStart).Read(reader)
            .OrderBy(m => m.ConversationId, StringComparer.Ordinal).ThenBy(m => m.SentAt).ThenBy(m => m.MessageId, StringComparer.Ordinal)
            .ToList();
    }
}
