using Chronicle.Domain;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// Applies the numbered scripts under Resources/Migrations/sqlite in name order and records them, so that
/// each runs once per store. The caller holds the write lock (an immediate transaction) for the whole run,
/// so a store opened for the first time by several processes at once is migrated exactly once.
/// </summary>
internal static class SqliteMigrator
{
    private const string Prefix = "Migrations/sqlite/";

    public static void Migrate(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT name FROM schema_migrations";
            using var reader = read.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetString(0));
        }
        var assembly = typeof(SqliteMigrator).Assembly;
        foreach (var resource in EmbeddedResources.Names(assembly, Prefix))
        {
            string name = resource[Prefix.Length..];
            if (applied.Contains(name)) continue;
            Execute(connection, transaction, EmbeddedResources.ReadText(assembly, resource));
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (name, applied_at) VALUES ($name, $at)";
            record.Parameters.AddWithValue("$name", name);
            record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
        }
    }

    /// <summary>The migrations this build knows; their count is the schema version kept in PRAGMA user_version.</summary>
    public static IReadOnlyList<string> Known() => _known;

    private static readonly IReadOnlyList<string> _known =
        EmbeddedResources.Names(typeof(SqliteMigrator).Assembly, Prefix).Select(n => n[Prefix.Length..]).ToList();

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
