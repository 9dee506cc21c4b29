namespace Chronicle.Store;

public static class StoreFactory
{
    /// <summary>
    /// Opens the store at a path (SQLite file). A missing store is created only when <paramref name="createIfMissing"/>,
    /// and never its folder; a file that is not a Chronicle store is refused untouched (<see cref="StoreException"/>).
    /// </summary>
    public static IChronicleStore Open(string location, bool createIfMissing = true) => new Sqlite.SqliteStore(location, createIfMissing);
}
