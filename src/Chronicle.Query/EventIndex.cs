using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Facts;
using Chronicle.Store;

namespace Chronicle.Query;

/// <summary>The index words a query looks up for a name: its words and those of its general aliases.</summary>
public static class EventIndex
{
    public static IEnumerable<string> Words(string name) =>
        NameMatcher.Variants(name).SelectMany(EventWords.Of).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> WordsOf(EventMention e) =>
        e.Arguments.Where(a => a.NamesEntity).SelectMany(a => EventWords.Of(a.Value)).Distinct(StringComparer.Ordinal);
}

/// <summary>Reads events from the store through its word index.</summary>
public sealed class StoreEventSource(IChronicleStore store) : IEventSource
{
    public IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> names, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null) =>
        store.EventsNaming(names.SelectMany(EventIndex.Words).ToHashSet(StringComparer.Ordinal), reportedOnOrBefore, types);

    public IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to) => store.EventsReported(from, to);

    public long? EntityNamed(string name) => EntityChoice.Find(store, name)?.Key;

    public IFactStates FactStates { get; } = new StoreFactStates(store, FactEngine.Default);
}
