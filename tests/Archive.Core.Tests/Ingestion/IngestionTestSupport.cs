using System.Text;
using Archive.Ingestion.Parsing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>Encodings and a private temp directory per test, so tests never share or leave files.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("archive-ingestion-tests-").FullName;

    public string Write(string fileName, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp dir is harmless; a failing Dispose would hide the real result */ }
    }
}

internal static class Encodings
{
    static Encodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static byte[] Utf8Bom(string s) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s)];

    public static byte[] GbkBytes(string s) => Gbk.GetBytes(s);
}

internal static class ParseAssert
{
    /// <summary>Parsed without file error and without rejections; the message of a failure lists what went wrong.</summary>
    public static ParseResult Clean(ParseResult result, int expectedMessages)
    {
        Assert.True(result.FileError is null, $"file error: {result.FileError}");
        Assert.True(result.Rejections.Count == 0,
            "rejections: " + string.Join(" | ", result.Rejections.Select(r => $"{r.Line}: {r.Reason}")));
        Assert.Equal(expectedMessages, result.Messages.Count);
        return result;
    }
}
