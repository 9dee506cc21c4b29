using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Cli;

/// <summary>Every store fault ends in one line naming the path and the cause, and the README's exit code.</summary>
[Collection(EnvironmentCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class StoreFaultTests
{
    private static readonly string[][] Queries =
    [
        ["docs"], ["search", "charge"], ["entity", "Baldwin"], ["entities"], ["timeline", "Alec Baldwin"],
        ["asof", "2023-04-20"], ["changes", "--from", "2023-01-01", "--to", "2023-12-31"],
        ["check", "Alec Baldwin faces a charge", "--as-of", "2023-04-20"], ["show", "abc"],
    ];

    [Fact]
    public void Queries_on_a_missing_store_say_so_exit_3_and_create_nothing()
    {
        using var dir = new TempFolder();
        string db = dir.File("none.db");
        foreach (var query in Queries)
            FaultAssert.OneLine(Support.Cli.Run(["--db", db, .. query]), 3, db, "no Chronicle store");
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_store_in_a_missing_folder_is_not_created_even_by_ingest()
    {
        using var dir = new TempFolder();
        string db = dir.File("no/such/dir/x.db");
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "docs"), 3, db, "no such folder");
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath), 3, db, "does not create folders");
        Assert.False(Directory.Exists(dir.File("no")));
    }

    [Fact]
    public void A_folder_as_the_store_is_refused()
    {
        using var dir = new TempFolder();
        FaultAssert.OneLine(Support.Cli.Run("--db", dir.Path, "docs"), 3, dir.Path, "is a folder");
        FaultAssert.OneLine(Support.Cli.Run("--db", dir.Path, "ingest", Fixtures.SeedPath), 3, dir.Path, "is a folder");
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_untouched()
    {
        using var dir = new TempFolder();
        byte[] junk = new byte[4096];
        new Random(7).NextBytes(junk);
        string db = dir.WriteBytes("junk.db", junk);
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "docs"), 3, db, "not a Chronicle store");
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath), 3, db, "not a Chronicle store");
        Assert.Equal(junk, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_corrupt_store_is_reported_as_corrupt()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath).Status);
        // Keep SQLite's header and first page, overwrite the pages that hold the tables.
        using (var file = File.OpenWrite(db))
        {
            file.Position = 4096;
            file.Write(Enumerable.Repeat((byte)0xA5, (int)Math.Min(64 * 1024, new FileInfo(db).Length - 4096)).ToArray());
        }
        var search = Support.Cli.Run("--db", db, "search", "Yellowstone");
        FaultAssert.OneLine(search, 3, db, "corrupt");
    }

    [SkippableFact]
    public void Ingest_into_a_read_only_folder_fails_with_exit_4_and_queries_still_answer()
    {
        using var mount = ScratchMount.Create(4096);
        string db = mount.File("c.db");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath).Status);
        mount.MakeReadOnly();

        var docs = Support.Cli.Run("--db", db, "docs");
        Assert.Equal(0, docs.Status);
        Assert.Contains("1 documents", docs.Out);
        Assert.Equal(0, Support.Cli.Run("--db", db, "search", "Yellowstone").Status);
        using var dir = new TempFolder();
        string page = dir.Write("p.txt", " date 2023-05-01 A page written for this test about a read-only folder.\n");
        var ingest = Support.Cli.Run("--db", db, "ingest", page);
        Assert.Equal(4, ingest.Status);
        Assert.Single(ingest.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(db, ingest.Err);
        FaultAssert.OneLine(Support.Cli.Run("--db", mount.File("new.db"), "ingest", Fixtures.SeedPath), 4, mount.File("new.db"), "read-only");
    }

    [SkippableFact]
    public void Read_only_store_file_for_an_unprivileged_user_fails_ingest_with_exit_4_and_answers_queries()
    {
        using var dir = new TempFolder();
        Unprivileged.Open(dir.Path);
        string db = dir.File("c.db");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath).Status);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal(0, Unprivileged.Run("--db", db, "docs").Status);
        string other = dir.Write("other.txt", " date 2023-05-01 A page written for this test about a read-only store.\n");
        FaultAssert.OneLine(Unprivileged.Run("--db", db, "ingest", other), 4, db, "read-only");
    }

    [SkippableFact]
    public void An_unreadable_subfolder_is_reported_as_a_failed_input_and_the_rest_is_ingested()
    {
        using var dir = new TempFolder();
        Unprivileged.Open(dir.Path);
        dir.Write("in/a.txt", " date 2023-05-01 A first page written for this test.\n");
        dir.Write("in/locked/b.txt", " date 2023-05-02 A second page written for this test.\n");
        Unprivileged.Open(dir.File("in"));
        File.SetUnixFileMode(dir.File("in/locked"), UnixFileMode.None);

        var result = Unprivileged.Run("--db", dir.File("c.db"), "ingest", dir.File("in"));
        Assert.Equal(1, result.Status);
        Assert.Contains("ingested 1", result.Out);
        string line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(dir.File("in/locked"), line);
        Assert.Contains("permission denied", line);
    }

    [SkippableFact]
    public void Disk_full_on_a_small_file_system_is_one_line_with_exit_4_and_keeps_committed_batches()
    {
        using var mount = ScratchMount.Create(2048);
        using var dir = new TempFolder();
        // Enough distinct pages to fill a 2 MB file system (an empty store takes a few hundred KB of its tables and indexes): each about 8 KB of made-up sentences.
        var pages = Enumerable.Range(0, 400).Select(i =>
            $"{{\"date\":\"2023-01-{1 + i % 28:00}\",\"text\":\"{string.Join(' ', Enumerable.Range(0, 120).Select(j => $"Sentence {j} of page {i} says that item {i * 1000 + j} was counted."))}\"}}");
        string input = dir.Write("pages.jsonl", string.Join('\n', pages));
        string db = mount.File("c.db");

        var result = Support.Cli.Run("--db", db, "ingest", input, "--stages", "text", "--batch", "10");
        FaultAssert.OneLine(result, 4, db, "disk full");
        var docs = Support.Cli.Run("--db", db, "docs", "--json");
        Assert.Equal(0, docs.Status);
        int kept = System.Text.Json.JsonDocument.Parse(docs.Out).RootElement.GetArrayLength();
        Assert.True(kept > 0 && kept % 10 == 0, $"{kept} documents kept; whole batches of 10 expected");
    }

    [Fact]
    public void Another_applications_sqlite_file_is_refused_untouched()
    {
        using var dir = new TempFolder();
        string db = dir.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE documents (x); CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');";
            create.ExecuteNonQuery();
        }
        byte[] before = File.ReadAllBytes(db);
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath), 3, db, "not a Chronicle store");
        FaultAssert.OneLine(Support.Cli.Run("--db", db, "docs"), 3, db, "not a Chronicle store");
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Fact]
    public void Demo_never_writes_into_the_store_named_by_CHRONICLE_DB()
    {
        using var dir = new TempFolder();
        string mine = dir.File("mine.db");
        Environment.SetEnvironmentVariable("CHRONICLE_DB", mine);
        try
        {
            var demo = Support.Cli.Run("demo", "--samples", Fixtures.SamplesFolder);
            Assert.Contains("ingested 7", demo.Out);
            Assert.False(File.Exists(mine));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CHRONICLE_DB", null);
        }
        string named = dir.File("named.db");
        Assert.Contains("ingested 7", Support.Cli.Run("--db", named, "demo", "--samples", Fixtures.SamplesFolder).Out);
        Assert.True(File.Exists(named));
    }
}
