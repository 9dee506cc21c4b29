namespace Chronicle.Store;

public static class StoreFactory
{
    /// <summary>Opens the store at a path (SQLite file) or a `postgres://` / `Host=` connection string.</summary>
    public static IChronicleStore Open(string location) => new Sqlite.SqliteStore(location);
}
