using System.Text;
using Archive.Promises;
using Archive.Tools.Promises;

namespace Archive.Tools.Tests;

public sealed class PromiseCasesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("archive-promise-cases-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines, Encoding.UTF8);
        return path;
    }

    [Fact]
    public void DevAnswerLabelsReadTheAnswerAsOneMessageWithTheDialogueBeforeItNewestFirst()
    {
        var answers = Write("answers.txt", "您好,", "好的，这边帮您反馈,明天给您回复,");
        var questions = Write("questions.txt", "在吗,", "发货了没,还请您稍等，马上为您查询~,怎么还没发,");
        var labels = Write("labels.tsv", "# comment", "answer\tis_promise\ttype", "2\t1\tfollow_up", "1\t0\t");

        var cases = PromiseCases.ReadAnswerLabels(labels, answers, questions, "dev");

        Assert.True(PromiseCases.IsJddcLabelFile(labels));
        Assert.Equal([PromiseCases.JddcDevAnswersFile, PromiseCases.JddcDevQuestionsFile], PromiseCases.SharedFilesFor(labels));
        Assert.Equal(2, cases.Count);
        Assert.Equal(("jddc-dev:2", "好的，这边帮您反馈 明天给您回复", PromiseCase.Promise, "follow_up"), (cases[0].Source, cases[0].Text, cases[0].Label, cases[0].Type));
        Assert.Equal(["怎么还没发", "还请您稍等，马上为您查询~", "发货了没"], cases[0].Earlier);
        Assert.Equal((PromiseCase.None, (string?)null), (cases[1].Label, cases[1].Type));
        Assert.NotEqual(cases[0].Session, cases[1].Session);
    }

    [Fact]
    public void DevAnswerContextKeepsOnlyAsManyTurnsAsTheDetectorReads()
    {
        var turns = string.Join(',', Enumerable.Range(1, PromiseDetector.ContextDepth + 5).Select(i => $"第{i}句")) + ",";
        var cases = PromiseCases.ReadAnswerLabels(Write("l.tsv", "answer\tis_promise\ttype", "1\t0\t"), Write("a.txt", "好的,"), Write("q.txt", turns), "dev");

        Assert.Equal(PromiseDetector.ContextDepth, cases[0].Earlier.Count);
        Assert.Equal($"第{PromiseDetector.ContextDepth + 5}句", cases[0].Earlier[0]);
    }

    [Fact]
    public void DevAnswerLabelNamingALineBeyondTheFileIsAFormatError()
    {
        var error = Assert.Throws<FormatException>(() =>
            PromiseCases.ReadAnswerLabels(Write("l.tsv", "answer\tis_promise\ttype", "3\t1\trefund"), Write("a.txt", "好的,"), Write("q.txt", "在吗,"), "dev"));

        Assert.Contains("answer 3", error.Message);
    }

    [Fact]
    public void TrainAnswerLabelFilesReadTheTrainSplit()
    {
        var labels = Write("train.tsv", "train_answer\tis_promise\ttype", "1\t1\tshipping");
        var cases = PromiseCases.ReadAnswerLabels(labels, Write("ta.txt", "明天给您发出,"), Write("tq.txt", "什么时候发货,"), "train");

        Assert.True(PromiseCases.IsJddcLabelFile(labels));
        Assert.Equal([PromiseCases.JddcTrainAnswersFile, PromiseCases.JddcTrainQuestionsFile], PromiseCases.SharedFilesFor(labels));
        Assert.Equal(("jddc-train:1", "train:1"), (cases[0].Source, cases[0].Session));
        Assert.Equal([(1, true, (string?)"shipping")], PromiseCases.JddcLabelRows(labels).ToList());
    }

    [Fact]
    public void ChatLineLabelFilesStillNeedOnlyTheChatFile()
    {
        var labels = Write("chat.tsv", "line\tis_promise\ttype", "5\t0\t");

        Assert.True(PromiseCases.IsJddcLabelFile(labels));
        Assert.Equal([PromiseCases.JddcChatFile], PromiseCases.SharedFilesFor(labels));
        Assert.Equal([(5, false, (string?)null)], PromiseCases.JddcLabelRows(labels).ToList());
    }
}
