using Chronicle.Domain.Entities;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Chains;

/// <summary>One entity within a document: its mentions in text order.</summary>
internal sealed class NameChain(int id, EntityType type)
{
    public int Id { get; } = id;
    public EntityType Type { get; set; } = type;
    public List<DraftMention> Mentions { get; } = [];
    public int LastSeen { get; set; }

    public IEnumerable<string[]> Names => Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => NameChainer.Core(m.Words));
    public IEnumerable<string[]> FullNames => Names.Where(n => n.Length >= 2);
}

/// <summary>
/// Chains the names of a document: a full name, then its surname ("Baldwin"), its given name in a quote
/// ("Hannah"), a shortened double surname ("Hannah Gutierrez"), a one-letter typo of a long name
/// ("Hutchin's"), acronyms of organizations. Two people who share only a surname are never chained.
/// </summary>
internal static class NameChainer
{
    public static List<NameChain> Chain(List<DraftMention> names)
    {
        var chains = new List<NameChain>();
        foreach (var m in names.OrderBy(m => m.Start))
        {
            var chain = m.Type == EntityType.Person ? FindPerson(chains, Core(m.Words)) : FindOther(chains, m);
            if (chain is null) { chain = new NameChain(chains.Count, m.Type); chains.Add(chain); }
            if (chain.Type != m.Type) m.Type = chain.Type;
            m.Chain = chain.Id;
            chain.Mentions.Add(m);
            chain.LastSeen = m.Start;
        }
        return chains;
    }

    /// <summary>The name without leading titles ("Mr.", "President") or a trailing possessive.</summary>
    public static string[] Core(string[] words)
    {
        int start = 0, end = words.Length;
        while (start < end - 1 && Gazetteer.Default.Contains(Gazetteer.Title, words[start])) start++;
        while (end > start + 1 && words[end - 1] is "'s" or "'") end--;
        return words[start..end];
    }

    private static NameChain? FindPerson(List<NameChain> chains, string[] words)
    {
        var people = chains.Where(c => c.Type == EntityType.Person).OrderByDescending(c => c.LastSeen).ToList();
        string key = NameKey.Of(string.Join(' ', words));
        var exact = people.FirstOrDefault(c => c.Names.Any(n => NameKey.Of(string.Join(' ', n)) == key));
        if (exact is not null) return exact;
        if (words.Length >= 2)
        {
            return people.FirstOrDefault(c => c.FullNames.Any(n => SamePerson(n, words)))
                ?? people.FirstOrDefault(c => !c.FullNames.Any() && c.Names.Any(n => SurnameMatches(words[^1], n[^1])));
        }
        string word = words[0];
        var bySurname = people.FirstOrDefault(c => c.FullNames.Any(n => SurnameMatches(n[^1], word)));
        if (bySurname is not null) return bySurname;
        var byGivenName = people.Where(c => c.FullNames.Any(n => NameKey.Of(n[0]) == NameKey.Of(word))).ToList();
        return byGivenName.Count == 1 ? byGivenName[0] : null;
    }

    /// <summary>Same given name and a compatible surname: equal, a part of a double surname, or one letter off in a long name.</summary>
    private static bool SamePerson(string[] known, string[] words)
    {
        if (NameKey.Of(known[0]) != NameKey.Of(words[0])) return false;
        return SurnameMatches(known[^1], words[^1]);
    }

    private static bool SurnameMatches(string known, string word)
    {
        string a = NameKey.Of(known), b = NameKey.Of(word);
        if (a == b) return true;
        if (a.Contains('-') && a.Split('-').Contains(b)) return true;
        if (b.Contains('-') && b.Split('-').Contains(a)) return true;
        return Math.Min(a.Length, b.Length) >= 6 && NameKey.OneEditApart(a, b);
    }

    private static NameChain? FindOther(List<NameChain> chains, DraftMention m)
    {
        var words = Core(m.Words);
        string key = WithoutArticle(NameKey.Of(string.Join(' ', words)));
        var sameType = chains.Where(c => c.Type == m.Type).OrderByDescending(c => c.LastSeen).ToList();
        var exact = sameType.FirstOrDefault(c => c.Names.Any(n => WithoutArticle(NameKey.Of(string.Join(' ', n))) == key));
        if (exact is not null) return exact;
        if (m.Type == EntityType.Organization && words.Length == 1 && IsAcronym(words[0]))
        {
            var expanded = sameType.FirstOrDefault(c => c.Names.Any(n => Initials(n) == words[0]));
            if (expanded is not null) return expanded;
        }
        if (words.Length == 1 && m.Type != EntityType.Product && !Gazetteer.Default.Contains(Gazetteer.Location, words[0])
            && !Gazetteer.Default.Contains(Gazetteer.Organization, words[0]))
        {
            // A lone word that is the surname of a person named in this article is that person, whatever the tagger said.
            return chains.Where(c => c.Type == EntityType.Person).OrderByDescending(c => c.LastSeen)
                .FirstOrDefault(c => c.FullNames.Any(n => NameKey.Of(n[^1]) == NameKey.Of(words[0])));
        }
        return null;
    }

    private static string WithoutArticle(string key) => key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static string Initials(string[] name) =>
        name.Length < 2 ? "" : string.Concat(name.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The chain's name: its longest name, the most frequent spelling among those, the first on a tie.</summary>
    public static string CanonicalName(NameChain chain, string text)
    {
        var names = chain.Mentions.Where(m => m.Kind == MentionKind.Name).ToList();
        if (names.Count == 0) return text[chain.Mentions[0].Start..chain.Mentions[0].End];
        int longest = names.Max(m => Core(m.Words).Length);
        return names.Where(m => Core(m.Words).Length == longest)
            .GroupBy(m => string.Join(' ', Core(m.Words)))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start)
            .First().Key;
    }
}
