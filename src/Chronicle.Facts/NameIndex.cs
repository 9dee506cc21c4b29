using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// The names of one clustering with their keys computed once, and the names each could match: a name scores above
/// zero against another only when their keys are equal, share a word, or one spells the other's acronym
/// (<see cref="NameMatcher.ScoreKeys"/>), so those are the only candidates returned.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, string> _key = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _keyTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tokenCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _letters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byAcronym = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<string> names, Func<string, string> keyOf)
    {
        foreach (var name in names)
        {
            string key = keyOf(name);
            var tokens = key.Split(' ');
            _key[name] = key;
            _keyTokens[name] = tokens;
            _tokenCount[name] = NameMatcher.Tokens(name).Length;
            var letters = NameMatcher.AcronymLetters(tokens);
            _letters[name] = letters;
            Add(_byKey, key, name);
            foreach (var t in tokens.Distinct(StringComparer.Ordinal)) Add(_byWord, t, name);
            if (letters is not null) Add(_byAcronym, letters, name);
        }
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(name);
    }

    /// <summary>The number of words <see cref="NameMatcher.Tokens"/> finds in the name.</summary>
    public int TokenCount(string name) => _tokenCount[name];

    public double Score(string a, string b) => NameMatcher.ScoreKeys(_key[a], _key[b]);

    /// <summary>Every indexed name that may score above zero against <paramref name="name"/> (repeats possible, itself included).</summary>
    public IEnumerable<string> Candidates(string name)
    {
        foreach (var n in _byKey[_key[name]]) yield return n;
        foreach (var t in _keyTokens[name])
        {
            if (_byWord.TryGetValue(t, out var sharing)) foreach (var n in sharing) yield return n;
            // A word of this name that is another name's acronym ("FTC" / "Federal Trade Commission").
            if (_byAcronym.TryGetValue(t, out var spelled)) foreach (var n in spelled) yield return n;
        }
        // This name's acronym written as a word of another name.
        if (_letters[name] is { } letters && _byWord.TryGetValue(letters, out var words)) foreach (var n in words) yield return n;
    }
}
