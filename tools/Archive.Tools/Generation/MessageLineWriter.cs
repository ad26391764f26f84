using System.Text;
using Archive.Messages;

namespace Archive.Tools.Generation;

/// <summary>
/// Canonical JSON Lines: one <see cref="MessageJson"/> object per line, UTF-8 without BOM, "\n" endings on every
/// platform so that the same input gives the same bytes.
/// </summary>
internal sealed class MessageLineWriter : IDisposable
{
    private readonly StreamWriter _writer;

    public MessageLineWriter(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
    }

    public long Lines { get; private set; }

    public void Write(ChatMessage message)
    {
        _writer.Write(MessageJson.Serialize(message));
        _writer.Write('\n');
        Lines++;
    }

    /// <summary>A raw line (the labels file shares the encoding and line-ending rules).</summary>
    public void WriteLine(string line)
    {
        _writer.Write(line);
        _writer.Write('\n');
        Lines++;
    }

    public void Dispose() => _writer.Dispose();
}
