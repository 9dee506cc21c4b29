using Chronicle.Store.Postgres;

namespace Chronicle.Store;

public static class StoreFactory
{
    /// <summary>Opens the store at a path (SQLite file) or a `postgres://` / `Host=` connection string (PostgreSQL).</summary>
    public static IChronicleStore Open(string location) =>
        PostgresLocation.IsPostgres(location) ? new PostgresStore(location) : new Sqlite.SqliteStore(location);
}
