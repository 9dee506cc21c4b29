using Chronicle.Domain.Events;
using Chronicle.Facts;

namespace Chronicle.Store;

/// <summary>
/// Fact states kept per partition (<see cref="FactPartitions"/>), one row per version (<see cref="StateVersion"/>).
/// Ingest records each event's partitions and marks them stale in the batch's transaction; the maintenance step
/// that follows (Pipeline's FactMaintenance) recomputes the stale partitions and saves them here. The store
/// decides nothing: it keeps the partitions and versions it is given and reads them back through its indexes.
/// </summary>
public partial interface IChronicleStore
{
    /// <summary>Whether states were computed for every stored event (false: a store made before states were stored, until its next ingest).</summary>
    bool FactStatesBuilt { get; }

    /// <summary>Partitions whose events changed since their states were saved, in ordinal order.</summary>
    IReadOnlyList<string> StalePartitions(int limit = int.MaxValue);

    /// <summary>The events whose effects belong to the partition, as ingest recorded them.</summary>
    IReadOnlyList<EventRecord> EventsOfPartition(string partition);

    /// <summary>Entities whose event arguments changed since the name facts show them by was saved (<see cref="EntityNames"/>).</summary>
    IReadOnlyList<long> StaleEntityNames(int limit = int.MaxValue);

    /// <summary>Every stored event argument that names the entity.</summary>
    IReadOnlyList<EventArgument> ArgumentsOfEntity(long entityKey);

    /// <summary>
    /// In one transaction: replaces each partition's versions and clears its stale mark, saves the entity names given
    /// and clears theirs; <paramref name="partitionsOfEvents"/> (a store built before states were stored) records which
    /// partitions each existing event belongs to, and <paramref name="built"/> records that every stored event now has its states.
    /// </summary>
    void SaveFactStates(IReadOnlyList<(string Partition, IReadOnlyList<StateVersion> Versions)> partitions,
        IReadOnlyList<(long EntityKey, string Name)>? entityNames = null,
        IReadOnlyList<(long EventKey, string Partition)>? partitionsOfEvents = null, bool built = false);

    /// <summary>The stored versions the query selects (the exact test <see cref="FactStateQuery.Matches"/> applied).</summary>
    IReadOnlyList<StateVersion> FactStates(FactStateQuery query);
}
