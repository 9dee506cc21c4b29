using Chronicle.Facts;
using Chronicle.Store;

namespace Chronicle.Query;

/// <summary>
/// Fact states as the store keeps them. Partitions still marked stale (an ingest stopped before its maintenance
/// step) are computed from their events for the question, and a store made before states were stored is computed
/// whole, so an answer never depends on whether maintenance has run.
/// </summary>
public sealed class StoreFactStates(IChronicleStore store, FactEngine engine) : IFactStates
{
    private ComputedFactStates? _unbuilt;

    public IReadOnlyList<StateVersion> Read(FactStateQuery query)
    {
        if (!store.FactStatesBuilt) return (_unbuilt ??= new ComputedFactStates(store.EventsReported(null, null), engine)).Read(query);
        var stored = store.FactStates(query);
        var stale = store.StalePartitions();
        if (stale.Count == 0) return stored;
        var staleSet = stale.ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<long, string?>();
        string? NameOf(long key) => names.TryGetValue(key, out var name) ? name : names[key] = EntityNames.Of(key, store.ArgumentsOfEntity(key));
        return stored.Where(v => !staleSet.Contains(v.Partition))
            .Concat(stale.SelectMany(p => engine.Versions(store.EventsOfPartition(p), p)).Select(v => v.Named(NameOf)).Where(query.Matches)).ToList();
    }
}
