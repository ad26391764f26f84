using System.Text;

namespace Archive.Tools.Faq;

/// <summary>A real JDDC 2020 buyer utterance, labelled chit-chat (1) or carrying business content (empty/0).</summary>
public sealed record ChitChatCase(string File, string Text, bool ChitChat);

/// <summary>
/// Reads the JDDC 2020 chit-chat labels (chat_train.tsv, chat_test.tsv with a "text\tlabel" header,
/// chat_Sheet2.tsv without). The labels say business vs chit-chat, not question vs statement: a business complaint
/// ("穿来一天就这样了") is no question, so question detection is scored as "a detected question is business"
/// (precision) and "chit-chat is rejected" (specificity); its recall of business lines is bounded by the statements.
/// </summary>
public static class ChitChatLabels
{
    public static readonly string[] Files = ["chat_train.tsv", "chat_test.tsv", "chat_Sheet2.tsv"];

    public static List<ChitChatCase> Read(string directory)
    {
        var cases = new List<ChitChatCase>();
        foreach (var name in Files)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                var fields = line.TrimStart('\uFEFF').Split('\t');
                if (fields[0] == "text" || fields[0].Trim().Length == 0) continue;
                cases.Add(new ChitChatCase(name, fields[0], fields.Length > 1 && fields[1].Trim() == "1"));
            }
        }
        return cases;
    }
}
