namespace Chronicle.Facts;

/// <summary>
/// The states built so far, in the order they were made, indexed by relation and subject (its cluster and its key, the
/// two ways <see cref="EntityIdentities.Same"/> can match) and by relation and object. An effect looks only at the states
/// of its own subject, so folding a set of events costs in proportion to the events, not to their square.
/// </summary>
internal sealed class StateTable(EntityIdentities identities)
{
    private readonly List<FactState> _all = [];
    private readonly Dictionary<FactState, int> _order = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FactState>> _byRelation = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Relation, string Cluster), List<FactState>> _byCluster = [];
    private readonly Dictionary<(string Relation, string Key), List<FactState>> _byKey = [];
    private readonly Dictionary<(string Relation, string? Object), List<FactState>> _byObject = [];

    public IReadOnlyList<FactState> All => _all;

    public void Add(FactState s)
    {
        _order[s] = _all.Count;
        _all.Add(s);
        Append(_byRelation, s.Relation, s);
        Append(_byCluster, (s.Relation, identities.Of(s.Subject)), s);
        Append(_byKey, (s.Relation, identities.KeyOf(s.Subject)), s);
        Append(_byObject, (s.Relation, s.Object), s);
    }

    private static void Append<TKey>(Dictionary<TKey, List<FactState>> map, TKey key, FactState s) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(s);
    }

    /// <summary>The states of the relation whose subject is the same entity as <paramref name="subject"/> ("*": every subject), in the order made.</summary>
    public IEnumerable<FactState> OfSubject(string relation, string subject)
    {
        if (subject == "*") return _byRelation.GetValueOrDefault(relation) ?? [];
        var byCluster = _byCluster.GetValueOrDefault((relation, identities.Of(subject))) ?? [];
        var byKey = _byKey.GetValueOrDefault((relation, identities.KeyOf(subject))) ?? [];
        return Merge(byCluster, byKey);
    }

    /// <summary>Gives a state reported without its object the object a later report names, and indexes it under it.</summary>
    public void Specify(FactState s, string obj)
    {
        _byObject[(s.Relation, s.Object)].Remove(s);
        s.Object = obj;
        var list = _byObject.TryGetValue((s.Relation, obj), out var found) ? found : _byObject[(s.Relation, obj)] = [];
        int at = list.FindIndex(other => _order[other] > _order[s]);
        list.Insert(at < 0 ? list.Count : at, s);
    }

    /// <summary>Some of the states, in the order they were made.</summary>
    public IReadOnlyCollection<FactState> InOrder(IEnumerable<FactState> states) => states.OrderBy(s => _order[s]).ToList();

    /// <summary>The states of the relation with this object, in the order made.</summary>
    public IReadOnlyList<FactState> OfObject(string relation, string? obj) => _byObject.GetValueOrDefault((relation, obj)) ?? [];

    /// <summary>Two lists in the order made, merged without repeats.</summary>
    private IEnumerable<FactState> Merge(List<FactState> a, List<FactState> b)
    {
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count) yield return a[i++];
            else if (i >= a.Count) yield return b[j++];
            else
            {
                int oa = _order[a[i]], ob = _order[b[j]];
                if (oa == ob) { yield return a[i++]; j++; }
                else if (oa < ob) yield return a[i++];
                else yield return b[j++];
            }
        }
    }
}
