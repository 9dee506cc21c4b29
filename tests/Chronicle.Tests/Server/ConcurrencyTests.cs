using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Server;

/// <summary>Queries go on during an ingest and see whole batches only; ingests at once are serialized without loss.</summary>
public sealed class ConcurrencyTests
{
    private static Task<HttpResponseMessage> Ingest(HttpClient client, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerHost.Token);
        return client.SendAsync(request);
    }

    private static async Task<int> DocumentCount(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/docs")).RootElement.GetArrayLength();

    [Fact]
    public async Task Queries_are_answered_during_an_ingest_and_see_whole_batches()
    {
        using var folder = new TempFolder();
        using var host = ServerHost.WithIngest(folder.File("store.db"));
        var client = host.CreateClient();
        const int pages = 450, batch = 200; // the ingest endpoint stores batches of 200 pages, each one transaction
        var ingest = Ingest(client, MadeUpPages.JsonLines(pages, "busy"));
        var seen = new List<int>();
        int answeredDuring = 0;
        while (!ingest.IsCompleted)
        {
            var search = await client.GetAsync("/api/search?q=ferry&limit=5");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            seen.Add(await DocumentCount(client));
            if (!ingest.IsCompleted) answeredDuring++;
        }
        var report = await (await ingest).Content.ReadAsStringAsync();
        Assert.Contains($"\"ingested\": {pages}", report);
        Assert.True(answeredDuring > 0, "no query was answered while the ingest ran");
        Assert.All(seen, count => Assert.True(count % batch == 0 || count == pages, $"a reader saw {count} documents: half a batch"));
        Assert.Equal(pages, await DocumentCount(client));
    }

    [Fact]
    public async Task Cached_answers_give_way_to_what_another_process_ingests()
    {
        using var folder = new TempFolder();
        string db = folder.File("store.db");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", folder.Write("first.jsonl", MadeUpPages.JsonLines(3, "first"))).Status);
        using var host = new ServerHost(db);
        var client = host.CreateClient();
        Assert.Equal(3, await DocumentCount(client));
        Assert.Equal(3, await DocumentCount(client)); // answered from the cache

        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", folder.Write("second.jsonl", MadeUpPages.JsonLines(2, "second", firstDay: 50))).Status);
        Assert.Equal(5, await DocumentCount(client));
        Assert.Contains("second", await client.GetStringAsync("/api/search?q=second"));
    }

    [Fact]
    public async Task Concurrent_ingests_are_serialized_without_loss()
    {
        using var folder = new TempFolder();
        using var host = ServerHost.WithIngest(folder.File("store.db"));
        var client = host.CreateClient();
        const int senders = 5, each = 30;
        var responses = await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Ingest(client, MadeUpPages.JsonLines(each, $"sender{s}", firstDay: s * 100))));
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"\"ingested\": {each}", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(senders * each, await DocumentCount(client));
        for (int s = 0; s < senders; s++)
            Assert.Contains($"sender{s}", await client.GetStringAsync($"/api/search?q=sender{s}&limit=1"));
    }
}
