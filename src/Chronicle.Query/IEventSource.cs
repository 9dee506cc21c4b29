using Chronicle.Domain.Events;
using Chronicle.Facts;

namespace Chronicle.Query;

/// <summary>Where queries read events from: the store, or an in-memory list in tests and evaluation.</summary>
public interface IEventSource
{
    /// <summary>Events that name any of <paramref name="names"/> (any word of a name may match; callers filter precisely), reported on or before the date.</summary>
    IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> names, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null);

    /// <summary>Every event reported in [from, to] (either end open).</summary>
    IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to);

    /// <summary>The fact states the events give, as ingest keeps them (per entity, a version per change).</summary>
    IFactStates FactStates { get; }

    /// <summary>The key of the stored entity a name means, as `chronicle entity NAME` shows it; null when unknown or ambiguous.</summary>
    long? EntityNamed(string name);
}

/// <summary>An event source over a list held in memory; <paramref name="entityNamed"/> answers <see cref="IEventSource.EntityNamed"/> (none by default).</summary>
public sealed class InMemoryEventSource(IReadOnlyList<EventRecord> events, Func<string, long?>? entityNamed = null) : IEventSource
{
    public IFactStates FactStates { get; } = new ComputedFactStates(events, FactEngine.Default);

    public long? EntityNamed(string name) => entityNamed?.Invoke(name);

    public IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> names, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null)
    {
        var words = names.SelectMany(EventIndex.Words).ToHashSet(StringComparer.Ordinal);
        return events.Where(e => (reportedOnOrBefore is null || e.Reported <= reportedOnOrBefore) && (types is null || types.Contains(e.Event.Type))
                                 && EventIndex.WordsOf(e.Event).Any(words.Contains)).ToList();
    }

    public IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to) =>
        events.Where(e => (from is null || e.Reported >= from) && (to is null || e.Reported <= to)).ToList();
}
