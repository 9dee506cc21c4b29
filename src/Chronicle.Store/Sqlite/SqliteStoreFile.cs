using System.Text;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// Opens a store file and makes sure it is Chronicle's before anything is written: a Chronicle store carries
/// <see cref="ApplicationId"/> and its schema version in SQLite's header. Any other SQLite file is refused
/// untouched (no WAL switch, no tables), a missing file is created only when asked, and folders never are.
/// </summary>
internal static class SqliteStoreFile
{
    /// <summary>"Chrn" in ASCII, in SQLite's PRAGMA application_id.</summary>
    public const int ApplicationId = 0x4368726E;

    /// <summary>The page size of stores this build creates (docs/BENCHMARKS.store.md).</summary>
    public const int NewStorePageSize = 16384;

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>What the file held when it was opened.</summary>
    private enum Content { Empty, Chronicle, UnmarkedChronicle, Foreign }

    public static SqliteConnection Open(string path, bool createIfMissing)
    {
        CheckPath(path, createIfMissing);
        bool exists = File.Exists(path);
        if (exists) CheckHeader(path);
        try
        {
            return Connect(path, path, exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate, createIfMissing);
        }
        catch (StoreException e) when (e.InnerException is SqliteException { SqliteErrorCode: CantOpen or ReadOnlyDatabase } && exists && !createIfMissing)
        {
            // A store in a read-only folder: WAL mode cannot create its -shm file there, but nothing can change
            // the file either, so it is read as immutable.
            return Connect(path, "file:" + Uri.EscapeDataString(Path.GetFullPath(path)).Replace("%2F", "/") + "?immutable=1", SqliteOpenMode.ReadOnly, false);
        }
    }

    private const int ReadOnlyDatabase = 8, CantOpen = 14;

    private static SqliteConnection Connect(string path, string dataSource, SqliteOpenMode mode, bool createIfMissing)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = mode,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Pragma(connection, null, "busy_timeout = 10000");
            Prepare(connection, path, createIfMissing);
            return connection;
        }
        catch (Exception e) when (SqliteFaults.Translate(path, e) is { } fault)
        {
            connection.Dispose();
            throw fault;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CheckPath(string path, bool createIfMissing)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new StoreException(path, StoreFault.NotAStore, "the store path is empty");
        if (Directory.Exists(path)) throw new StoreException(path, StoreFault.NotAStore, "is a folder, not a store file");
        if (File.Exists(path)) return;
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
            throw new StoreException(path, StoreFault.Missing, $"no such folder {folder} (Chronicle does not create folders)");
        if (!createIfMissing)
            throw new StoreException(path, StoreFault.Missing, "no Chronicle store here (create one with 'chronicle ingest PATH')");
    }

    /// <summary>A non-empty file that does not start with SQLite's header is refused before SQLite sees it.</summary>
    private static void CheckHeader(string path)
    {
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SqliteFaults.Translate(path, e) ?? new StoreException(path, StoreFault.IoError, e.Message, e);
        }
        if (read == 0) return; // an empty file is an empty database to SQLite
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new StoreException(path, StoreFault.NotAStore, "not a Chronicle store (not an SQLite database at all)");
    }

    private static void Prepare(SqliteConnection connection, string path, bool createIfMissing)
    {
        (Content content, int version) = (default, 0);
        // One read transaction: the marks and the tables are read from one snapshot, even while another process migrates.
        using (var snapshot = connection.BeginTransaction(deferred: true))
            (content, version) = Inspect(connection, snapshot);
        int known = SqliteMigrator.Known().Count;
        switch (content)
        {
            case Content.Foreign:
                throw new StoreException(path, StoreFault.NotAStore, "not a Chronicle store (another application's SQLite database; left untouched)");
            case Content.Empty when !createIfMissing:
                throw new StoreException(path, StoreFault.Missing, "an empty file, not a Chronicle store (create one with 'chronicle ingest PATH')");
            case Content.Chronicle when version > known:
                throw new StoreException(path, StoreFault.NewerVersion, $"written by a newer Chronicle (schema {version}; this build knows {known})");
            case Content.Chronicle when version == known:
                return;
        }
        if (IsReadOnly(connection))
            throw new StoreException(path, StoreFault.ReadOnly, "read-only, and the store must be created or upgraded first");
        // 16 KB pages for a new store (set before its first table; an existing store keeps its size): a page's text
        // (about 3 KB) overflows a 4 KB page and leaves most of the last one empty; 16 KB pages hold four or five.
        if (content is Content.Empty) Pragma(connection, null, $"page_size = {NewStorePageSize}");
        Pragma(connection, null, "journal_mode = WAL");
        // BEGIN IMMEDIATE: one process migrates at a time; the others wait, then find the work done.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (Inspect(connection, transaction).Content is Content.Foreign)
            throw new StoreException(path, StoreFault.NotAStore, "not a Chronicle store (another application's SQLite database; left untouched)");
        SqliteMigrator.Migrate(connection, transaction);
        Pragma(connection, transaction, $"application_id = {ApplicationId}");
        Pragma(connection, transaction, $"user_version = {known}");
        transaction.Commit();
    }

    /// <summary>Reads the header marks and table names only: nothing is written.</summary>
    private static (Content Content, int Version) Inspect(SqliteConnection connection, SqliteTransaction? transaction)
    {
        long applicationId = Scalar(connection, transaction, "PRAGMA application_id");
        int version = (int)Scalar(connection, transaction, "PRAGMA user_version");
        if (applicationId == ApplicationId) return (Content.Chronicle, version);
        if (applicationId != 0) return (Content.Foreign, version);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        if (tables.Count == 0) return (Content.Empty, version);
        // Stores made before the mark existed: Chronicle's migration table, listing only migrations this build knows.
        if (tables.Contains("schema_migrations") && tables.Contains("documents") && version == 0)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT name FROM schema_migrations";
            using var reader = command.ExecuteReader();
            var known = SqliteMigrator.Known().ToHashSet(StringComparer.Ordinal);
            bool ours = true;
            while (reader.Read()) ours &= known.Contains(reader.GetString(0));
            if (ours) return (Content.UnmarkedChronicle, version);
        }
        return (Content.Foreign, version);
    }

    private static bool IsReadOnly(SqliteConnection connection) => SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Pragma(SqliteConnection connection, SqliteTransaction? transaction, string pragma)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }
}
