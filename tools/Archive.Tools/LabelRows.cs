using System.Text;

namespace Archive.Tools;

/// <summary>
/// The rows of a label file under tests/data: tab-separated, UTF-8, with '#' comment lines and one header row (named
/// by its first column) skipped, each row with its line number in the file for error messages.
/// </summary>
public static class LabelRows
{
    public static IEnumerable<(int FileLine, string[] Columns)> Read(string path, string firstHeaderColumn)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(firstHeaderColumn + "\t", StringComparison.Ordinal)) continue;
            yield return (number, line.Split('\t'));
        }
    }
}
