using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// Which stored state versions a question reads: those known on <see cref="KnownOn"/> (reported by then), narrowed
/// by the entity, the day they hold on, the period they began or ended in, or a relation and object. A store
/// narrows with its indexes; <see cref="Matches"/> is the exact test every source applies.
/// </summary>
public sealed record FactStateQuery(DateOnly KnownOn)
{
    /// <summary>
    /// States about an entity: with <see cref="EntityKey"/> (the stored entity the name means), those whose subject,
    /// object or organization is that entity, or an unresolved name among <see cref="EntityNames"/> (the name and its
    /// general aliases), so a store finds them by index; without a key, those whose subject,
    /// object or organization matches the name as names match (<see cref="NameMatcher.Same"/>).
    /// </summary>
    public string? EntityName
    {
        get => _entityName;
        init
        {
            _entityName = value;
            EntityNames = value is null ? [] : NameMatcher.Variants(value).Select(NameKey).Distinct().ToList();
        }
    }
    private readonly string? _entityName;
    public long? EntityKey { get; init; }
    /// <summary>The normalized keys of <see cref="EntityName"/> and its general aliases, computed once when the name is set.</summary>
    public IReadOnlyList<string> EntityNames { get; private init; } = [];

    /// <summary>Held on this day and asserted by some source (not only planned).</summary>
    public DateOnly? HoldsOn { get; init; }
    /// <summary>Began or ended within [From, To].</summary>
    public (DateOnly From, DateOnly To)? ChangedWithin { get; init; }
    public string? Relation { get; init; }
    public string? Object { get; init; }
    /// <summary>The organization, by its normalized name (<see cref="NameKey"/>): the state's, or where it has none, one its articles name.</summary>
    public string? QualifierName { get; init; }

    /// <summary>The normalized name a store indexes subject, object and organization under.</summary>
    public static string NameKey(string name) => NameMatcher.Key(name);

    public bool Matches(StateVersion v)
    {
        if (!v.KnownOn(KnownOn) || v.Subject.Length == 0) return false;
        if (Relation is not null && v.Relation != Relation) return false;
        if (Object is not null && v.Object != Object) return false;
        if (QualifierName is not null && (v.Qualifier is null ? !v.OrganizationsNamed.Contains(QualifierName) : NameKey(v.Qualifier) != QualifierName)) return false;
        if (HoldsOn is { } day && !(v.HoldsOn(day) && v.Asserted)) return false;
        if (ChangedWithin is var (from, to) && !(v.FromKey is { } a && a >= from && a <= to || v.ToKey is { } b && b >= from && b <= to)) return false;
        return EntityName is null || About(v);
    }

    private bool About(StateVersion v)
    {
        if (EntityKey is { } key)
        {
            bool Named(string? name) => name is not null && EntityNames.Contains(NameKey(name));
            return (v.SubjectKey is { } subjectKey ? subjectKey == key : Named(v.Subject))
                   || (v.ObjectKey is { } objectKey ? objectKey == key : Named(v.Object)) || (v.QualifierKey is { } qualifierKey ? qualifierKey == key : Named(v.Qualifier));
        }
        return NameMatcher.Same(v.Subject, EntityName!) || v.Object is { } o && NameMatcher.Same(o, EntityName!) || v.Qualifier is { } q && NameMatcher.Same(q, EntityName!);
    }
}

/// <summary>Where fact questions read state versions: the store's, or computed from events held in memory.</summary>
public interface IFactStates
{
    IReadOnlyList<StateVersion> Read(FactStateQuery query);
}

/// <summary>States computed from events in memory, partition by partition, as ingest stores them.</summary>
public sealed class ComputedFactStates(IReadOnlyList<Chronicle.Domain.Events.EventRecord> events, FactEngine engine) : IFactStates
{
    private IReadOnlyList<StateVersion>? _versions;

    public IReadOnlyList<StateVersion> All => _versions ??= Named(Compute(events, engine), events);

    /// <summary>The versions with each stored entity shown by its name over all the events (<see cref="EntityNames"/>), as a store shows them.</summary>
    public static IReadOnlyList<StateVersion> Named(IReadOnlyList<StateVersion> versions, IReadOnlyList<Chronicle.Domain.Events.EventRecord> events)
    {
        var names = EntityNames.Of(events.SelectMany(e => e.Event.Arguments));
        return versions.Select(v => v.Named(names.GetValueOrDefault)).ToList();
    }

    public IReadOnlyList<StateVersion> Read(FactStateQuery query) => All.Where(query.Matches).ToList();

    /// <summary>Every partition's versions, partitions in ordinal order.</summary>
    public static IReadOnlyList<StateVersion> Compute(IReadOnlyList<Chronicle.Domain.Events.EventRecord> events, FactEngine engine) =>
        engine.Partitions.Group(events).SelectMany(p => engine.Versions(p.Value, p.Key)).ToList();
}
