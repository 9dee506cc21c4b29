using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// A command compiled once and reused for every row of every batch. Its parameters are created once and set
/// by position (their order of first appearance in the SQL), so a row costs no parameter lookup by name.
/// </summary>
internal sealed partial class PreparedStatement(SqliteConnection connection, string sql) : IDisposable
{
    private readonly SqliteCommand _command = Create(connection, sql);

    /// <summary>The command, enlisted in the transaction, with its parameters set to the values in order.</summary>
    public SqliteCommand With(SqliteTransaction transaction, params ReadOnlySpan<object?> values)
    {
        var parameters = _command.Parameters;
        if (values.Length != parameters.Count)
            throw new ArgumentException($"{parameters.Count} values expected, {values.Length} given", nameof(values));
        _command.Transaction = transaction;
        for (int i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        return _command;
    }

    public void Dispose() => _command.Dispose();

    private static SqliteCommand Create(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in ParameterName().Matches(sql).Select(m => m.Value).Distinct())
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        return command;
    }

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex ParameterName();
}
