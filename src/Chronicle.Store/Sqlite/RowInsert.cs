using System.Text;
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
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    private readonly int _parameters;
    private int _bound;
    private byte[] _utf8 = new byte[256];

    /// <summary>Binds the next parameter (in order of first appearance in the SQL).</summary>
    public RowInsert Value(long value) => Bound(raw.sqlite3_bind_int64(_statement, _bound + 1, value));

    public RowInsert Value(long? value) => value is { } number ? Value(number) : Bound(raw.sqlite3_bind_null(_statement, _bound + 1));

    /// <summary>Binds the next parameter to the text's UTF-8 bytes (encoded as Microsoft.Data.Sqlite does, into a reused buffer).</summary>
    public RowInsert Value(string? value)
    {
        if (value is null) return Bound(raw.sqlite3_bind_null(_statement, _bound + 1));
        int length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < length) _utf8 = new byte[Math.Max(length, 2 * _utf8.Length)];
        int bytes = Encoding.UTF8.GetBytes(value, _utf8);
        // SQLite copies the bytes (SQLITE_TRANSIENT), so the buffer is free again once bound.
        return Bound(raw.sqlite3_bind_text(_statement, _bound + 1, _utf8.AsSpan(0, bytes)));
    }

    /// <summary>Inserts the row with the values bound since the last insert and returns its rowid.</summary>
    public long Insert()
    {
        int bound = _bound;
        _bound = 0;
        if (bound != _parameters) throw new InvalidOperationException($"{_parameters} values expected, {bound} bound");
        int step = raw.sqlite3_step(_statement);
        var error = step == raw.SQLITE_DONE ? null : Error(step);
        raw.sqlite3_reset(_statement);
        return error is null ? raw.sqlite3_last_insert_rowid(_database) : throw error;
    }

    private RowInsert Bound(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            _bound = 0;
            throw Error(code);
        }
        _bound++;
        return this;
    }

    public void Dispose() => _statement.Dispose();

    private SqliteException Error(int code) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), code, raw.sqlite3_extended_errcode(_database));
}
