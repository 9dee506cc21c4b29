using System.Collections.Concurrent;
using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// Groups the names events use for one entity across articles ("Alec Baldwin", "Baldwin"; "CMA", "Competition and
/// Markets Authority"; "X", "Twitter" after a rename). A one-word name joins only the multi-word name that it fits
/// most often, so "Baldwin" never chains two different Baldwins together.
/// </summary>
/// <remarks>
/// Only names that share a key word, a key, or an acronym can match (<see cref="NameMatcher.Score"/>), so each name is
/// compared with the names <see cref="NameIndex"/> returns, not with every other name: the cost grows with the
/// names, not with their square, and the groups are the ones an all-pairs comparison makes.
/// </remarks>
public sealed class EntityClusters
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    public EntityClusters(IEnumerable<string> names, IEnumerable<(string A, string B)> aliases)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in names) if (n.Length > 0) counts[n] = counts.GetValueOrDefault(n) + 1;
        foreach (var (a, b) in aliases) { counts.TryAdd(a, 1); counts.TryAdd(b, 1); }
        var parent = counts.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(string a, string b) { a = Find(a); b = Find(b); if (a != b) parent[b] = a; }

        var index = new NameIndex(counts.Keys, KeyOf);
        var multi = counts.Keys.Where(n => index.TokenCount(n) >= 2).OrderByDescending(n => counts[n]).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var single = counts.Keys.Where(n => index.TokenCount(n) < 2).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var multiRank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < multi.Count; i++) multiRank[multi[i]] = i;
        var compounds = multi.Where(n => IsCompound(n, index)).ToHashSet(StringComparer.Ordinal);
        foreach (var m in multi)
        {
            if (compounds.Contains(m)) continue;
            foreach (var other in index.Candidates(m))
                if (other != m && multiRank.ContainsKey(other) && !compounds.Contains(other) && index.Score(m, other) >= 0.75) Union(m, other);
        }
        var singlesByKey = single.GroupBy(KeyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var s in single)
        {
            var keyed = singlesByKey[KeyOf(s)].FirstOrDefault(o => o != s);
            if (keyed is not null) Union(keyed, s);
            // A surname joins the most mentioned full name ending with it; a company's first word joins a longer name only
            // when that name is about as common ("Activision" / "Activision Blizzard", not "Microsoft" / "Microsoft Gaming").
            string key = KeyOf(s);
            var candidates = index.Candidates(s).Where(m => multiRank.ContainsKey(m) && !compounds.Contains(m) && index.Score(s, m) >= NameMatcher.Threshold)
                .Distinct(StringComparer.Ordinal).OrderBy(m => multiRank[m]).ToList();
            // "Apple" beside "Apple Corps" and "Apple Computer": a company's first word that opens two different names is neither.
            var opened = candidates.Where(m => KeyOf(m).Split(' ')[0] == key).GroupBy(Find).ToList();
            bool ambiguousCompany = opened.Count > 1;
            var host = candidates
                .Where(m => KeyOf(m).Split(' ')[^1] == key || counts[m] * 2 >= counts[s] || KeyOf(m).Split(' ')[0] != key)
                .GroupBy(Find).OrderByDescending(g => g.Sum(x => counts[x])).ToList();
            if (host.Count > 0 && !ambiguousCompany) Union(host[0].Key, s);
        }
        foreach (var (a, b) in aliases) Union(a, b);

        foreach (var group in counts.Keys.GroupBy(Find))
        {
            string display = group.OrderByDescending(n => counts[n] * (index.TokenCount(n) >= 2 ? 2 : 1)).ThenBy(n => n, StringComparer.Ordinal).First();
            foreach (var n in group) _canonical[n] = display;
        }
    }

    /// <summary>
    /// "Apple Inc. Steve Jobs" (a title's organization run into the name) holds two names that do not match each other;
    /// joining it to either would chain the company and the person into one entity.
    /// </summary>
    private static bool IsCompound(string name, NameIndex index)
    {
        int length = index.TokenCount(name);
        var parts = index.Candidates(name).Distinct(StringComparer.Ordinal)
            .Where(o => o != name && index.TokenCount(o) < length && index.Score(o, name) >= 0.75).ToList();
        return parts.Any(a => parts.Any(b => index.Score(a, b) < 0.75));
    }

    /// <summary>The name's <see cref="NameMatcher.Key"/>, computed once per name.</summary>
    public string KeyOf(string name) => _keys.GetOrAdd(name, NameMatcher.Key);

    public string Of(string name) => _canonical.TryGetValue(name, out var c) ? c : name;

    public bool Same(string a, string b) => Of(a) == Of(b) || KeyOf(a) == KeyOf(b);
}
