using Chronicle.Domain.Events;
using Chronicle.Facts;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>Fact states: the partitions of each event, the stale ones, and the versions of each partition's states.</summary>
public sealed partial class PostgresStore
{
    /// <summary>Records the batch's events' partitions and marks them stale, in the batch's transaction.</summary>
    private void MarkPartitions(List<(string Partition, long Event)> partitions, IEnumerable<long> entityKeys)
    {
        using (var entities = Command("INSERT INTO fact_stale_entities (entity_key) SELECT DISTINCT unnest($1::bigint[]) ON CONFLICT DO NOTHING", entityKeys.Distinct().ToArray()))
            entities.ExecuteNonQuery();
        if (partitions.Count == 0) return;
        using (var copy = _connection.BeginBinaryImport("COPY fact_partition_events (partition, event_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (partition, eventKey) in partitions)
            {
                copy.StartRow();
                copy.Write(partition, NpgsqlDbType.Text);
                copy.Write(eventKey, NpgsqlDbType.Bigint);
            }
            copy.Complete();
        }
        using var stale = Command("INSERT INTO fact_stale_partitions (partition) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING",
            (object)partitions.Select(p => p.Partition).Distinct().ToArray());
        stale.ExecuteNonQuery();
    }

    public IReadOnlyList<long> StaleEntityNames(int limit = int.MaxValue)
    {
        using var command = Command("SELECT entity_key FROM fact_stale_entities ORDER BY entity_key LIMIT $1", (long)limit);
        return ReadAll(command, r => r.GetInt64(0));
    }

    public IReadOnlyList<EventArgument> ArgumentsOfEntity(long entityKey)
    {
        using var command = Command(StoredEventRows.SelectArguments + "a.entity_key = $1" + StoredEventRows.OrderArguments, entityKey);
        using var reader = command.ExecuteReader();
        return StoredEventRows.ReadArguments(reader).Values.SelectMany(a => a).ToList();
    }

    public bool FactStatesBuilt
    {
        get
        {
            using var command = Command("SELECT 1 FROM fact_meta WHERE name = 'built'");
            return command.ExecuteScalar() is not null;
        }
    }

    public IReadOnlyList<string> StalePartitions(int limit = int.MaxValue)
    {
        using var command = Command("SELECT partition FROM fact_stale_partitions ORDER BY partition COLLATE \"C\" LIMIT $1", (long)limit);
        return ReadAll(command, r => r.GetString(0));
    }

    public IReadOnlyList<EventRecord> EventsOfPartition(string partition) =>
        Load("e.key IN (SELECT event_key FROM fact_partition_events WHERE partition = $1)", partition);

    public void SaveFactStates(IReadOnlyList<(string Partition, IReadOnlyList<StateVersion> Versions)> partitions,
        IReadOnlyList<(long EntityKey, string Name)>? entityNames = null,
        IReadOnlyList<(long EventKey, string Partition)>? partitionsOfEvents = null, bool built = false)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var (key, name) in entityNames ?? [])
        {
            using (var save = Command(transaction, "INSERT INTO fact_entity_names (entity_key, name) VALUES ($1, $2) ON CONFLICT (entity_key) DO UPDATE SET name = excluded.name", key, name))
                save.ExecuteNonQuery();
            using (var named = Command(transaction, "DELETE FROM fact_stale_entities WHERE entity_key = $1", key)) named.ExecuteNonQuery();
        }
        foreach (var (eventKey, partition) in partitionsOfEvents ?? [])
            using (var insert = Command(transaction, "INSERT INTO fact_partition_events (partition, event_key) VALUES ($1, $2) ON CONFLICT DO NOTHING", partition, eventKey))
                insert.ExecuteNonQuery();
        foreach (var (partition, versions) in partitions)
        {
            using (var delete = Command(transaction, "DELETE FROM fact_states WHERE partition = $1", partition)) delete.ExecuteNonQuery();
            using (var fresh = Command(transaction, "DELETE FROM fact_stale_partitions WHERE partition = $1", partition)) fresh.ExecuteNonQuery();
            foreach (var v in versions)
            {
                using var insert = new NpgsqlCommand($"INSERT INTO fact_states ({StoredFactStates.Columns}) VALUES ({StoredFactStates.Parameters})", _connection, transaction);
                foreach (var (name, value) in StoredFactStates.Values(v, d => d)) insert.Parameters.Add(Parameter(name, value));
                insert.ExecuteNonQuery();
            }
        }
        if (built)
            using (var mark = Command(transaction, "INSERT INTO fact_meta (name, value) VALUES ('built', '1') ON CONFLICT DO NOTHING"))
                mark.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<StateVersion> FactStates(FactStateQuery query)
    {
        var (where, parameters) = StoredFactStates.Where(query, d => d);
        using var command = new NpgsqlCommand($"SELECT {StoredFactStates.Select} FROM {StoredFactStates.From} WHERE {where} ORDER BY f.key", _connection);
        foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(name, value));
        List<StoredFactStates.Row> rows;
        using (var reader = command.ExecuteReader()) rows = StoredFactStates.Read(reader);
        return StoredFactStates.Complete(rows, SourcesOf, query);
    }

    /// <summary>A named parameter; a null is typed by its column, so PostgreSQL need not guess.</summary>
    private static NpgsqlParameter Parameter(string name, object? value) =>
        value is null ? new NpgsqlParameter(name.TrimStart('@'), DBNull.Value) { NpgsqlDbType = name.EndsWith("_key") ? NpgsqlDbType.Bigint : name.EndsWith("_day") || name == "@known_to" ? NpgsqlDbType.Date : NpgsqlDbType.Text }
            : new NpgsqlParameter(name.TrimStart('@'), value);

    private Dictionary<long, (string Document, DateOnly Reported, string Sentence, string Type, string Trigger)> SourcesOf(IReadOnlyCollection<long> eventKeys)
    {
        var found = new Dictionary<long, (string, DateOnly, string, string, string)>();
        if (eventKeys.Count == 0) return found;
        using var command = Command(StoredFactStates.SelectSources.Replace("e.key IN ", "e.key = ANY($1)"), eventKeys.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read()) found[reader.GetInt64(0)] = (reader.GetString(1), StoredValues.Day(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
        return found;
    }
}
