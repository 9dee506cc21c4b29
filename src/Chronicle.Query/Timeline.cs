using Chronicle.Domain.Time;
using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Facts;

namespace Chronicle.Query;

public sealed record TimelineSource(string Doc, DateOnly Date, string Sentence);

public sealed record TimelineEntry(string Date, string Type, string Summary, string Modality, IReadOnlyList<TimelineSource> Sources);

public sealed record FactRow(string Relation, string Subject, string? Object, string? ValidFrom, string? ValidTo, IReadOnlyList<TimelineSource> Sources)
{
    public string? EndedBy { get; init; }
    public bool Conflicting { get; init; }
}

/// <summary>Timeline, as-of and changes queries over the event source.</summary>
public sealed class FactQueries(IEventSource source, FactEngine engine)
{
    public FactQueries(IEventSource source) : this(source, FactEngine.Default) { }

    /// <summary>The entity's events in time order; mentions of one event across articles are merged, syndicated copies counted once.
    /// <paramref name="from"/> and <paramref name="to"/> bound the events' own dates; <paramref name="to"/> is also the publication
    /// cutoff, as in `asof` and `check`: a timeline up to D reads only articles published on or before D, so later
    /// articles (which may re-date, merge or add earlier events) never change it.</summary>
    public IReadOnlyList<TimelineEntry> Timeline(string entity, DateOnly? from, DateOnly? to)
    {
        var events = source.EventsNaming([entity], to);
        long? entityKey = source.EntityNamed(entity);
        var identities = new EntityIdentities(events.SelectMany(e => e.Event.Arguments), [], [entity]);
        var mine = events.Where(r => EventOntology.Default.Find(r.Event.Type)?.JoinsNames != true && !r.Event.Negated && r.Event.Arguments.Any(a => a.NamesEntity && a.Role != "org_context" && identities.Refers(identities.Of(a), entity, entityKey)));
        // Mentions of one event (same type, subject, date and modality) become one entry; undated mentions of an event
        // the timeline already dates ("Baldwin was initially charged") join it.
        string Subject(EventRecord r) => r.Event.Arguments.Where(a => a.NamesEntity && a.Role != "org_context")
            .Select(identities.Of).FirstOrDefault() ?? "";
        var groups = new Dictionary<(string Type, string Subject, string Date, Modality Modality), List<EventRecord>>();
        // The dated entries of each kind of event (type, subject, modality), for undated mentions to find their twin without reading every entry.
        var datedEntries = new Dictionary<(string Type, string Subject, Modality Modality), List<(string Date, DateOnly Earliest)>>();
        foreach (var r in mine.OrderBy(r => r.Event.Time is null ? 1 : 0).ThenBy(r => r.Reported))
        {
            string date = r.Event.Time ?? "PAST_REF";
            string subject = Subject(r);
            if (r.Event.Time is null && datedEntries.TryGetValue((r.Event.Type, subject, r.Event.Modality), out var kin))
            {
                string? twin = null;
                foreach (var (kinDate, earliest) in kin)
                    if (earliest <= r.Reported && (twin is null || string.CompareOrdinal(kinDate, twin) > 0)) twin = kinDate;
                if (twin is not null) date = twin;
            }
            var key = (r.Event.Type, subject, date, r.Event.Modality);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                if (date != "PAST_REF" && DateInterval.TryParse(date, out var range))
                {
                    if (!datedEntries.TryGetValue((key.Type, subject, key.Modality), out var ofKind)) datedEntries[(key.Type, subject, key.Modality)] = ofKind = [];
                    ofKind.Add((date, range.Start!.Value));
                }
            }
            list.Add(r);
        }
        var entries = new List<(DateOnly Key, TimelineEntry Entry)>();
        foreach (var (key, group) in groups)
        {
            bool dated = DateInterval.TryParse(key.Date, out var range);
            var first = group.OrderBy(r => r.Reported).First();
            var sortKey = dated ? range.Start!.Value : first.Reported;
            if (from is { } f && (dated ? range.EndInclusive!.Value : sortKey) < f) continue;
            if (to is { } t && sortKey > t) continue;
            var richest = group.OrderByDescending(r => r.Event.Arguments.Count(a => a.Role != "org_context")).ThenBy(r => r.Reported).First();
            var sources = group.GroupBy(r => r.Sentence).Select(g => g.First()).OrderBy(r => r.Reported)
                .Select(r => new TimelineSource(r.DocumentId, r.Reported, r.Sentence)).ToList();
            entries.Add((sortKey, new TimelineEntry(key.Date, key.Type, Summary(richest.Event, identities), key.Modality.ToString().ToLowerInvariant(), sources)));
        }
        return entries.OrderBy(e => e.Key).ThenBy(e => e.Entry.Type, StringComparer.Ordinal).Select(e => e.Entry).ToList();
    }

    /// <summary>An event in one line: the summary its type declares in the ontology (Resources/ontology.json), else its type and arguments.</summary>
    public static string Summary(EventMention e, EntityIdentities identities)
    {
        string Arg(string role) => string.Join(" and ", e.All(role).Select(a => a.NamesEntity ? identities.Of(a) : a.Value).Distinct());
        string core = EventOntology.Default.Find(e.Type)?.SummaryFor(e.Trigger)?.Render(Arg)
                      ?? $"{e.Type} {string.Join(", ", e.Arguments.Where(a => a.Role != "org_context").Select(a => a.Value))}";
        return e.Attribution is { } by ? $"{core} ({by})" : core;
    }

    /// <summary>The facts that hold on the date according to articles published on or before it.</summary>
    public IReadOnlyList<FactRow> AsOf(DateOnly date, string? entity)
    {
        var succession = new Succession(source.FactStates, engine);
        return source.FactStates.Read(About(new FactStateQuery(date) { HoldsOn = date }, entity))
            .Select(v => succession.Ended(v, date)).Where(v => v.HoldsOn(date))
            .OrderBy(v => v.Subject, StringComparer.Ordinal).ThenBy(v => v.Relation, StringComparer.Ordinal).ThenBy(v => v.Object, StringComparer.Ordinal)
            .ThenBy(v => v.FromKey).ThenBy(v => v.Qualifier, StringComparer.Ordinal).Select(Row).ToList();
    }

    /// <summary>Facts that started or ended within [from, to], using articles published up to <paramref name="to"/>.</summary>
    public IReadOnlyList<FactRow> Changes(DateOnly from, DateOnly to, string? entity)
    {
        var succession = new Succession(source.FactStates, engine);
        bool Within(DateOnly? day) => day is { } d && d >= from && d <= to;
        // A new holder's term ends the previous holder's, which the stored states of that holder do not say: about one
        // entity, all its states are read (few) and ended where a successor came; over all, the predecessors of each new holder.
        var changed = source.FactStates.Read(About(entity is null ? new FactStateQuery(to) { ChangedWithin = (from, to) } : new FactStateQuery(to), entity))
            .Select(v => succession.Ended(v, to)).ToList();
        var ended = entity is not null ? [] : changed.Where(v => Within(v.FromKey)).SelectMany(v => succession.Predecessors(v, to));
        return changed.Concat(ended).Where(v => Within(v.FromKey) || Within(v.ToKey)).DistinctBy(v => (v.Partition, v.Relation, v.Subject, v.Object, v.Qualifier, v.FromKey))
            .OrderBy(v => Within(v.ToKey) ? v.ToKey : v.FromKey).ThenBy(v => v.Subject, StringComparer.Ordinal)
            .ThenBy(v => v.Relation, StringComparer.Ordinal).ThenBy(v => v.Object, StringComparer.Ordinal).Select(Row).ToList();
    }

    /// <summary>Narrows a query to the entity the user named: the stored entity `chronicle entity` finds, else the name.</summary>
    private FactStateQuery About(FactStateQuery query, string? entity) =>
        entity is null ? query : query with { EntityName = entity, EntityKey = source.EntityNamed(entity) };

    private static FactRow Row(StateVersion v) => new(
        v.Relation, v.Subject, v.Qualifier is null ? v.Object : $"{v.Object} of {v.Qualifier}", v.ValidFrom, v.ValidTo,
        v.Sources.Select(x => new TimelineSource(x.DocumentId, x.Reported, x.Sentence)).ToList())
    {
        EndedBy = v.EndedBy,
        Conflicting = v.Conflicting,
    };
}
