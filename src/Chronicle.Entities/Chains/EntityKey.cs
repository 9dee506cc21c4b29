using Chronicle.Domain;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Chains;

/// <summary>
/// The key under which two names of an organization, place or product are one entity: known aliases
/// ("U.S." = "United States"), corporate endings dropped ("Apple Inc." = "Apple"), a product's maker
/// and plural dropped ("Airbus A380s" = "A380"). People are matched by <see cref="PersonNames"/> instead.
/// </summary>
public static class EntityKey
{
    private static readonly Dictionary<string, string> Aliases = LoadAliases();

    private static readonly HashSet<string> CorporateEndings = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "group", "holdings", "nv", "n v", "ag", "sa", "se", "gmbh",
        "airlines", "airways", "the",
    };

    public static string Of(EntityType type, string name)
    {
        string key = NameKey.Of(name);
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        if (Aliases.TryGetValue(key, out var preferred)) return preferred;
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (type == EntityType.Organization)
            while (words.Count > 1 && CorporateEndings.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (type == EntityType.Product)
        {
            while (words.Count > 1 && Gazetteer.Default.IsPlaceOrOrganization(Capitalized(words[0]))) words.RemoveAt(0);
            for (int i = 0; i < words.Count; i++)
                if (words[i].Length > 2 && words[i].EndsWith('s') && words[i].Any(char.IsDigit)) words[i] = words[i][..^1];
        }
        string result = string.Join(' ', words);
        return Aliases.TryGetValue(result, out var alias) ? alias : result;
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static Dictionary<string, string> LoadAliases()
    {
        // Names only: a demonym ("British") is not a name of the country for entity keys.
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Chains.Aliases.Groups)
        {
            string preferred = NameKey.Of(group.Preferred);
            foreach (var n in group.Names) aliases[NameKey.Of(n)] = preferred;
        }
        return aliases;
    }
}
