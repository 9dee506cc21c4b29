using System.Diagnostics;
using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

[Collection(EnvironmentCollection.Name)]
public class IngestCommandTests
{
    [Fact]
    public void Ingest_reports_json_counts_and_exit_status_1_when_some_inputs_failed()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        string bad = dir.Write("in/bad.txt", " date 2023-99-01 Broken.");
        dir.Write("in/good.jsonl", "{\"date\":\"2023-01-01\",\"text\":\"One.\"}\n{\"date\":\"2023-01-02\",\"text\":\"Two.\"}\n");

        var first = Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath, dir.File("in"), "--json");
        Assert.Equal(1, first.Status);
        using var json = JsonDocument.Parse(first.Out);
        Assert.Equal(3, json.RootElement.GetProperty("ingested").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("duplicates").GetInt32());
        var failure = Assert.Single(json.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(bad, failure.GetProperty("file").GetString());
        Assert.Equal(1, failure.GetProperty("line").GetInt32());
        Assert.Contains("bad.txt:1", first.Err);

        var again = Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath, "--json");
        Assert.Equal(0, again.Status);
        using var againJson = JsonDocument.Parse(again.Out);
        Assert.Equal(0, againJson.RootElement.GetProperty("ingested").GetInt32());
        Assert.Equal(1, againJson.RootElement.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, Support.Cli.Run("ingest").Status);
        Assert.Equal(2, Support.Cli.Run("ingest", "x", "--date", "yesterday").Status);
        Assert.Equal(2, Support.Cli.Run("no-such-command").Status);
    }

    [Fact]
    public void Db_option_wins_over_the_environment_variable()
    {
        using var dir = new TempFolder();
        string fromOption = dir.File("option.db");
        Environment.SetEnvironmentVariable("CHRONICLE_DB", dir.File("env.db"));
        try
        {
            Support.Cli.Run("--db", fromOption, "ingest", Fixtures.SeedPath);
            Assert.True(File.Exists(fromOption));
            Assert.False(File.Exists(dir.File("env.db")));
            Assert.Contains("2023-04-20", Support.Cli.Run("--db", fromOption, "docs").Out);
            Assert.Contains("env.db", Support.Cli.Run("docs").Err); // without --db, $CHRONICLE_DB is the store (missing: said so)
        }
        finally
        {
            Environment.SetEnvironmentVariable("CHRONICLE_DB", null);
        }
    }

    [Fact]
    public void Docs_show_and_search_read_what_ingest_stored()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath);

        using var docs = JsonDocument.Parse(Support.Cli.Run("--db", db, "docs", "--json").Out);
        var doc = Assert.Single(docs.RootElement.EnumerateArray());
        Assert.Equal("2023-04-20", doc.GetProperty("date").GetString());
        string id = doc.GetProperty("id").GetString()!;

        var show = Support.Cli.Run("--db", db, "show", id[..6]);
        Assert.Equal(0, show.Status);
        Assert.Contains("Yellowstone Film Ranch", show.Out);

        using var hits = JsonDocument.Parse(Support.Cli.Run("--db", db, "search", "Yellowstone", "--json").Out);
        var hit = Assert.Single(hits.RootElement.EnumerateArray());
        Assert.Equal(id, hit.GetProperty("doc").GetString());
        Assert.Contains("**Yellowstone**", hit.GetProperty("highlighted").GetString());
        Assert.Equal(1, Support.Cli.Run("--db", db, "show", "ffffffff").Status);
    }

    [Fact]
    public void A_killed_ingest_leaves_a_consistent_store_and_the_rerun_completes_it()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        const int Pages = 4000;
        using (var corpus = new StreamWriter(dir.File("corpus.jsonl")))
        {
            for (int i = 0; i < Pages; i++)
                corpus.WriteLine(JsonSerializer.Serialize(new
                {
                    date = "2023-04-20",
                    text = $"Page {i}. Prosecutors said on Thursday that the charge number {i} would be dropped. " + string.Concat(Enumerable.Repeat("More text follows here. ", 40)),
                }));
        }
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "chronicle.dll"), "--db", db, "ingest", dir.File("corpus.jsonl"), "--batch", "50", "--json"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && StoredCount(db) < 100 && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
            Assert.False(process.HasExited, "the ingest finished before it could be interrupted; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        int survived = StoredCount(db);
        Assert.InRange(survived, 50, Pages - 1);
        Assert.Equal(0, survived % 50); // whole batches only
        AssertConsistent(db);

        var rerun = Support.Cli.Run("--db", db, "ingest", dir.File("corpus.jsonl"), "--json");
        Assert.Equal(0, rerun.Status);
        using var json = JsonDocument.Parse(rerun.Out);
        Assert.Equal(Pages - survived, json.RootElement.GetProperty("ingested").GetInt32());
        Assert.Equal(survived, json.RootElement.GetProperty("duplicates").GetInt32());
        Assert.Equal(Pages, StoredCount(db));
        AssertConsistent(db);
    }

    private static int StoredCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = Open(db);
            return Convert.ToInt32(Scalar(c, "SELECT count(*) FROM documents"));
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is still being created
        }
    }

    private static void AssertConsistent(string db)
    {
        using var c = Open(db);
        Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(c, "SELECT count(*) FROM documents d WHERE d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.document_key = d.key)"));
        Assert.Equal(Scalar(c, "SELECT count(*) FROM sentences"), Scalar(c, "SELECT count(*) FROM sentences_fts"));
    }

    private static Microsoft.Data.Sqlite.SqliteConnection Open(string db)
    {
        var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    private static object? Scalar(Microsoft.Data.Sqlite.SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
