using System.Net;
using System.Net.Http.Headers;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Server;

/// <summary>Secure by default: read-only, ingest only with the token, bounded bodies, inert hostile text, no CORS.</summary>
public sealed class SecurityTests
{
    private const string Hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)>";

    private static HttpRequestMessage Ingest(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task Ingest_is_refused_unless_allowed_and_the_token_is_right()
    {
        using var folder = new TempFolder();
        string db = folder.File("store.db");
        string pages = MadeUpPages.JsonLines(2, "token");

        using (var readOnly = new ServerHost(db, new Dictionary<string, string> { ["CHRONICLE_TOKEN"] = ServerHost.Token }))
            Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.CreateClient().SendAsync(Ingest(pages, ServerHost.Token))).StatusCode);

        using var host = ServerHost.WithIngest(db);
        var client = host.CreateClient();
        var anonymous = await client.SendAsync(Ingest(pages, null));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Ingest(pages, ServerHost.Token + "x"))).StatusCode);
        Assert.Equal("[]\n", await client.GetStringAsync("/api/docs"));

        var accepted = await client.SendAsync(Ingest(pages, ServerHost.Token));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("\"ingested\": 2", await accepted.Content.ReadAsStringAsync());
        Assert.Contains("Port Elwin", await client.GetStringAsync("/api/search?q=harbour"));
    }

    [Fact]
    public async Task Ingest_without_a_configured_token_is_refused_even_when_allowed()
    {
        using var folder = new TempFolder();
        using var host = new ServerHost(folder.File("store.db"), new Dictionary<string, string> { ["allow-ingest"] = "true" });
        var response = await host.CreateClient().SendAsync(Ingest(MadeUpPages.JsonLines(1, "x"), "anything"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_and_nothing_is_stored()
    {
        using var folder = new TempFolder();
        using var host = ServerHost.WithIngest(folder.File("store.db"), ("max-ingest-bytes", "2000"));
        var client = host.CreateClient();
        var response = await client.SendAsync(Ingest(MadeUpPages.JsonLines(40, "big"), ServerHost.Token));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("over the limit of 2000 bytes", await response.Content.ReadAsStringAsync());

        // A body that does not say its length is cut off at the limit too.
        var chunked = Ingest("", ServerHost.Token);
        chunked.Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(MadeUpPages.JsonLines(40, "big"))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(chunked)).StatusCode);
        Assert.Equal("[]\n", await client.GetStringAsync("/api/docs"));
    }

    [Fact]
    public async Task Script_in_page_text_comes_back_inert_on_every_page()
    {
        using var folder = new TempFolder();
        using var host = ServerHost.WithIngest(folder.File("store.db"));
        var client = host.CreateClient();
        string page = System.Text.Json.JsonSerializer.Serialize(new
        {
            date = "2024-05-02", title = "Harbour news " + Hostile, url = "javascript:alert(2)",
            text = $"The harbour board of Port Elwin met on Tuesday {Hostile}. Board member Mira Castell said the ferry would sail again.",
        });
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Ingest(page + "\n", ServerHost.Token))).StatusCode);
        string id = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/docs")).RootElement[0].GetProperty("id").GetString()!;

        foreach (string url in new[] { $"/doc/{id}", "/?q=harbour", "/docs", "/entities", "/entity/Mira%20Castell" })
        {
            var response = await client.GetAsync(url);
            string html = await response.Content.ReadAsStringAsync();
            AssertInert(html, url);
        }
        string document = await client.GetStringAsync($"/doc/{id}");
        Assert.Contains("&lt;script&gt;", document);
        Assert.DoesNotContain("href=\"javascript:", document);
    }

    [Theory]
    [InlineData("/?q=")]
    [InlineData("/check?as_of=2024-01-01&claim=")]
    [InlineData("/entity/")]
    [InlineData("/doc/")]
    public async Task Script_in_queries_comes_back_inert(string prefix)
    {
        using var folder = new TempFolder();
        using var host = new ServerHost(folder.File("store.db"));
        var response = await host.CreateClient().GetAsync(prefix + Uri.EscapeDataString(Hostile + "\"><svg onload=alert(3)>"));
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{prefix}: {response.StatusCode}");
        AssertInert(html, prefix);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task No_cross_origin_access_is_granted()
    {
        using var folder = new TempFolder();
        using var host = new ServerHost(folder.File("store.db"));
        var client = host.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/docs");
        request.Headers.Add("Origin", "http://elsewhere.example");
        var response = await client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/ingest");
        preflight.Headers.Add("Origin", "http://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var answer = await client.SendAsync(preflight);
        Assert.False(answer.IsSuccessStatusCode);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_are_turned_away()
    {
        using var folder = new TempFolder();
        using var host = new ServerHost(folder.File("store.db"), new Dictionary<string, string> { ["rate-limit"] = "2" });
        var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 12; i++) statuses.Add((await client.GetAsync("/healthz")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
    }

    /// <summary>No element or attribute that could run script made it into the page from the hostile text.</summary>
    private static void AssertInert(string html, string where)
    {
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<svg onload", html);
        Assert.DoesNotContain("\"><svg", html);
        Assert.False(html.Contains("<script", StringComparison.OrdinalIgnoreCase)
                     && html.Split("<script", StringSplitOptions.None).Skip(1).Any(s => !s.StartsWith(" src=\"/assets/", StringComparison.Ordinal)),
            $"{where}: a script element that is not one of the server's own assets");
    }
}
