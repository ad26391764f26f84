using System.Net.Http.Json;
using Archive.Evidence;
using Archive.Messages;
using Archive.Tests.Shared;

namespace Archive.Api.Tests;

/// <summary>
/// The "done when" of evidence over the real JDDC sample posted through the API: the bundle of every conversation
/// holds exactly its messages, in order, and verifies; changing the text of any one message makes it fail.
/// </summary>
public class JddcEvidenceTests
{
    [SharedDataFact(JddcSample.File)]
    public async Task EveryJddcConversationBundleHoldsExactlyItsMessagesInOrderAndVerifies()
    {
        var messages = JddcSample.Messages();
        await using var factory = new ArchiveApiFactory();
        var client = factory.CreateClient();
        await JddcSample.PostAllAsync(factory, client, messages);

        var failures = new List<string>();
        var conversations = messages.GroupBy(m => m.ConversationId).ToList();
        foreach (var conversation in conversations)
        {
            var bundle = await client.GetFromJsonAsync<EvidenceBundle>(
                "/api/v1/evidence?conversationId=" + Uri.EscapeDataString(conversation.Key), MessageJson.Options);
            var expected = conversation.OrderBy(m => m.SentAt).Select(m => m.MessageId).ToList();
            var actual = bundle!.Conversations.Single().Messages.Select(m => m.MessageId).ToList();
            if (!actual.SequenceEqual(expected)) failures.Add($"{conversation.Key}: {actual.Count} messages, expected {expected.Count}");
            if (!BundleVerifier.Verify(bundle).Intact) failures.Add($"{conversation.Key}: {BundleVerifier.Verify(bundle).Problem}");

            var c = bundle.Conversations[0];
            var victim = conversation.Key.GetHashCode() is var h && h < 0 ? -h % c.Messages.Count : h % c.Messages.Count;
            var tampered = c.Messages.Select((m, i) => i == victim ? m with { Text = m.Text + " " } : m).ToList();
            var result = BundleVerifier.Verify(bundle with { Conversations = [c with { Messages = tampered }] });
            if (result.Intact || result.MessageId != c.Messages[victim].MessageId) failures.Add($"{conversation.Key}: tamper of {c.Messages[victim].MessageId} not named");
        }

        Assert.True(conversations.Count > 500, $"only {conversations.Count} conversations");
        Assert.Empty(failures);
    }
}
