using Chronicle.Facts;
using Chronicle.Store;

namespace Chronicle.Pipeline;

/// <summary>
/// The step after a run of batches: the partitions whose events changed are recomputed from all their events
/// (in the order the facts became known, so a page published late is placed where it belongs) and saved, a
/// chunk of partitions per transaction. A store made before states were stored is computed whole, once.
/// </summary>
public static class FactMaintenance
{
    /// <returns>The number of partitions recomputed.</returns>
    public static int Refresh(IChronicleStore store, FactEngine engine, int partitionsPerTransaction = 256)
    {
        if (!store.FactStatesBuilt) return Rebuild(store, engine);
        while (store.StaleEntityNames(partitionsPerTransaction) is { Count: > 0 } entities)
            store.SaveFactStates([], entities.Select(k => (k, EntityNames.Of(k, store.ArgumentsOfEntity(k)) ?? "")).ToList());
        int done = 0;
        while (store.StalePartitions(partitionsPerTransaction) is { Count: > 0 } stale)
        {
            store.SaveFactStates(stale.Select(p => (p, engine.Versions(store.EventsOfPartition(p), p))).ToList());
            done += stale.Count;
        }
        return done;
    }

    private static int Rebuild(IChronicleStore store, FactEngine engine)
    {
        var events = store.EventsReported(null, null);
        var names = EntityNames.Of(events.SelectMany(e => e.Event.Arguments)).Select(n => (n.Key, n.Value)).ToList();
        var byPartition = engine.Partitions.Group(events);
        var partitionsOfEvents = byPartition.SelectMany(p => p.Value.Select(r => (r.Id, p.Key))).ToList();
        store.SaveFactStates(byPartition.Select(p => (p.Key, engine.Versions(p.Value, p.Key))).ToList(), names, partitionsOfEvents, built: true);
        return byPartition.Count;
    }
}
