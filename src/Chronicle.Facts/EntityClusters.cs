using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// Groups the names events use for one entity across articles ("Alec Baldwin", "Baldwin"; "CMA", "Competition and
/// Markets Authority"; "X", "Twitter" after a rename). A one-word name joins only the multi-word name that it fits
/// most often, so "Baldwin" never chains two different Baldwins together.
/// </summary>
public sealed class EntityClusters
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    public EntityClusters(IEnumerable<string> names, IEnumerable<(string A, string B)> aliases)
    {
        var counts = names.Where(n => n.Length > 0).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (a, b) in aliases) { counts.TryAdd(a, 1); counts.TryAdd(b, 1); }
        var parent = counts.Keys.ToDictionary(k => k, k => k);
        string Find(string x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(string a, string b) { a = Find(a); b = Find(b); if (a != b) parent[b] = a; }

        var multi = counts.Keys.Where(n => NameMatcher.Tokens(n).Length >= 2).OrderByDescending(n => counts[n]).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var single = counts.Keys.Where(n => NameMatcher.Tokens(n).Length < 2).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var compounds = multi.Where(n => IsCompound(n, counts.Keys)).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < multi.Count; i++)
            for (int j = i + 1; j < multi.Count; j++)
                if (!compounds.Contains(multi[i]) && !compounds.Contains(multi[j]) && NameMatcher.Score(multi[i], multi[j]) >= 0.75) Union(multi[i], multi[j]);
        foreach (var s in single)
        {
            var keyed = single.FirstOrDefault(o => o != s && NameMatcher.Key(o) == NameMatcher.Key(s));
            if (keyed is not null) Union(keyed, s);
            // A surname joins the most mentioned full name ending with it; a company's first word joins a longer name only
            // when that name is about as common ("Activision" / "Activision Blizzard", not "Microsoft" / "Microsoft Gaming").
            string key = NameMatcher.Key(s);
            var candidates = multi.Where(m => !compounds.Contains(m) && NameMatcher.Score(s, m) >= NameMatcher.Threshold).ToList();
            // "Apple" beside "Apple Corps" and "Apple Computer": a company's first word that opens two different names is neither.
            var opened = candidates.Where(m => NameMatcher.Key(m).Split(' ')[0] == key).GroupBy(Find).ToList();
            bool ambiguousCompany = opened.Count > 1;
            var host = candidates
                .Where(m => NameMatcher.Key(m).Split(' ')[^1] == key || counts[m] * 2 >= counts[s] || NameMatcher.Key(m).Split(' ')[0] != key)
                .GroupBy(Find).OrderByDescending(g => g.Sum(x => counts[x])).ToList();
            if (host.Count > 0 && !ambiguousCompany) Union(host[0].Key, s);
        }
        foreach (var (a, b) in aliases) Union(a, b);

        foreach (var group in counts.Keys.GroupBy(Find))
        {
            string display = group.OrderByDescending(n => counts[n] * (NameMatcher.Tokens(n).Length >= 2 ? 2 : 1)).ThenBy(n => n, StringComparer.Ordinal).First();
            foreach (var n in group) _canonical[n] = display;
        }
    }

    /// <summary>
    /// "Apple Inc. Steve Jobs" (a title's organization run into the name) holds two names that do not match each other;
    /// joining it to either would chain the company and the person into one entity.
    /// </summary>
    private static bool IsCompound(string name, IEnumerable<string> names)
    {
        var parts = names.Where(o => o != name && NameMatcher.Tokens(o).Length < NameMatcher.Tokens(name).Length && NameMatcher.Score(o, name) >= 0.75).ToList();
        return parts.Any(a => parts.Any(b => NameMatcher.Score(a, b) < 0.75));
    }

    public string Of(string name) => _canonical.TryGetValue(name, out var c) ? c : name;

    public bool Same(string a, string b) => Of(a) == Of(b) || NameMatcher.Key(a) == NameMatcher.Key(b);
}
