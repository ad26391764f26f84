using System.Diagnostics;
using System.Text;
using Archive.Analysis;
using Archive.Tools.Segmentation;
using Spectre.Console;

namespace Archive.Tools.Commands;

/// <summary>
/// Scores the word field's segmentation against a SIGHAN 2005 gold file: a word counts as correct when
/// its [start, end) span equals a gold word's. Characters the word field drops (punctuation, symbols)
/// are scored as single-character words, which is how the official scorer sees unsegmented characters.
/// </summary>
public static class SegEvalCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var arguments = new ToolArguments(args);
        var goldPath = arguments.RequirePositional(0, "gold file");
        var rawPath = arguments.Get("test");
        var show = arguments.GetInt("show", 0);
        foreach (var path in new[] { goldPath, rawPath })
        {
            if (path is null || File.Exists(path)) continue;
            AnsiConsole.MarkupLineInterpolated($"[red]file not found: {path}[/]");
            return Task.FromResult(2);
        }

        var gold = ReadGold(goldPath);
        if (rawPath is not null && !RawMatchesGold(File.ReadAllLines(rawPath, Encoding.UTF8), gold))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{rawPath} does not line up with {goldPath}[/]");
            return Task.FromResult(2);
        }

        var lexicon = DomainLexicon.Load(arguments.Get("words"));
        using var segmenter = ISegmenter.Create(arguments.Get("segmenter"), lexicon);
        segmenter.Segment("预热"); // keep one-time dictionary loading out of the speed figure
        var score = new Score();
        var shown = 0;
        var clock = new Stopwatch();
        AnsiConsole.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("segmenting", maxValue: gold.Count);
            foreach (var sentence in gold)
            {
                clock.Start();
                var tokens = segmenter.Segment(sentence.Raw);
                clock.Stop();
                var test = TestSpans(sentence.Raw, tokens);
                var correct = score.Add(sentence, test);
                if (correct < sentence.Spans.Count && shown++ < show) ShowDiff(sentence, test);
                task.Increment(1);
            }
        });

        var keptWhole = lexicon.Words.Count(word => segmenter.Segment(word) is [var only] && only == (0, word.Length));
        Report(goldPath, segmenter.Name, score, clock.Elapsed, (keptWhole, lexicon.Count));
        return Task.FromResult(0);
    }

    private sealed record Sentence(string Raw, List<(int Start, int End)> Spans);

    private sealed class Score
    {
        public long Sentences, Chars, GoldWords, TestWords, Correct;

        public int Add(Sentence sentence, List<(int Start, int End)> test)
        {
            var correct = new HashSet<(int, int)>(sentence.Spans).Intersect(test).Count();
            Sentences++;
            Chars += sentence.Raw.Length;
            GoldWords += sentence.Spans.Count;
            TestWords += test.Count;
            Correct += correct;
            return correct;
        }
    }

    private static List<Sentence> ReadGold(string path)
    {
        var sentences = new List<Sentence>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0) continue;
            var spans = new List<(int, int)>(words.Length);
            var raw = new StringBuilder();
            foreach (var word in words)
            {
                spans.Add((raw.Length, raw.Length + word.Length));
                raw.Append(word);
            }

            sentences.Add(new Sentence(raw.ToString(), spans));
        }

        return sentences;
    }

    private static bool RawMatchesGold(string[] rawLines, List<Sentence> gold)
    {
        var raw = rawLines.Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c)))).Where(l => l.Length > 0).ToList();
        return raw.Count == gold.Count && raw.Zip(gold).All(p => p.First == p.Second.Raw);
    }

    /// <summary>Word tokens plus every uncovered character (code point) as a word of its own.</summary>
    private static List<(int Start, int End)> TestSpans(string raw, IReadOnlyList<(int Start, int End)> tokens)
    {
        var spans = new List<(int, int)>(tokens.Count + 8);
        var pos = 0;
        foreach (var token in tokens)
        {
            AddSingles(raw, pos, token.Start, spans);
            spans.Add((token.Start, token.End));
            pos = token.End;
        }

        AddSingles(raw, pos, raw.Length, spans);
        return spans;
    }

    private static void AddSingles(string raw, int from, int to, List<(int, int)> spans)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(raw[i])) continue;
            var length = char.IsHighSurrogate(raw[i]) && i + 1 < to && char.IsLowSurrogate(raw[i + 1]) ? 2 : 1;
            spans.Add((i, i + length));
            i += length - 1;
        }
    }

    private static void ShowDiff(Sentence sentence, List<(int Start, int End)> test)
    {
        static string Join(string raw, IEnumerable<(int Start, int End)> spans) =>
            string.Join(" ", spans.Select(s => raw[s.Start..s.End]));
        AnsiConsole.WriteLine("gold: " + Join(sentence.Raw, sentence.Spans));
        AnsiConsole.WriteLine("test: " + Join(sentence.Raw, test));
    }

    private static void Report(string goldPath, string segmenter, Score score, TimeSpan elapsed, (int Whole, int Of) domainWords)
    {
        var precision = score.TestWords == 0 ? 0 : (double)score.Correct / score.TestWords;
        var recall = score.GoldWords == 0 ? 0 : (double)score.Correct / score.GoldWords;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var table = new Table().Title($"{Path.GetFileName(goldPath)}: {segmenter}").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("precision", precision.ToString("F4"));
        table.AddRow("recall", recall.ToString("F4"));
        table.AddRow("F1", f1.ToString("F4"));
        table.AddRow("gold words", score.GoldWords.ToString("N0"));
        table.AddRow("test words", score.TestWords.ToString("N0"));
        table.AddRow("correct words", score.Correct.ToString("N0"));
        table.AddRow("sentences", score.Sentences.ToString("N0"));
        table.AddRow("characters", score.Chars.ToString("N0"));
        table.AddRow("speed (chars/s)", (score.Chars / Math.Max(elapsed.TotalSeconds, 1e-9)).ToString("N0"));
        // Shop words a general dictionary splits (发货 → 发/货) cost ranking: the whole word is the better hit.
        table.AddRow("domain words kept whole", $"{domainWords.Whole:N0} / {domainWords.Of:N0}");
        AnsiConsole.Write(table);
    }
}
