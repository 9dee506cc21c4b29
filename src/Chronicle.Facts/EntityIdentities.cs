using Chronicle.Domain.Events;
using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// Who each event argument is, as one string per entity (the name facts and timelines show). An argument the store
/// resolved to an entity (<see cref="EventArgument.EntityKey"/>, the entity `chronicle entity` shows) is that entity:
/// two people who share a surname stay two however the events were loaded. Arguments without a key (a store ingested
/// without the entity stage, a store from before keys were stored, a name the entity stage did not find) are read by
/// <see cref="EntityClusters"/> as before, and join the entity whose arguments their cluster's names are.
/// </summary>
/// <remarks>
/// An entity is shown by a name its arguments use (<see cref="Display"/>), not by the store's entity name: facts are
/// computed from events alone (no store read, the same in memory and in a store), and names stay the ones the events
/// and clusters showed before keys were stored. Entities shown by the same string are one identity; renames
/// (`entity.rename`) join the identities of the old and new names.
/// </remarks>
public sealed class EntityIdentities
{
    private readonly EntityClusters _clusters;
    private readonly Dictionary<long, string> _ofKey = [];
    private readonly Dictionary<string, string> _ofName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _keys = new(StringComparer.Ordinal);

    /// <param name="arguments">The arguments of the loaded events (those that name no entity are skipped).</param>
    /// <param name="aliases">Renames: (new name, old name).</param>
    /// <param name="names">Further names to cluster (a query's entity), as <see cref="EntityClusters"/> takes them.</param>
    public EntityIdentities(IEnumerable<EventArgument> arguments, IEnumerable<(string A, string B)> aliases, IEnumerable<string>? names = null)
    {
        var named = arguments.Where(a => a.NamesEntity).ToList();
        var aliasList = aliases.ToList();
        _clusters = new EntityClusters(named.Select(a => a.Value).Concat(names ?? []), aliasList);
        var keyed = named.Where(a => a.EntityKey is not null).ToList();
        if (keyed.Count == 0) return;

        var display = keyed.GroupBy(a => a.EntityKey!.Value).ToDictionary(g => g.Key, g => Display(g.ToList()));
        // An entity shown by a name that arguments use more for another entity ("Baldwin": mostly Alec Baldwin, but
        // also the only name of a place the entity stage called Baldwin) is shown with its key, so that the name, and an
        // unresolved argument of that name, keep meaning the entity they mostly mean.
        var keysOfName = keyed.GroupBy(a => a.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.EntityKey!.Value).Select(k => (Key: k.Key, Count: k.Count())).ToList(), StringComparer.Ordinal);
        var shownAs = new Dictionary<long, string>(display);
        foreach (var (key, shown) in shownAs)
            if (Winner(Votes(keysOfName[shown], shownAs)) != shown) display[key] = $"{shown} [entity {key}]";
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, identity) in display.OrderBy(d => d.Key))
        {
            _ofKey[key] = identity;
            if (!_keys.TryGetValue(identity, out var keys)) _keys[identity] = keys = [];
            keys.Add(key);
        }
        foreach (var a in keyed) uses[display[a.EntityKey!.Value]] = uses.GetValueOrDefault(display[a.EntityKey!.Value]) + 1;
        // A name goes to the entity whose arguments use it most; a name no key uses, to the
        // entity its cluster's keyed names use most, else it stays its cluster.
        var byName = keysOfName.ToDictionary(n => n.Key, n => Votes(n.Value, display), StringComparer.Ordinal);
        var byCluster = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (name, identities) in byName)
        {
            _ofName[name] = Winner(identities);
            string cluster = _clusters.Of(name);
            if (!byCluster.TryGetValue(cluster, out var votes)) byCluster[cluster] = votes = new(StringComparer.Ordinal);
            foreach (var (identity, count) in identities) votes[identity] = votes.GetValueOrDefault(identity) + count;
        }
        foreach (var a in named.Where(a => a.EntityKey is null).Select(a => a.Value).Concat(aliasList.SelectMany(p => new[] { p.A, p.B })).Concat(names ?? []))
        {
            if (_ofName.ContainsKey(a)) continue;
            string cluster = _clusters.Of(a);
            _ofName[a] = byCluster.TryGetValue(cluster, out var votes)
                ? votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key
                : cluster;
        }
        // An identity is itself.
        foreach (var identity in _keys.Keys) _ofName[identity] = identity;
        foreach (var (newName, oldName) in aliasList) Union(Root(Of(newName)), Root(Of(oldName)), uses);
    }

    /// <summary>
    /// The name an entity is shown by: its most frequent argument value, a full name counting twice (as
    /// <see cref="EntityClusters"/> shows a cluster); a person shown by a surname is shown by the most frequent full name
    /// ending with it ("Alec Baldwin", not "Baldwin", which would make two Baldwins look alike).
    /// </summary>
    public static string Display(IReadOnlyCollection<EventArgument> arguments)
    {
        var values = arguments.GroupBy(a => a.Value, StringComparer.Ordinal)
            .Select(v => (Name: v.Key, Count: v.Count(), Full: NameMatcher.Tokens(v.Key).Length >= 2)).ToList();
        var best = values.OrderByDescending(v => v.Count * (v.Full ? 2 : 1)).ThenBy(v => v.Name, StringComparer.Ordinal).First();
        if (best.Full || !arguments.Any(a => a.Kind == "person")) return best.Name;
        string surname = NameMatcher.Key(best.Name);
        return values.Where(v => v.Full && NameMatcher.Key(v.Name).Split(' ')[^1] == surname)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal).Select(v => v.Name).FirstOrDefault() ?? best.Name;
    }

    /// <summary>How often each identity's arguments use a name, from how often each entity's do.</summary>
    private static List<(string Identity, int Count)> Votes(List<(long Key, int Count)> uses, Dictionary<long, string> display) =>
        uses.GroupBy(u => display[u.Key], StringComparer.Ordinal).Select(g => (g.Key, g.Sum(u => u.Count))).ToList();

    /// <summary>The identity that uses a name most; on a tie, the first in ordinal order.</summary>
    private static string Winner(List<(string Identity, int Count)> votes) =>
        votes.OrderByDescending(v => v.Count).ThenBy(v => v.Identity, StringComparer.Ordinal).First().Identity;

    /// <summary>The identity of an argument: its entity's when the store resolved it, else its name's.</summary>
    public string Of(EventArgument argument) =>
        argument.EntityKey is { } key && _ofKey.TryGetValue(key, out var identity) ? Root(identity) : Of(argument.Value);

    /// <summary>The identity a name (or an identity) stands for among the loaded events; an unknown name is itself.</summary>
    public string Of(string name) => Root(_ofName.TryGetValue(name, out var identity) ? identity : _clusters.Of(name));

    /// <summary>The name's normalized key (<see cref="NameMatcher.Key"/>).</summary>
    public string KeyOf(string name) => _clusters.KeyOf(name);

    /// <summary>Two names or identities are one entity: the same identity, or (for names no entity resolution separates) the same key.</summary>
    public bool Same(string a, string b)
    {
        string x = Of(a), y = Of(b);
        if (x == y) return true;
        // Two resolved entities are two, even when their names normalize alike.
        if (KeysOf(x).Count > 0 && KeysOf(y).Count > 0) return false;
        return KeyOf(a) == KeyOf(b);
    }

    /// <summary>The stored entities an identity stands for (empty: none resolved, the identity is a cluster of names).</summary>
    public IReadOnlyCollection<long> KeysOf(string identity) => _keys.TryGetValue(Of(identity), out var keys) ? keys : [];

    /// <summary>
    /// Whether the identity is the entity a query names: the stored entity <paramref name="entityKey"/> when the store
    /// resolved both, else by name (<see cref="Same"/> or <see cref="NameMatcher.Same"/>), as before keys were stored.
    /// </summary>
    public bool Refers(string identity, string name, long? entityKey)
    {
        if (entityKey is { } key && KeysOf(identity) is { Count: > 0 } keys) return keys.Contains(key);
        return Same(identity, name) || NameMatcher.Same(identity, name);
    }

    private string Root(string identity)
    {
        while (_parent.TryGetValue(identity, out var up)) identity = up;
        return identity;
    }

    /// <summary>Joins two identities (a rename); the one more arguments use names both, and keeps both's keys.</summary>
    private void Union(string a, string b, Dictionary<string, int> uses)
    {
        if (a == b) return;
        int ua = uses.GetValueOrDefault(a), ub = uses.GetValueOrDefault(b);
        var (keep, join) = ua > ub || ua == ub && string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        _parent[join] = keep;
        uses[keep] = ua + ub;
        if (_keys.Remove(join, out var joined))
        {
            if (!_keys.TryGetValue(keep, out var kept)) _keys[keep] = kept = [];
            kept.AddRange(joined);
        }
    }
}
