using Chronicle.Store.Postgres;

namespace Chronicle.Store;

public static class StoreFactory
{
    /// <summary>
    /// Opens the store at a path (SQLite file) or a `postgres://` / `Host=` connection string (PostgreSQL). A missing
    /// SQLite store is created only when <paramref name="createIfMissing"/>, and never its folder; a file that is not
    /// a Chronicle store is refused untouched (<see cref="StoreException"/>).
    /// </summary>
    public static IChronicleStore Open(string location, bool createIfMissing = true) =>
        PostgresLocation.IsPostgres(location) ? new PostgresStore(location) : new Sqlite.SqliteStore(location, createIfMissing);
}
