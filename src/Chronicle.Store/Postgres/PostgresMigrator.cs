using Chronicle.Domain;
using Npgsql;

namespace Chronicle.Store.Postgres;

/// <summary>
/// Applies the numbered scripts under Resources/Migrations/postgres in name order, each in its own
/// transaction, and records them so that each runs once per database. An advisory lock makes processes
/// that open the same database at once migrate one after the other.
/// </summary>
internal static class PostgresMigrator
{
    private const string Prefix = "Migrations/postgres/";
    private const long LockId = 0x6368726f6e; // "chron"

    public static void Migrate(NpgsqlConnection connection)
    {
        Execute(connection, null, $"SELECT pg_advisory_lock({LockId})");
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)");
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using (var read = new NpgsqlCommand("SELECT name FROM schema_migrations", connection))
            using (var reader = read.ExecuteReader())
                while (reader.Read()) applied.Add(reader.GetString(0));
            var assembly = typeof(PostgresMigrator).Assembly;
            foreach (var resource in EmbeddedResources.Names(assembly, Prefix))
            {
                string name = resource[Prefix.Length..];
                if (applied.Contains(name)) continue;
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, EmbeddedResources.ReadText(assembly, resource));
                using var record = new NpgsqlCommand("INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())", connection, transaction);
                record.Parameters.AddWithValue(name);
                record.ExecuteNonQuery();
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({LockId})");
        }
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
