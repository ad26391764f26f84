using System.Text;
using Archive.Messages;
using Archive.Tools.Load;

namespace Archive.Tools.Faults;

internal sealed record CaseResult(string Name, bool Passed, bool Skipped, IReadOnlyList<string> Findings, Presence? Presence = null);

/// <summary>
/// Broken files in the inbox: a valid JSON Lines file cut in the middle of its last line (inside a Chinese
/// character's UTF-8 bytes), and a file of random bytes. The good lines must be ingested unchanged, the bad line
/// reported under rejected/ and counted by /api/v1/ingest/status, and nothing of the random file indexed.
/// </summary>
internal sealed class InboxFaultCase(string apiDll, string dataDir, int seed)
{
    private const int GoodLines = 200;

    public async Task<CaseResult> RunAsync()
    {
        var findings = new List<string>();
        var passed = true;
        void Check(bool ok, string what)
        {
            findings.Add((ok ? "ok: " : "FAIL: ") + what);
            passed &= ok;
        }

        using var service = await ServiceProcess.StartAsync(apiDll, dataDir);
        using var http = LoadRun.CreateClient(service.BaseAddress, 8, null);
        using var batches = new GeneratedBatches(seed + 31, GoodLines + 1, GoodLines + 1);
        var messages = batches.Next()!.Messages;
        var good = messages.Take(GoodLines).ToList();
        var (cutFile, cutAt) = Truncated(messages);
        Drop(dataDir, "cut-in-a-character.jsonl", cutFile);
        var noise = new byte[8_192];
        new Random(seed).NextBytes(noise);
        Drop(dataDir, "random-bytes.jsonl", noise);
        findings.Add($"dropped cut-in-a-character.jsonl ({GoodLines} good lines, line {GoodLines + 1} cut at byte {cutAt} inside a character) and random-bytes.jsonl (8 KB)");

        var inbox = Path.Combine(dataDir, "inbox");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.EnumerateFiles(inbox).Any() && DateTime.UtcNow < deadline) await Task.Delay(200);
        Check(!Directory.EnumerateFiles(inbox).Any(), "both files left the inbox within 30 s");

        var ledger = new AckLedger();
        ledger.Acknowledge(good);
        var presence = await PresenceCheck.RunAsync(http, ledger, TimeSpan.FromMinutes(1));
        Check(presence.Intact && presence.Present == GoodLines, $"{presence.Present}/{GoodLines} good lines present, {presence.Duplicated} duplicated");
        Check(presence.MessagesIndexed == GoodLines, $"messagesIndexed {presence.MessagesIndexed} (expected {GoodLines}: nothing from the random bytes)");
        Check(await TextsUnchangedAsync(http, good), "the good lines' texts are byte-for-byte what was written (the cut did not change the encoding guess)");

        var rejected = Path.Combine(dataDir, "rejected");
        var report = Path.Combine(rejected, "cut-in-a-character.jsonl.rejected-lines.tsv");
        var reportLines = File.Exists(report) ? File.ReadAllLines(report) : [];
        Check(reportLines.Any(l => l.StartsWith($"{GoodLines + 1}\t", StringComparison.Ordinal)),
            $"rejected/cut-in-a-character.jsonl.rejected-lines.tsv reports line {GoodLines + 1}: " +
            (reportLines.FirstOrDefault(l => l.StartsWith($"{GoodLines + 1}\t", StringComparison.Ordinal)) ?? "(absent)"));
        var randomWhole = File.Exists(Path.Combine(rejected, "random-bytes.jsonl.reason.txt"));
        var randomLines = File.Exists(Path.Combine(rejected, "random-bytes.jsonl.rejected-lines.tsv"));
        Check(randomWhole || randomLines, randomWhole
            ? "random-bytes.jsonl moved whole to rejected/: " + File.ReadAllLines(Path.Combine(rejected, "random-bytes.jsonl.reason.txt")).LastOrDefault()
            : randomLines ? "random-bytes.jsonl: every line reported in rejected/random-bytes.jsonl.rejected-lines.tsv" : "random-bytes.jsonl not reported in rejected/");
        var status = await PresenceCheck.StatusAsync(http);
        var rejectedTotal = status.GetProperty("rejectedTotal").GetInt64();
        Check(rejectedTotal >= 2, $"/api/v1/ingest/status rejectedTotal = {rejectedTotal}");
        service.Stop(TimeSpan.FromSeconds(30));
        return new CaseResult("corrupted / truncated inbox files", passed, false, findings, presence);
    }

    /// <summary>All lines, the last one cut right after the first byte of a multi-byte character in its text.</summary>
    private static (byte[] Bytes, int CutAt) Truncated(IReadOnlyList<ChatMessage> messages)
    {
        var head = GeneratedBatches.Ndjson(messages.Take(GoodLines));
        var last = Encoding.UTF8.GetBytes(MessageJson.Serialize(messages[GoodLines]));
        var textStart = Math.Max(0, last.AsSpan().IndexOf("\"text\":\""u8));
        var lead = Array.FindIndex(last, textStart, b => b >= 0xE0);
        var cut = lead < 0 ? last.Length / 2 : lead + 1;
        return ([.. head, .. last.AsSpan(0, cut)], head.Length + cut);
    }

    /// <summary>Written under a .tmp name the watcher ignores, then renamed: the file appears whole.</summary>
    private static void Drop(string dataDir, string name, byte[] bytes)
    {
        var path = Path.Combine(dataDir, "inbox", name);
        File.WriteAllBytes(path + ".tmp", bytes);
        File.Move(path + ".tmp", path);
    }

    private static async Task<bool> TextsUnchangedAsync(HttpClient http, IReadOnlyList<ChatMessage> good)
    {
        var expected = good.ToDictionary(m => m.MessageId, m => m.Text, StringComparer.Ordinal);
        var same = 0;
        foreach (var conversation in good.Select(m => m.ConversationId).Distinct())
        {
            using var json = System.Text.Json.JsonDocument.Parse(await http.GetByteArrayAsync($"/api/v1/conversations/{Uri.EscapeDataString(conversation)}"));
            foreach (var m in json.RootElement.GetProperty("messages").EnumerateArray())
                if (expected.TryGetValue(m.GetProperty("messageId").GetString()!, out var text) && text == m.GetProperty("text").GetString()) same++;
        }
        return same == good.Count;
    }
}
