using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Translates SQLite and file-system errors into <see cref="StoreException"/>s that name the path and the cause.</summary>
public static class SqliteFaults
{
    // Primary result codes from sqlite3.h.
    private const int Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26;

    /// <summary>The store fault an exception stands for, or null when it is not a store or file-system error.</summary>
    public static StoreException? Translate(string path, Exception e) => e switch
    {
        StoreException s => s,
        SqliteException s => FromSqlite(path, s),
        UnauthorizedAccessException => new StoreException(path, StoreFault.PermissionDenied, "permission denied", e),
        IOException io when IsDiskFull(io) => new StoreException(path, StoreFault.DiskFull, "disk full (no space left on the device)", e),
        _ => null,
    };

    private static StoreException FromSqlite(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        ReadOnly => new(path, StoreFault.ReadOnly, "read-only: the store file or its folder cannot be written", e),
        Perm or CantOpen when File.Exists(path) => new(path, StoreFault.PermissionDenied, "permission denied: cannot open the store and its -wal/-shm files for writing (read-only folder?)", e),
        Perm or CantOpen => new(path, StoreFault.ReadOnly, "cannot be created: its folder is read-only or not writable", e),
        Corrupt or NotADb => new(path, StoreFault.Corrupt, "corrupt: not a readable SQLite database", e),
        Full => new(path, StoreFault.DiskFull, "disk full (no space left to write; batches committed before are kept)", e),
        Busy or Locked => new(path, StoreFault.Busy, "busy: another process kept the store locked", e),
        IoErr => new(path, StoreFault.IoError, $"I/O error ({FirstLine(e.Message)})", e),
        _ => new(path, StoreFault.IoError, $"SQLite error {e.SqliteErrorCode} ({FirstLine(e.Message)})", e),
    };

    private static bool IsDiskFull(IOException e) => (e.HResult & 0xFFFF) is 28 or 112; // ENOSPC, ERROR_DISK_FULL

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
