using Chronicle.Events.Names;
using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

/// <summary>
/// EntityClusters compares each name only with the names that share a word, a key or an acronym with it. These tests
/// hold it to the all-pairs clustering it replaced (kept below as the reference) on random sets of names.
/// </summary>
public class IndexedClusteringTests
{
    // Our own names: given names, surnames and company words that combine into full names, surnames alone,
    // companies with and without suffixes, acronyms, aliases and a title's organization run into a name.
    private static readonly string[] Given = ["Dana", "Alan", "Priya", "Tomas", "Hannah", "Hanna", "Marek"];
    private static readonly string[] Surnames = ["Whitfield", "Okafor", "Lindqvist", "Baptiste", "Gutierrez", "Reed", "Moreau"];
    private static readonly string[] Companies = ["Northwind", "Bluepeak", "Federal Harbour Commission", "Crestline Foods", "Northwind Computer", "Northwind Corps"];
    private static readonly string[] Extras = ["FHC", "UK", "Britain", "United Kingdom", "the Northwind Inc.", "Bluepeak Ltd", "Northwind Inc. Dana Whitfield", "Gutierrez Reed"];

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)]
    public void Indexed_clustering_groups_names_as_the_all_pairs_comparison_does(int seed)
    {
        var random = new Random(seed);
        var names = new List<string>();
        for (int i = 0; i < 120; i++)
        {
            names.Add(random.Next(5) switch
            {
                0 => $"{Pick(random, Given)} {Pick(random, Surnames)}",
                1 => Pick(random, Surnames),
                2 => Pick(random, Companies),
                3 => Pick(random, Extras),
                _ => $"{Pick(random, Given)} {Pick(random, Surnames)} {Pick(random, Surnames)}",
            });
        }
        var aliases = random.Next(2) == 0 ? new List<(string, string)> { ("Bluepeak", "Crestline Foods") } : [];
        var indexed = new EntityClusters(names, aliases);
        var reference = AllPairs(names, aliases);
        foreach (var name in names.Concat(aliases.SelectMany(a => new[] { a.Item1, a.Item2 })).Distinct())
            Assert.True(reference[name] == indexed.Of(name), $"seed {seed}: {name} → {indexed.Of(name)}, all pairs → {reference[name]}");
        // The reference must produce some groups, or the comparison proves nothing.
        Assert.Contains(names, n => reference[n] != n);
    }

    private static string Pick(Random random, string[] list) => list[random.Next(list.Length)];

    /// <summary>The clustering as it was before the index: every name compared with every other.</summary>
    private static Dictionary<string, string> AllPairs(IEnumerable<string> names, IEnumerable<(string A, string B)> aliases)
    {
        var counts = names.Where(n => n.Length > 0).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (a, b) in aliases) { counts.TryAdd(a, 1); counts.TryAdd(b, 1); }
        var parent = counts.Keys.ToDictionary(k => k, k => k);
        string Find(string x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(string a, string b) { a = Find(a); b = Find(b); if (a != b) parent[b] = a; }
        var multi = counts.Keys.Where(n => NameMatcher.Tokens(n).Length >= 2).OrderByDescending(n => counts[n]).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var single = counts.Keys.Where(n => NameMatcher.Tokens(n).Length < 2).OrderBy(n => n, StringComparer.Ordinal).ToList();
        bool IsCompound(string name)
        {
            var parts = counts.Keys.Where(o => o != name && NameMatcher.Tokens(o).Length < NameMatcher.Tokens(name).Length && NameMatcher.Score(o, name) >= 0.75).ToList();
            return parts.Any(a => parts.Any(b => NameMatcher.Score(a, b) < 0.75));
        }
        var compounds = multi.Where(IsCompound).ToHashSet();
        for (int i = 0; i < multi.Count; i++)
            for (int j = i + 1; j < multi.Count; j++)
                if (!compounds.Contains(multi[i]) && !compounds.Contains(multi[j]) && NameMatcher.Score(multi[i], multi[j]) >= 0.75) Union(multi[i], multi[j]);
        foreach (var s in single)
        {
            var keyed = single.FirstOrDefault(o => o != s && NameMatcher.Key(o) == NameMatcher.Key(s));
            if (keyed is not null) Union(keyed, s);
            string key = NameMatcher.Key(s);
            var candidates = multi.Where(m => !compounds.Contains(m) && NameMatcher.Score(s, m) >= NameMatcher.Threshold).ToList();
            bool ambiguous = candidates.Where(m => NameMatcher.Key(m).Split(' ')[0] == key).GroupBy(Find).Count() > 1;
            var host = candidates.Where(m => NameMatcher.Key(m).Split(' ')[^1] == key || counts[m] * 2 >= counts[s] || NameMatcher.Key(m).Split(' ')[0] != key)
                .GroupBy(Find).OrderByDescending(g => g.Sum(x => counts[x])).ToList();
            if (host.Count > 0 && !ambiguous) Union(host[0].Key, s);
        }
        foreach (var (a, b) in aliases) Union(a, b);
        var canonical = new Dictionary<string, string>();
        foreach (var group in counts.Keys.GroupBy(Find))
        {
            string display = group.OrderByDescending(n => counts[n] * (NameMatcher.Tokens(n).Length >= 2 ? 2 : 1)).ThenBy(n => n, StringComparer.Ordinal).First();
            foreach (var n in group) canonical[n] = display;
        }
        return canonical;
    }
}
