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

    private readonly Dictionary<string, List<(string[] Words, string List)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _exact = new(StringComparer.Ordinal);

    public static Gazetteer Default { get; } = Load();

    private static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        var assembly = typeof(Gazetteer).Assembly;
        gazetteer.AddList(Location, assembly, "gazetteers/locations.txt");
        gazetteer.AddList(Organization, assembly, "gazetteers/organizations.txt");
        gazetteer.AddList(FirstName, assembly, "gazetteers/first-names.txt");
        gazetteer.AddList(Title, assembly, "gazetteers/person-titles.txt");
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
            entries.Add((words, list));
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
        _exact.TryGetValue(string.Join(' ', NameTokenizer.Tokenize(name).Select(t => t.Text)), out var lists) && lists.Contains(list);

    /// <summary>For each token, the list matches covering it as "LIST-B" (first word) or "LIST-I".</summary>
    public List<string>?[] Match(IReadOnlyList<string> tokens)
    {
        var tags = new List<string>?[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i], out var entries)) continue;
            var seenLists = new HashSet<string>();
            foreach (var (words, list) in entries)
            {
                if (seenLists.Contains(list) || !MatchesAt(tokens, i, words)) continue;
                seenLists.Add(list);
                for (int k = 0; k < words.Length; k++)
                    (tags[i + k] ??= []).Add(list + (k == 0 ? (words.Length == 1 ? "-U" : "-B") : "-I"));
            }
        }
        return tags;
    }

    /// <summary>Longest matches that are on exactly one of the place and organization lists, written capitalized.</summary>
    public IEnumerable<(int First, int Last, string List)> Unambiguous(IReadOnlyList<TokenView> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized || !_byFirstWord.TryGetValue(tokens[i].Form, out var entries)) continue;
            var longest = entries.Where(e => e.List is Location or Organization && MatchesAt(tokens, i, e.Words)).ToList();
            if (longest.Count == 0) continue;
            int length = longest.Max(e => e.Words.Length);
            var lists = longest.Where(e => e.Words.Length == length).Select(e => e.List).Distinct().ToList();
            if (lists.Count == 1 && _exact[string.Join(' ', longest.First(e => e.Words.Length == length).Words)].Count == 1)
                yield return (i, i + length - 1, lists[0]);
            i += length - 1;
        }
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
