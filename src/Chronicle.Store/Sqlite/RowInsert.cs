using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// An INSERT run through SQLite's C API on the store's connection (so inside its open transaction), its values
/// bound by position. For the tables that get a row per mention: there Microsoft.Data.Sqlite's cost per
/// execution (a data reader, every parameter looked up by name) was larger than SQLite's own work.
/// </summary>
internal sealed class RowInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public RowInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        int code = raw.sqlite3_prepare_v2(_database, sql, out _statement);
        if (code != raw.SQLITE_OK) throw Error(code);
    }

    /// <summary>Inserts a row with the values in parameter order (long, int, string or null) and returns its rowid.</summary>
    public long Insert(params ReadOnlySpan<object?> values)
    {
        if (values.Length != raw.sqlite3_bind_parameter_count(_statement))
            throw new ArgumentException($"{raw.sqlite3_bind_parameter_count(_statement)} values expected, {values.Length} given", nameof(values));
        for (int i = 0; i < values.Length; i++)
        {
            int code = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            };
            if (code != raw.SQLITE_OK) throw Error(code);
        }
        int step = raw.sqlite3_step(_statement);
        var error = step == raw.SQLITE_DONE ? null : Error(step);
        raw.sqlite3_reset(_statement);
        return error is null ? raw.sqlite3_last_insert_rowid(_database) : throw error;
    }

    public void Dispose() => _statement.Dispose();

    private SqliteException Error(int code) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), code, raw.sqlite3_extended_errcode(_database));
}
