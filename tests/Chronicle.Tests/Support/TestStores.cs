using Chronicle.Store;
using Npgsql;

namespace Chronicle.Tests.Support;

/// <summary>
/// A fresh, empty store on either backend, for the tests every store must pass. "sqlite" is a file in a temp
/// folder; "postgres" is a new database on the server named by CHRONICLE_TEST_POSTGRES (scripts/test.sh starts
/// one), dropped afterwards. Without that server the PostgreSQL cases are skipped, each saying why.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string ServerVariable = "CHRONICLE_TEST_POSTGRES";

    public static readonly TheoryData<string> Backends = new() { "sqlite", "postgres" };

    /// <summary>The server's connection string, or the test is skipped (loudly: the reason is in the test report).</summary>
    public static string RequirePostgres()
    {
        string? server = Environment.GetEnvironmentVariable(ServerVariable);
        Skip.If(string.IsNullOrEmpty(server),
            $"SKIPPED: needs PostgreSQL; {ServerVariable} is not set (run bash scripts/test.sh, which starts a server)");
        return server!;
    }

    private readonly TempFolder? _folder;
    private readonly string? _server, _database;

    /// <summary>Where the store lives: a file path, or a connection string (what --db takes).</summary>
    public string Location { get; }

    public string Backend { get; }

    public TestStore(string backend)
    {
        Backend = backend;
        if (backend == "sqlite")
        {
            _folder = new TempFolder();
            Location = _folder.File("store.db");
            return;
        }
        _server = RequirePostgres();
        _database = "chronicle_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(_server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            create.ExecuteNonQuery();
        }
        Location = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
    }

    public IChronicleStore Open() => StoreFactory.Open(Location);

    /// <summary>Runs SQL on the store and returns the first column of the first row (either backend).</summary>
    public object? Scalar(string sql)
    {
        if (_database is null)
        {
            using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Location};Pooling=False");
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }
        using var connection = new NpgsqlConnection(Location);
        connection.Open();
        using var query = new NpgsqlCommand(sql, connection);
        return query.ExecuteScalar();
    }

    public void Dispose()
    {
        _folder?.Dispose();
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
