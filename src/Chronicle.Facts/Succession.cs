namespace Chronicle.Facts;

/// <summary>
/// An office with one holder at a time ends when the next holder takes it ("Sunak became prime minister" ends
/// Truss's term) even where no article says the predecessor left. States are kept per entity, so the succession
/// is read across entities when a question is answered: the holders of the office known on the day are read
/// by relation and office and told apart by organization (its normalized name), and a predecessor's open term is shown ending on the day its successor's began.
/// </summary>
public sealed class Succession(IFactStates states, FactEngine engine)
{
    private const string Office = "holds_position";
    private readonly Dictionary<(string Office, DateOnly KnownOn), Dictionary<string, List<StateVersion>>> _holders = [];

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
        return v with { To = successor.From, EndedBy = successor.Sources.FirstOrDefault()?.EndingLabel };
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

    /// <summary>
    /// The holders of an office of one organization (by its normalized name) known on the day. The holders of the
    /// office are read once per question, all organizations together, and grouped by organization as
    /// <see cref="FactStateQuery.Matches"/> tells them apart (the state's organization, else those its articles name):
    /// an answer over every entity asks about hundreds of organizations of a few dozen offices.
    /// </summary>
    private IReadOnlyList<StateVersion> Holders(string office, string organization, DateOnly knownOn)
    {
        if (!_holders.TryGetValue((office, knownOn), out var byOrganization))
        {
            _holders[(office, knownOn)] = byOrganization = [];
            foreach (var v in states.Read(new FactStateQuery(knownOn) { Relation = Office, Object = office }))
                foreach (var named in Organizations(v))
                {
                    if (!byOrganization.TryGetValue(named, out var list)) byOrganization[named] = list = [];
                    list.Add(v);
                }
        }
        return byOrganization.GetValueOrDefault(FactStateQuery.NameKey(organization)) ?? [];
    }

    /// <summary>
    /// The organizations a holder is found under: its own, else those its articles name. A store found a holder by
    /// its organization's stored name and kept it if the name it is shown by matched too, so a holder whose two
    /// names differ is under neither (the answers read one query per organization gave, kept as they were).
    /// </summary>
    private static IEnumerable<string> Organizations(StateVersion v)
    {
        if (v.Qualifier is null) return v.OrganizationsNamed.Distinct();
        var shown = FactStateQuery.NameKey(v.Qualifier);
        return v.StoredQualifierName is null || v.StoredQualifierName == shown ? [shown] : [];
    }
}
