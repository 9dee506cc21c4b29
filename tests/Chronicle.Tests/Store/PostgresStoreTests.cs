using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Store;
using Chronicle.Store.Postgres;
using Chronicle.Tests.Support;
using Npgsql;

namespace Chronicle.Tests.Store;

/// <summary>
/// The PostgreSQL store on a real server: the same answers as SQLite for the same pages, through the store and
/// through the command line, and several writers at once losing and duplicating nothing. Skipped (each saying
/// so) when CHRONICLE_TEST_POSTGRES is not set.
/// </summary>
public class PostgresStoreTests
{
    private static string Ingest(string location, params string[] paths)
    {
        var result = Support.Cli.Run(["--db", location, "ingest", .. paths, "--batch", "3", "--json"]);
        Assert.True(result.Status == 0, result.Err);
        return result.Out;
    }

    [SkippableFact]
    public void The_same_pages_give_the_same_answers_on_both_backends()
    {
        using var sqlite = new TestStore("sqlite");
        using var postgres = new TestStore("postgres");
        Ingest(sqlite.Location, Fixtures.SamplesFolder);
        Ingest(postgres.Location, Fixtures.SamplesFolder);

        using var expected = sqlite.Open();
        using var actual = postgres.Open();
        string dump = StoreDump.Of(expected);
        Assert.Contains("Alec Baldwin", dump);
        Assert.Equal(dump, StoreDump.Of(actual));
        // Search ranks differently (BM25 against ts_rank) but finds the same sentences, highlighted alike.
        foreach (string query in new[] { "manslaughter charges", "\"grand jury\"", "prosecutors dropped", "Apple" })
            Assert.Equal(
                expected.Search(new SearchQuery(query, Limit: 100)).Select(h => (h.DocumentId, h.SentenceIndex, h.Highlighted)).Order(),
                actual.Search(new SearchQuery(query, Limit: 100)).Select(h => (h.DocumentId, h.SentenceIndex, h.Highlighted)).Order());
    }

    /// <summary>The command line answers alike on both backends (search scores aside, which each engine computes its own way).</summary>
    [SkippableFact]
    public void Every_query_command_answers_on_PostgreSQL_as_on_SQLite()
    {
        using var sqlite = new TestStore("sqlite");
        using var postgres = new TestStore("postgres");
        Assert.Equal(Ingest(sqlite.Location, Fixtures.SamplesFolder), Ingest(postgres.Location, Fixtures.SamplesFolder));
        string seed = JsonNode.Parse(Support.Cli.Run("--db", sqlite.Location, "docs", "--json").Out)!.AsArray()[0]!["id"]!.GetValue<string>();
        string[][] commands =
        [
            ["docs"], ["show", seed[..10]], ["entities"], ["entity", "Baldwin"], ["timeline", "Alec Baldwin"],
            ["asof", "2023-04-20", "Alec Baldwin"], ["changes", "--from", "2023-01-01", "--to", "2023-12-31"],
            ["check", "Alec Baldwin faces an involuntary manslaughter charge", "--as-of", "2023-04-20"],
            ["check", "Steve Jobs is the CEO of Apple", "--as-of", "2011-09-01"],
            ["search", "manslaughter", "--after", "2023-01-01", "--before", "2023-12-31"],
        ];
        foreach (var command in commands)
        {
            var onSqlite = Support.Cli.Run(["--db", sqlite.Location, .. command, "--json"]);
            var onPostgres = Support.Cli.Run(["--db", postgres.Location, .. command, "--json"]);
            Assert.True(onSqlite.Status == onPostgres.Status, $"{string.Join(' ', command)}: {onPostgres.Err}");
            Assert.Equal(WithoutScores(onSqlite.Out), WithoutScores(onPostgres.Out));
        }
    }

    private static string WithoutScores(string json)
    {
        var node = JsonNode.Parse(json);
        void Strip(JsonNode? n)
        {
            if (n is JsonObject o) { o.Remove("score"); foreach (var (_, v) in o) Strip(v); }
            else if (n is JsonArray a) foreach (var v in a) Strip(v);
        }
        Strip(node);
        return node?.ToJsonString() ?? "";
    }

    [SkippableFact]
    public void A_postgres_uri_opens_the_store_and_its_location_never_shows_the_password()
    {
        var server = new NpgsqlConnectionStringBuilder(TestStore.RequirePostgres());
        string uri = $"postgres://{server.Username}:s3cret@{server.Host}:{server.Port}/{server.Database}";
        Assert.True(PostgresLocation.IsPostgres(uri));
        Assert.True(PostgresLocation.IsPostgres($"Host={server.Host};Database=x"));
        Assert.False(PostgresLocation.IsPostgres("archive/chronicle.db"));
        using var store = StoreFactory.Open(uri);
        Assert.IsAssignableFrom<PostgresStore>(store);
        Assert.DoesNotContain("s3cret", store.Location);
        Assert.StartsWith("postgres://", store.Location);
    }

    /// <summary>Dated pages of our own, one per line of JSON, each with text no other page has.</summary>
    private static string WritePages(TempFolder folder, int count)
    {
        string[] people = ["Maria Okafor", "Tomas Lindqvist", "Priya Raman", "Daniel Ferreira", "Keiko Tanaka"];
        string[] bodies = ["the Harbor Authority", "Northwind Energy", "the city council of Porto Alegre", "Meridian Bank"];
        var lines = Enumerable.Range(0, count).Select(i =>
        {
            string person = people[i % people.Length], other = people[(i + 2) % people.Length], body = bodies[i % bodies.Length];
            string text = $"{person} was named chief executive of {body} on Monday, page {i}. {other} said in Geneva that {person} " +
                          $"would meet investors in March. Okafor and {body} declined to comment on report number {i}.";
            return JsonSerializer.Serialize(new { date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), text, title = $"Report {i}" });
        });
        return folder.Write("pages.jsonl", string.Join('\n', lines) + "\n");
    }

    private static Process StartIngest(string location, string pages)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "chronicle.dll"), "--db", location, "ingest", pages, "--batch", "4", "--threads", "1", "--json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    private static readonly string[] Tables = ["documents", "sentences", "noise", "time_mentions", "entity_mentions", "entity_roles", "events", "event_arguments", "event_words"];

    [SkippableFact]
    public void Two_processes_ingesting_the_same_pages_at_once_lose_nothing_and_duplicate_nothing()
    {
        using var folder = new TempFolder();
        using var alone = new TestStore("postgres");
        using var together = new TestStore("postgres");
        string pages = WritePages(folder, 40);
        Ingest(alone.Location, pages);

        var writers = new[] { StartIngest(together.Location, pages), StartIngest(together.Location, pages) };
        foreach (var writer in writers)
        {
            string err = writer.StandardError.ReadToEnd();
            writer.WaitForExit();
            Assert.True(writer.ExitCode == 0, err);
        }

        Assert.Equal(40L, together.Scalar("SELECT count(*) FROM documents"));
        foreach (string table in Tables)
            Assert.True(Equals(alone.Scalar($"SELECT count(*) FROM {table}"), together.Scalar($"SELECT count(*) FROM {table}")), table);
        // One entity per name, counted once per document: as one writer alone would have stored them.
        const string entities = "SELECT string_agg(name || ':' || type || ':' || document_count || ':' || mention_count, ',' ORDER BY name, type) FROM entities";
        Assert.Equal(alone.Scalar(entities), together.Scalar(entities));
        Assert.Equal(0L, together.Scalar("SELECT count(*) FROM (SELECT name, type FROM entities GROUP BY name, type HAVING count(*) > 1) twice"));
    }

    [Fact]
    public void A_server_that_does_not_answer_is_one_line_naming_it_without_the_password()
    {
        var result = Support.Cli.Run("--db", "postgres://reader:s3cret@127.0.0.1:1/archive?Timeout=3", "docs");
        Assert.Equal(3, result.Status); // the README's "store unusable"
        Assert.StartsWith("chronicle: cannot open the PostgreSQL store postgres://reader@127.0.0.1:1/archive", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("s3cret", result.Err);
    }

    [SkippableFact]
    public void Reopening_the_database_runs_no_migration_twice()
    {
        using var test = new TestStore("postgres");
        using (test.Open()) { }
        using (test.Open()) { }
        Assert.Equal(test.Scalar("SELECT count(*) FROM schema_migrations"), test.Scalar("SELECT count(DISTINCT name) FROM schema_migrations"));
        Assert.True((long)test.Scalar("SELECT count(*) FROM schema_migrations")! >= 4);
    }
}
