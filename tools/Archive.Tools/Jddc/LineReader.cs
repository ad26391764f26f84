using System.Text;

namespace Archive.Tools.Jddc;

/// <summary>
/// Lines split on '\n' only (one trailing '\r' dropped). TextReader.ReadLine would also split on a lone '\r', which
/// could cut a message's content in two.
/// </summary>
internal static class LineReader
{
    public static IEnumerable<string> Lines(TextReader reader)
    {
        var buffer = new char[1 << 14];
        var line = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var from = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n') continue;
                line.Append(buffer, from, i - from);
                yield return TrimCarriageReturn(line);
                line.Clear();
                from = i + 1;
            }
            line.Append(buffer, from, read - from);
        }
        if (line.Length > 0) yield return TrimCarriageReturn(line);
    }

    private static string TrimCarriageReturn(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
}
