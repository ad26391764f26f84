using System.Text;
using Archive.Messages;
using Archive.Tools.Generation;

namespace Archive.Tools.Load;

/// <summary>
/// Generated messages cut into NDJSON request bodies, shared by several posting tasks: each call takes the next
/// batch of one deterministic stream, so every message (and its generator-given messageId) is posted at most once.
/// </summary>
internal sealed class GeneratedBatches : IDisposable
{
    private readonly IEnumerator<GeneratedMessage> _messages;
    private readonly int _batchSize;
    private readonly Lock _lock = new();
    private bool _exhausted;

    /// <param name="expectedTotal">Roughly how many messages will be taken: the generator spreads its days by it.</param>
    public GeneratedBatches(int seed, int batchSize, long expectedTotal)
    {
        _batchSize = batchSize;
        _messages = new ShopCorpusGenerator(seed).Generate((int)Math.Clamp(expectedTotal, batchSize, int.MaxValue / 2)).GetEnumerator();
    }

    private readonly Queue<MessageBatch> _prepared = new();

    public long Taken { get; private set; }

    /// <summary>
    /// Generates and serializes the next <paramref name="batches"/> bodies now, before a measurement starts, so that
    /// the load tool's own work (a generator and a JSON writer at 10,000 messages a second) does not share the cores
    /// with the service while it is being measured.
    /// </summary>
    public void Prepare(int batches)
    {
        for (var i = 0; i < batches && Generate() is { } batch; i++) _prepared.Enqueue(batch);
    }

    /// <summary>The next batch and its NDJSON body, or null once the stream is exhausted.</summary>
    public MessageBatch? Next()
    {
        lock (_lock)
            if (_prepared.TryDequeue(out var prepared)) return prepared;
        return Generate();
    }

    private MessageBatch? Generate()
    {
        var messages = new List<ChatMessage>(_batchSize);
        lock (_lock)
        {
            while (!_exhausted && messages.Count < _batchSize)
            {
                if (_messages.MoveNext()) messages.Add(_messages.Current.Message);
                else _exhausted = true;
            }
            Taken += messages.Count;
        }
        return messages.Count == 0 ? null : new MessageBatch(messages, Ndjson(messages));
    }

    public static byte[] Ndjson(IEnumerable<ChatMessage> messages)
    {
        var body = new StringBuilder();
        foreach (var m in messages) body.Append(MessageJson.Serialize(m)).Append('\n');
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    public void Dispose() => _messages.Dispose();
}

internal sealed record MessageBatch(IReadOnlyList<ChatMessage> Messages, byte[] Body)
{
    public HttpContent Content()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }
}
