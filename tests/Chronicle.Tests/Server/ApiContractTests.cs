using System.Net;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Server;

/// <summary>The API answers with the CLI's --json output, byte for byte, for the same store.</summary>
public sealed class ApiContractTests(SampleStore samples) : IClassFixture<SampleStore>
{
    public static TheoryData<string, string[]> SameAnswers => new()
    {
        { "/api/search?q=manslaughter%20charges&limit=3", ["search", "manslaughter charges", "--limit", "3"] },
        { "/api/search?q=Baldwin&after=2023-01-01&before=2023-12-31", ["search", "Baldwin", "--after", "2023-01-01", "--before", "2023-12-31"] },
        { "/api/docs", ["docs"] },
        { "/api/entities", ["entities"] },
        { "/api/entities?type=PERSON&limit=5", ["entities", "--type", "PERSON", "--limit", "5"] },
        { "/api/entities/Alec%20Baldwin", ["entity", "Alec Baldwin"] },
        { "/api/entities/Baldwin", ["entity", "Baldwin"] },
        { "/api/timeline?entity=Alec%20Baldwin", ["timeline", "Alec Baldwin"] },
        { "/api/timeline?entity=Steve%20Jobs&from=2005-01-01&to=2011-12-31", ["timeline", "Steve Jobs", "--from", "2005-01-01", "--to", "2011-12-31"] },
        { "/api/asof?date=2023-04-20&entity=Alec%20Baldwin", ["asof", "2023-04-20", "Alec Baldwin"] },
        { "/api/asof?date=2011-09-01", ["asof", "2011-09-01"] },
        { "/api/changes?from=2011-01-01&to=2011-12-31", ["changes", "--from", "2011-01-01", "--to", "2011-12-31"] },
        { "/api/check?claim=Alec%20Baldwin%20faces%20an%20involuntary%20manslaughter%20charge&as_of=2023-04-20", ["check", "Alec Baldwin faces an involuntary manslaughter charge", "--as-of", "2023-04-20"] },
        { "/api/check?claim=Steve%20Jobs%20is%20the%20CEO%20of%20Apple&as_of=2011-09-01", ["check", "Steve Jobs is the CEO of Apple", "--as-of", "2011-09-01"] },
    };

    [Theory]
    [MemberData(nameof(SameAnswers))]
    public async Task Api_answers_with_the_bytes_the_CLI_prints(string url, string[] command)
    {
        var cli = Support.Cli.Run(["--db", samples.Db, "--json", .. command]);
        using var host = new ServerHost(samples.Db);
        var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(cli.Out, await response.Content.ReadAsStringAsync());
        Assert.NotEqual("[]\n", cli.Out);
    }

    [Fact]
    public async Task A_document_by_id_or_prefix_is_the_show_command_s_answer()
    {
        string id = System.Text.Json.JsonDocument.Parse(Support.Cli.Run("--db", samples.Db, "--json", "docs").Out).RootElement[0].GetProperty("id").GetString()!;
        using var host = new ServerHost(samples.Db);
        var client = host.CreateClient();
        Assert.Equal(Support.Cli.Run("--db", samples.Db, "--json", "show", id).Out, await client.GetStringAsync($"/api/docs/{id}"));
        Assert.Equal(Support.Cli.Run("--db", samples.Db, "--json", "show", id[..10]).Out, await client.GetStringAsync($"/api/docs/{id[..10]}"));
    }

    [Fact]
    public async Task An_unknown_entity_is_404_with_the_CLI_s_json()
    {
        using var host = new ServerHost(samples.Db);
        var response = await host.CreateClient().GetAsync("/api/entities/Nobody%20Atall");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Support.Cli.Run("--db", samples.Db, "--json", "entity", "Nobody Atall").Out, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/check?claim=Steve%20Jobs%20is%20CEO", "as_of is required")]
    [InlineData("/api/check?claim=x&as_of=1st%20of%20May", "as_of must be a date YYYY-MM-DD")]
    [InlineData("/api/search", "q is required")]
    [InlineData("/api/search?q=a&limit=0", "limit must be")]
    [InlineData("/api/changes?from=2020-01-02&to=2020-01-01", "to must not be before from")]
    [InlineData("/api/entities?type=ROBOT", "type must be")]
    public async Task Bad_parameters_are_400_with_a_one_line_error(string url, string message)
    {
        using var host = new ServerHost(samples.Db);
        var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        string error = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("\n", error);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_its_parameters()
    {
        using var host = new ServerHost(samples.Db);
        var paths = System.Text.Json.JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (string path in new[] { "/api/search", "/api/docs/{id}", "/api/entities", "/api/entities/{name}", "/api/timeline", "/api/asof", "/api/changes", "/api/check", "/api/ingest" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        var check = paths.GetProperty("/api/check").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["claim", "as_of"], check);
        Assert.False(paths.TryGetProperty("/entity/{name}", out _), "pages are not API endpoints");
    }

    [Fact]
    public async Task Unknown_documents_are_404_and_health_is_ok()
    {
        using var host = new ServerHost(samples.Db);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs/ffffffffffff")).StatusCode);
        Assert.Contains("\"ok\"", await client.GetStringAsync("/healthz"));
    }
}
