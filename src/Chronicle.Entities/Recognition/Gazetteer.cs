using System.Reflection;
using Chronicle.Domain;

namespace Chronicle.Entities.Recognition;

/// <summary>
/// Name lists (places, organizations, given names, titles) matched over token sequences, longest match
/// first. Matches are evidence for the tagger, not decisions: "Washington" is a state, a city and a surname.
/// </summary>
public sealed class Gazetteer
{
    public const string Location = "LOC", Organization = "ORG", FirstName = "FIRST", Title = "TITLE";

    private static readonly string[] Lists = [Location, Organization, FirstName, Title];

    /// <summary>One listed name: its words, its list, and the tags it gives each of its tokens in <see cref="Match"/>.</summary>
    private sealed record Entry(string[] Words, string List, string[] Tags)
    {
        public int ListBit { get; } = 1 << Array.IndexOf(Lists, List);
        public bool IsPlaceOrOrganization => List is Location or Organization;

        /// <summary>The name is on this list alone (and only once), so finding it decides its type.</summary>
        public bool Sole { get; set; }
    }

    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _exact = new(StringComparer.Ordinal);

    public static Gazetteer Default { get; } = Load();

    private static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        var assembly = typeof(Gazetteer).Assembly;
        gazetteer.AddList(Location, assembly, "gazetteers/locations.txt");
        gazetteer.AddList(Organization, assembly, "gazetteers/organizations.txt");
        gazetteer.AddList(FirstName, assembly, "gazetteers/first-names.txt");
        gazetteer.AddList(Title, assembly, "gazetteers/person-titles.txt");
        foreach (var entry in gazetteer._byFirstWord.Values.SelectMany(e => e))
            entry.Sole = gazetteer._exact[string.Join(' ', entry.Words)].Count == 1;
        return gazetteer;
    }

    private void AddList(string list, Assembly assembly, string resource)
    {
        foreach (var raw in EmbeddedResources.ReadText(assembly, resource).Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var words = NameTokenizer.Tokenize(line).Select(t => t.Text).ToArray();
            if (!_byFirstWord.TryGetValue(words[0], out var entries)) _byFirstWord[words[0]] = entries = [];
            var tags = words.Select((_, k) => list + (k == 0 ? (words.Length == 1 ? "-U" : "-B") : "-I")).ToArray();
            entries.Add(new Entry(words, list, tags));
            string key = string.Join(' ', words);
            if (!_exact.TryGetValue(key, out var lists)) _exact[key] = lists = [];
            lists.Add(list);
        }
        foreach (var entries in _byFirstWord.Values) entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public bool IsTitle(string word) => _exact.TryGetValue(word, out var lists) && lists.Contains(Title);

    public bool IsPlaceOrOrganization(string word) => _exact.TryGetValue(word, out var lists) && (lists.Contains(Location) || lists.Contains(Organization));

    /// <summary>Whether a name (its tokens joined by single spaces) is on a list, case-sensitively.</summary>
    public bool Contains(string list, string name) =>
        _exact.TryGetValue(IsOneToken(name) ? name : string.Join(' ', NameTokenizer.Tokenize(name).Select(t => t.Text)), out var lists) && lists.Contains(list);

    /// <summary>Letters and hyphens only: the tokenizer would return the name as one token, as it is.</summary>
    private static bool IsOneToken(string name)
    {
        foreach (char c in name)
            if (!char.IsLetter(c) && c != '-') return false;
        return name.Length > 0;
    }

    /// <summary>Whether a listed name starts with this word, as written.</summary>
    public bool StartsName(string word) => _byFirstWord.ContainsKey(word);

    /// <summary>For each token, the list matches covering it as "LIST-B" (first word) or "LIST-I".</summary>
    public List<string>?[] Match(IReadOnlyList<string> tokens)
    {
        var tags = new List<string>?[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i], out var entries)) continue;
            int seenLists = 0;
            foreach (var entry in entries)
            {
                if ((seenLists & entry.ListBit) != 0 || !MatchesAt(tokens, i, entry.Words)) continue;
                seenLists |= entry.ListBit;
                for (int k = 0; k < entry.Words.Length; k++)
                    (tags[i + k] ??= []).Add(entry.Tags[k]);
            }
        }
        return tags;
    }

    /// <summary>Longest matches that are on exactly one of the place and organization lists, written capitalized.</summary>
    public List<(int First, int Last, string List)> Unambiguous(IReadOnlyList<TokenView> tokens)
    {
        var found = new List<(int First, int Last, string List)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized || !_byFirstWord.TryGetValue(tokens[i].Form, out var entries)) continue;
            // Entries run longest first, and listed names that match at the same place with the same length are the same words.
            foreach (var entry in entries)
            {
                if (!entry.IsPlaceOrOrganization || !MatchesAt(tokens, i, entry.Words)) continue;
                if (entry.Sole) found.Add((i, i + entry.Words.Length - 1, entry.List));
                i += entry.Words.Length - 1;
                break;
            }
        }
        return found;
    }

    private static bool MatchesAt(IReadOnlyList<TokenView> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (int k = 1; k < words.Length; k++)
            if (!string.Equals(tokens[start + k].Form, words[k], StringComparison.Ordinal)) return false;
        return true;
    }

    private static bool MatchesAt(IReadOnlyList<string> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (int k = 1; k < words.Length; k++)
            if (!string.Equals(tokens[start + k], words[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
