using Chronicle.Domain.Entities;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Chains;

/// <summary>One entity within a document: its mentions in text order and the normalized names it was called.</summary>
internal sealed class NameChain(int id, EntityType type)
{
    public int Id { get; } = id;
    public EntityType Type { get; set; } = type;
    public List<DraftMention> Mentions { get; } = [];
    public int LastSeen { get; set; }
    public List<string[]> Names { get; } = [];
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    /// <summary>The names of two words or more, in the order they came.</summary>
    public List<string[]> FullNames { get; } = [];

    public void Add(DraftMention mention)
    {
        Mentions.Add(mention);
        LastSeen = mention.Start;
        if (mention.Kind != MentionKind.Name) return;
        Names.Add(mention.Key);
        Keys.Add(string.Join(' ', mention.Key));
        if (mention.Type != EntityType.Person) EntityKeys.Add(mention.EntityKeyAs(mention.Type));
        if (mention.Key.Length >= 2) FullNames.Add(mention.Key);
    }

    /// <summary>Keys of an organization's, place's or product's names (see <see cref="EntityKey"/>).</summary>
    public HashSet<string> EntityKeys { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Chains the names of a document: a full name, then its surname ("Baldwin"), its given name in a quote
/// ("Hannah"), a shortened double surname ("Hannah Gutierrez"), a one-letter typo of a long name
/// ("Hutchin's"), acronyms of organizations. Two people who share only a surname are never chained.
/// </summary>
internal static class NameChainer
{
    public static List<NameChain> Chain(List<DraftMention> names, string text)
    {
        var chains = new List<NameChain>();
        var byKey = new ChainsByKey();
        DraftMention? previous = null;
        foreach (var m in names.OrderBy(m => m.Start))
        {
            var chain = m.Type == EntityType.Person ? FindPerson(chains, byKey, m.Key) : FindOther(chains, byKey, m)
                ?? Parenthesized(chains, previous, m, text);
            previous = m;
            if (chain is null) { chain = new NameChain(chains.Count, m.Type); chains.Add(chain); }
            if (chain.Type != m.Type) m.Type = chain.Type;
            m.Chain = chain.Id;
            chain.Add(m);
            if (m.Kind == MentionKind.Name) byKey.Add(chain, chain.Type == EntityType.Person ? string.Join(' ', m.Key) : m.EntityKeyAs(m.Type));
        }
        return chains;
    }

    /// <summary>
    /// The chains that hold each key (a person's <see cref="NameChain.Keys"/>, another type's <see cref="NameChain.EntityKeys"/>),
    /// in the order the chains were made, so that an exact match looks at those chains only and not at every chain of a long page.
    /// </summary>
    private sealed class ChainsByKey
    {
        private readonly Dictionary<(EntityType, string), List<NameChain>> _chains = [];

        public void Add(NameChain chain, string key)
        {
            if (!_chains.TryGetValue((chain.Type, key), out var holding)) _chains[(chain.Type, key)] = holding = [];
            int at = holding.FindIndex(c => c.Id >= chain.Id);
            if (at < 0) holding.Add(chain);
            else if (holding[at] != chain) holding.Insert(at, chain);
        }

        public List<NameChain> Holding(EntityType type, string key) => _chains.GetValueOrDefault((type, key)) ?? [];
    }

    /// <summary>Token range of the name without leading titles ("Mr.", "President").</summary>
    public static (int First, int Last) CoreRange(string[] words)
    {
        int start = 0;
        while (start < words.Length - 1 && Gazetteer.Default.IsTitle(words[start])) start++;
        return (start, words.Length - 1);
    }

    /// <summary>The chain seen last among those that pass; with <paramref name="mostMentioned"/>, the one named most, then seen last.</summary>
    private static NameChain? Recent(List<NameChain> chains, Func<NameChain, bool> filter, bool mostMentioned = false)
    {
        NameChain? best = null;
        foreach (var c in chains)
        {
            if (!filter(c)) continue;
            if (best is null) { best = c; continue; }
            int byCount = mostMentioned ? c.Mentions.Count.CompareTo(best.Mentions.Count) : 0;
            if (byCount > 0 || byCount == 0 && c.LastSeen > best.LastSeen) best = c;
        }
        return best;
    }

    /// <summary>Whether one of the names passes a test with <paramref name="arg"/>; with a static test nothing is allocated per chain.</summary>
    private static bool AnyName<T>(List<string[]> names, T arg, Func<string[], T, bool> test)
    {
        // A name of titles or symbols only has no words: it can match nothing.
        foreach (var name in names)
            if (name.Length > 0 && test(name, arg)) return true;
        return false;
    }

    /// <summary>The chain that passes when exactly one does, else null.</summary>
    private static NameChain? Only(List<NameChain> chains, Func<NameChain, bool> filter)
    {
        NameChain? only = null;
        foreach (var c in chains)
        {
            if (!filter(c)) continue;
            if (only is not null) return null;
            only = c;
        }
        return only;
    }

    private static NameChain? FindPerson(List<NameChain> chains, ChainsByKey byKey, string[] key)
    {
        // A name of titles or symbols only has no words to match by.
        if (key.Length == 0) return null;
        string joined = string.Join(' ', key);
        var exact = Recent(byKey.Holding(EntityType.Person, joined), c => c.Type == EntityType.Person && c.Keys.Contains(joined));
        if (exact is not null) return exact;
        if (key.Length >= 2)
        {
            return Recent(chains, c => c.Type == EntityType.Person && AnyName(c.FullNames, key, static (n, key) => PersonNames.SameFullName(n, key, allowTypo: true)))
                ?? Recent(chains, c => c.Type == EntityType.Person && c.FullNames.Count == 0 && AnyName(c.Names, key, static (n, key) => PersonNames.IsSurnameOf(n[0], key, allowTypo: true)));
        }
        string word = key[0];
        // A bare surname shared by two people named in the article is the one the article has named most.
        var bySurname = Recent(chains, c => c.Type == EntityType.Person && AnyName(c.FullNames, word, static (n, word) => PersonNames.IsSurnameOf(word, n, allowTypo: true)), mostMentioned: true);
        return bySurname ?? Only(chains, c => c.Type == EntityType.Person && AnyName(c.FullNames, word, static (n, word) => n[0] == word));
    }

    /// <summary>"Singapore Airlines (SIA)": a short name in brackets right after a name is that entity.</summary>
    private static NameChain? Parenthesized(List<NameChain> chains, DraftMention? previous, DraftMention m, string text)
    {
        if (previous is null || previous.Chain < 0 || previous.Type != m.Type || m.Type == EntityType.Person || m.Words.Length != 1) return null;
        if (text.AsSpan(previous.End, m.Start - previous.End).Trim().SequenceEqual("(")) return chains[previous.Chain];
        return null;
    }

    private static NameChain? FindOther(List<NameChain> chains, ChainsByKey byKey, DraftMention m)
    {
        var key = m.Key;
        string entityKey = m.EntityKeyAs(m.Type);
        var exact = Recent(byKey.Holding(m.Type, entityKey), c => c.Type == m.Type && c.EntityKeys.Contains(entityKey));
        if (exact is not null) return exact;
        if (m.Type == EntityType.Organization && key.Length == 1)
        {
            // "Lockheed" after "Lockheed Martin": the first word of an organization named in this article.
            if (Only(chains, c => c.Type == m.Type && AnyName(c.FullNames, key[0], static (n, word) => n[0] == word)) is { } longer) return longer;
        }
        if (m.Type == EntityType.Product && key.Length == 1)
        {
            // "Pie" after "Android Pie": the model or release name that ends a product named in this article.
            if (Only(chains, c => c.Type == m.Type && AnyName(c.FullNames, key[0], static (n, word) => n[^1] == word)) is { } longer) return longer;
        }
        var core = m.Words[CoreRange(m.Words).First..];
        if (m.Type == EntityType.Organization && core.Length == 1 && IsAcronym(core[0]))
        {
            var expanded = Recent(chains, c => c.Type == m.Type && c.Mentions.Any(n => n.Kind == MentionKind.Name && Initials(n.Words) == core[0]));
            if (expanded is not null) return expanded;
        }
        if (key.Length == 1 && m.Type != EntityType.Product && !Gazetteer.Default.IsPlaceOrOrganization(core[0]))
        {
            // A lone word that is the surname of a person named in this article is that person, whatever the tagger said.
            return Recent(chains, c => c.Type == EntityType.Person && AnyName(c.FullNames, key[0], static (n, word) => n[^1] == word));
        }
        return null;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static string Initials(string[] name) =>
        name.Length < 2 ? "" : string.Concat(name.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The chain's name as written: its longest name, the most frequent spelling among those, the first on a tie.</summary>
    public static string CanonicalName(NameChain chain, string text)
    {
        var names = chain.Mentions.Where(m => m.Kind == MentionKind.Name).ToList();
        if (names.Count == 0) return text[chain.Mentions[0].Start..chain.Mentions[0].End];
        int longest = names.Max(m => m.Key.Length);
        var candidates = names.Where(m => m.Key.Length == longest).ToList();
        // Usually every longest name is spelt alike, and there is nothing to count.
        var best = candidates.TrueForAll(m => m.Key.AsSpan().SequenceEqual(candidates[0].Key))
            ? candidates
            : candidates.GroupBy(m => string.Join(' ', m.Key))
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Count(IsMixedCase)).ThenBy(g => g.First().Start)
                .First().ToList();
        var chosen = best.Find(IsMixedCase) ?? best[0];
        return Spaced(text[chosen.CoreStart..chosen.End]);
    }

    /// <summary>"Alec Baldwin" rather than "ALEC BALDWIN" from a shouting headline.</summary>
    private static bool IsMixedCase(DraftMention m) => m.Words.Any(w => w.Any(char.IsLower));

    private static string Spaced(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
