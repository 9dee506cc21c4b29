using System.Globalization;
using Chronicle.Domain.Events;
using Chronicle.Facts;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Fact states: the partitions of each event, the stale ones, and the versions of each partition's states.</summary>
public sealed partial class SqliteStore
{
    private RowInsert? _insertPartition, _markStale, _markEntityStale;

    /// <summary>Marks the entities an event's arguments name: the name facts show them by may change.</summary>
    private void MarkEntities(IEnumerable<long?> entityKeys)
    {
        _markEntityStale ??= new RowInsert(_connection, "INSERT OR IGNORE INTO fact_stale_entities (entity_key) VALUES ($key)");
        foreach (var key in entityKeys)
            if (key is { } k) _markEntityStale.Value(k).Insert();
    }

    public IReadOnlyList<long> StaleEntityNames(int limit = int.MaxValue)
    {
        using var command = Bind(Command(null, "SELECT entity_key FROM fact_stale_entities ORDER BY entity_key LIMIT $limit"), ("$limit", limit));
        return ReadAll(command, r => r.GetInt64(0));
    }

    public IReadOnlyList<EventArgument> ArgumentsOfEntity(long entityKey)
    {
        using var command = Command(null, StoredEventRows.SelectArguments + "a.entity_key = $key" + StoredEventRows.OrderArguments);
        Bind(command, ("$key", entityKey));
        using var reader = command.ExecuteReader();
        return StoredEventRows.ReadArguments(reader).Values.SelectMany(a => a).ToList();
    }

    /// <summary>Records an event's partitions and marks them stale, in the batch's transaction.</summary>
    private void MarkPartitions(long eventKey, IReadOnlySet<string> partitions)
    {
        _insertPartition ??= new RowInsert(_connection, "INSERT OR IGNORE INTO fact_partition_events (partition, event_key) VALUES ($partition, $event)");
        _markStale ??= new RowInsert(_connection, "INSERT OR IGNORE INTO fact_stale_partitions (partition) VALUES ($partition)");
        foreach (var p in partitions)
        {
            _insertPartition.Value(p).Value(eventKey).Insert();
            _markStale.Value(p).Insert();
        }
    }

    public bool FactStatesBuilt
    {
        get
        {
            using var command = Command(null, "SELECT 1 FROM fact_meta WHERE name = 'built'");
            return command.ExecuteScalar() is not null;
        }
    }

    public IReadOnlyList<string> StalePartitions(int limit = int.MaxValue)
    {
        using var command = Bind(Command(null, "SELECT partition FROM fact_stale_partitions ORDER BY partition LIMIT $limit"), ("$limit", limit));
        return ReadAll(command, r => r.GetString(0));
    }

    public IReadOnlyList<EventRecord> EventsOfPartition(string partition) =>
        Load($"e.key IN (SELECT event_key FROM fact_partition_events WHERE partition = '{partition.Replace("'", "''")}')", false);

    public void SaveFactStates(IReadOnlyList<(string Partition, IReadOnlyList<StateVersion> Versions)> partitions,
        IReadOnlyList<(long EntityKey, string Name)>? entityNames = null,
        IReadOnlyList<(long EventKey, string Partition)>? partitionsOfEvents = null, bool built = false)
    {
        using var transaction = _connection.BeginTransaction();
        using (var name = Command(transaction, "INSERT OR REPLACE INTO fact_entity_names (entity_key, name) VALUES ($key, $name)"))
        using (var named = Command(transaction, "DELETE FROM fact_stale_entities WHERE entity_key = $key"))
            foreach (var (key, entityName) in entityNames ?? [])
            {
                Bind(name, ("$key", key), ("$name", entityName));
                name.ExecuteNonQuery();
                Bind(named, ("$key", key));
                named.ExecuteNonQuery();
            }
        using (var insertPartition = Command(transaction, "INSERT OR IGNORE INTO fact_partition_events (partition, event_key) VALUES ($partition, $event)"))
            foreach (var (eventKey, partition) in partitionsOfEvents ?? [])
            {
                Bind(insertPartition, ("$partition", partition), ("$event", eventKey));
                insertPartition.ExecuteNonQuery();
            }
        using var delete = Command(transaction, "DELETE FROM fact_states WHERE partition = $partition");
        using var fresh = Command(transaction, "DELETE FROM fact_stale_partitions WHERE partition = $partition");
        using var insert = Command(transaction, $"INSERT INTO fact_states ({StoredFactStates.Columns}) VALUES ({StoredFactStates.Parameters})");
        foreach (var (partition, versions) in partitions)
        {
            Bind(delete, ("$partition", partition));
            delete.ExecuteNonQuery();
            Bind(fresh, ("$partition", partition));
            fresh.ExecuteNonQuery();
            foreach (var v in versions)
            {
                insert.Parameters.Clear();
                foreach (var (name, value) in StoredFactStates.Values(v, d => Iso(d))) insert.Parameters.AddWithValue(name, value ?? DBNull.Value);
                insert.ExecuteNonQuery();
            }
        }
        if (built)
            using (var mark = Command(transaction, "INSERT OR IGNORE INTO fact_meta (name, value) VALUES ('built', '1')"))
                mark.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<StateVersion> FactStates(FactStateQuery query)
    {
        var (where, parameters) = StoredFactStates.Where(query, d => Iso(d));
        using var command = Command(null, $"SELECT {StoredFactStates.Select} FROM {StoredFactStates.From} WHERE {where} ORDER BY f.key");
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        List<StoredFactStates.Row> rows;
        using (var reader = command.ExecuteReader()) rows = StoredFactStates.Read(reader);
        return StoredFactStates.Complete(rows, SourcesOf, query);
    }

    /// <summary>The document, report date and sentence of each source event.</summary>
    private Dictionary<long, (string Document, DateOnly Reported, string Sentence, string Type, string Trigger)> SourcesOf(IReadOnlyCollection<long> eventKeys)
    {
        var found = new Dictionary<long, (string, DateOnly, string, string, string)>();
        if (eventKeys.Count == 0) return found;
        using var command = Command(null, StoredFactStates.SelectSources + $"({string.Join(',', eventKeys)})");
        using var reader = command.ExecuteReader();
        while (reader.Read()) found[reader.GetInt64(0)] = (reader.GetString(1), StoredValues.Day(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
        return found;
    }
}
