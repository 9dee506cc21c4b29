using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>A Chronicle store is marked as such; only such files are written, and opening one is safe from many processes at once.</summary>
public class StoreOwnershipTests
{
    private static long Pragma(string db, string pragma)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static void SetPragma(string db, string pragma)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void A_new_store_carries_chronicles_application_id_and_schema_version()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        using (new SqliteStore(db)) { }
        Assert.Equal(SqliteStoreFile.ApplicationId, Pragma(db, "application_id"));
        Assert.Equal(SqliteMigrator.Known().Count, Pragma(db, "user_version"));
    }

    [Fact]
    public void A_store_made_before_the_mark_is_adopted_and_marked()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        using (var store = new SqliteStore(db)) store.SaveBatch([new DocumentAnalyzer().Analyze(new Document("d1", new DateOnly(2023, 1, 2), "An older store."))]);
        SetPragma(db, "application_id = 0");
        SetPragma(db, "user_version = 0");
        using (var store = new SqliteStore(db, createIfMissing: false)) Assert.Single(store.ListDocuments());
        Assert.Equal(SqliteStoreFile.ApplicationId, Pragma(db, "application_id"));
    }

    [Fact]
    public void A_store_from_a_newer_chronicle_is_refused()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        using (new SqliteStore(db)) { }
        SetPragma(db, "user_version = 999");
        var e = Assert.Throws<StoreException>(() => new SqliteStore(db));
        Assert.Equal(StoreFault.NewerVersion, e.Fault);
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void An_empty_file_is_a_store_only_for_ingest()
    {
        using var dir = new TempFolder();
        string db = dir.Write("empty.db", "");
        Assert.Equal(StoreFault.Missing, Assert.Throws<StoreException>(() => new SqliteStore(db, createIfMissing: false)).Fault);
        Assert.Equal(0, new FileInfo(db).Length);
        using (new SqliteStore(db, createIfMissing: true)) { }
        Assert.Equal(SqliteStoreFile.ApplicationId, Pragma(db, "application_id"));
    }

    [Fact]
    public void Concurrent_first_opens_of_a_new_store_all_succeed()
    {
        using var dir = new TempFolder();
        for (int round = 0; round < 40; round++)
        {
            string db = dir.File($"c{round}.db");
            const int openers = 6;
            using var start = new Barrier(openers);
            var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            var threads = Enumerable.Range(0, openers).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                try { using var store = new SqliteStore(db); store.ListDocuments(); }
                catch (Exception e) { errors.Add(e); }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.True(errors.IsEmpty, $"round {round}: {string.Join("; ", errors.Select(e => e.Message))}");
            Assert.Equal(SqliteMigrator.Known().Count, Pragma(db, "user_version"));
        }
    }

    [Fact]
    public void Concurrent_first_ingests_from_separate_processes_all_succeed()
    {
        using var dir = new TempFolder();
        for (int round = 0; round < 4; round++)
        {
            string db = dir.File($"p{round}.db");
            var processes = Enumerable.Range(0, 4).Select(_ => Unprivileged.StartChronicle("--db", db, "ingest", Fixtures.SeedPath, "--stages", "text")).ToList();
            foreach (var result in processes.Select(p => p.Finish()))
                Assert.True(result.Status == 0, $"round {round}: exit {result.Status}: {result.Err}");
            using var store = new SqliteStore(db, createIfMissing: false);
            Assert.Single(store.ListDocuments());
        }
    }

    [Fact]
    public void A_failing_write_keeps_every_batch_committed_before_it()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        string input = dir.Write("pages.jsonl", string.Join('\n', Enumerable.Range(0, 200).Select(i =>
            $"{{\"date\":\"2023-02-{1 + i % 28:00}\",\"text\":\"{string.Join(' ', Enumerable.Range(0, 40).Select(j => $"Line {j} of page {i} counts item {i * 100 + j}."))}\"}}")));
        int committed;
        using (var store = new SqliteStore(db))
        {
            // SQLite's own page limit makes the file "full" after a few batches: a real SQLITE_FULL from a real file.
            // 240 KB more than the empty store, whatever the page size.
            long pages = Convert.ToInt64(new SqliteCommand("PRAGMA page_count", store.Connection).ExecuteScalar());
            long pageSize = Convert.ToInt64(new SqliteCommand("PRAGMA page_size", store.Connection).ExecuteScalar());
            new SqliteCommand($"PRAGMA max_page_count = {pages + 60 * 4096 / pageSize}", store.Connection).ExecuteNonQuery();
            var ingestor = new Ingestor(store, new DocumentAnalyzer(new AnalysisOptions(false, false, false)), batchSize: 5, threads: 1);
            int stored = 0;
            var failure = Record.Exception(() => ingestor.Ingest(new InputReader().Read([input]), p => stored = p.Ingested));
            var fault = SqliteFaults.Translate(db, Assert.IsAssignableFrom<Exception>(failure));
            Assert.Equal(StoreFault.DiskFull, fault?.Fault);
            committed = stored;
        }
        Assert.True(committed > 0);
        using var reopened = new SqliteStore(db, createIfMissing: false);
        Assert.Equal(committed, reopened.ListDocuments().Count);
    }
}
