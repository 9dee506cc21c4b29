namespace Chronicle.Facts;

/// <summary>
/// An office with one holder at a time ends when the next holder takes it ("Sunak became prime minister" ends
/// Truss's term) even where no article says the predecessor left. States are kept per entity, so the succession
/// is read across entities when a question is answered: the holders of the office known on the day are looked up
/// by relation, office and organization (its normalized name), and a predecessor's open term is shown ending on the day its successor's began.
/// </summary>
public sealed class Succession(IFactStates states, FactEngine engine)
{
    private const string Office = "holds_position";
    private readonly Dictionary<(string Office, string Organization, DateOnly KnownOn), IReadOnlyList<StateVersion>> _holders = [];

    /// <summary>The version as known on <paramref name="knownOn"/>, ended by its successor where one took the office.</summary>
    public StateVersion Ended(StateVersion v, DateOnly knownOn)
    {
        if (!SingleHolderOffice(v) || v.Qualifier is null) return v;
        // Only a term reported by the time its successor's was: a holder first reported after the handover is the
        // report of someone holding the office then (a name the entity stage kept apart, a later correction).
        var successor = Holders(v.Object!, v.Qualifier, knownOn)
            .Where(o => o.Subject != v.Subject && o.FromKey is { } start && (v.FromKey is null || v.FromKey < start)
                        && (v.ToKey is null || start < v.ToKey) && FirstReported(v) <= FirstReported(o))
            .OrderBy(o => o.FromKey).FirstOrDefault();
        if (successor is null) return v;
        return v with { ValidTo = successor.ValidFrom, ToKey = successor.FromKey, EndedBy = successor.Sources.FirstOrDefault()?.EndingLabel };
    }

    /// <summary>The holders whose terms a new holder's term ends, as <see cref="Ended"/> shows them.</summary>
    public IEnumerable<StateVersion> Predecessors(StateVersion successor, DateOnly knownOn)
    {
        if (!SingleHolderOffice(successor) || successor.FromKey is null) return [];
        var organizations = successor.Qualifier is { } q ? [q] : successor.OrganizationsNamed;
        return organizations.SelectMany(o => Holders(successor.Object!, o, knownOn)).Where(o => o.Subject != successor.Subject && o.Qualifier is not null)
            .Select(o => Ended(o, knownOn)).Where(o => o.ToKey == successor.FromKey).DistinctBy(o => (o.Partition, o.Subject, o.Qualifier, o.FromKey));
    }

    private bool SingleHolderOffice(StateVersion v) => v.Relation == Office && v.Object is not null && engine.SingleHolder(v.Object);

    private static DateOnly FirstReported(StateVersion v) => v.Sources.Count == 0 ? v.KnownFrom : v.Sources.Min(x => x.Reported);

    /// <summary>The holders of an office of one organization (by its normalized name) known on the day, read once per question.</summary>
    private IReadOnlyList<StateVersion> Holders(string office, string organization, DateOnly knownOn)
    {
        var key = (office, FactStateQuery.NameKey(organization), knownOn);
        if (!_holders.TryGetValue(key, out var holders))
            _holders[key] = holders = states.Read(new FactStateQuery(knownOn) { Relation = Office, Object = office, QualifierName = key.Item2 });
        return holders;
    }
}
