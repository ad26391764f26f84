using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// The real service in its own process, killed with SIGKILL right after acknowledging messages it has not committed,
/// then started again on the same data dir.
/// </summary>
public class CrashRecoveryTests
{
    [Fact]
    public async Task KillNineAfterAcknowledgementLosesNothingAndDuplicatesNothing()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "archive-crash-tests", Guid.NewGuid().ToString("N"));
        var acknowledged = new HashSet<string>();
        try
        {
            using (var first = await ServiceProcess.StartAsync(dataDir))
            {
                for (var batch = 0; batch < 8; batch++)
                {
                    var messages = Enumerable.Range(0, 250).Select(i => new
                    {
                        messageId = $"k-{batch}-{i}",
                        conversationId = $"conv-{i % 20}",
                        buyerId = $"buyer-{i % 20}",
                        sender = i % 2 == 0 ? "buyer" : "agent",
                        sentAt = $"2024-05-01T08:{batch:D2}:{i % 60:D2}+08:00",
                        text = $"第{batch}批第{i}条：亲，今天能发货吗",
                    }).ToArray();
                    var response = await first.Client.PostAsJsonAsync("/api/v1/messages", messages);
                    Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                    foreach (var m in messages) acknowledged.Add(m.messageId);
                }
                first.Kill(); // SIGKILL: no shutdown, no final commit
            }

            using var second = await ServiceProcess.StartAsync(dataDir);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            JsonElement status;
            do
            {
                await Task.Delay(200);
                status = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/ingest/status");
            } while (status.GetProperty("messagesIndexed").GetInt32() < acknowledged.Count && DateTime.UtcNow < deadline);

            Assert.Equal(acknowledged.Count, status.GetProperty("messagesIndexed").GetInt32());
            await Task.Delay(1500); // one background refresh
            var transcript = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/conversations/conv-3");
            var ids = transcript.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("messageId").GetString()).ToList();
            Assert.Equal(8 * Enumerable.Range(0, 250).Count(i => i % 20 == 3), ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
        finally
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Archive.Api.dll from this test's output folder, run by the dotnet host on a free loopback port.</summary>
    private sealed class ServiceProcess : IDisposable
    {
        private readonly Process _process;

        private ServiceProcess(Process process, HttpClient client)
        {
            _process = process;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<ServiceProcess> StartAsync(string dataDir)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[]
                     {
                         Path.Combine(AppContext.BaseDirectory, "Archive.Api.dll"), "--urls", $"http://127.0.0.1:{port}",
                         $"--Archive:DataDir={dataDir}", "--Archive:CommitIntervalSeconds=600",
                     })
                start.ArgumentList.Add(arg);
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var service = new ServiceProcess(process, client);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    if ((await client.GetAsync("/health")).IsSuccessStatusCode) return service;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                await Task.Delay(200);
            }
            service.Dispose();
            throw new TimeoutException("the service did not become healthy");
        }

        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited) Kill();
            Client.Dispose();
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
