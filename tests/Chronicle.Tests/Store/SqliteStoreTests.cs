using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>What only the SQLite file store promises.</summary>
public class SqliteStoreTests
{
    [Fact]
    public void Store_file_uses_wal_and_records_its_migrations()
    {
        using var dir = new TempFolder();
        string path = dir.File("c.db");
        using (new SqliteStore(path)) { }
        using (new SqliteStore(path)) { } // reopening must not re-run migrations
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
        using var applied = connection.CreateCommand();
        applied.CommandText = "SELECT count(*), count(DISTINCT name) FROM schema_migrations";
        using var reader = applied.ExecuteReader();
        reader.Read();
        Assert.True(reader.GetInt32(0) >= 1);
        Assert.Equal(reader.GetInt32(0), reader.GetInt32(1));
    }
}
