using System.Text;
using Chronicle.Entities.Chains;

namespace Chronicle.Events.Names;

/// <summary>
/// Decides whether two names refer to the same entity: equal after normalization and general aliases
/// (the entity stage's alias table, <see cref="Aliases"/>), an acronym of the other (FTC, Federal Trade Commission), one name inside the
/// other (Baldwin, Alec Baldwin), or a one-letter spelling variant of a long token (Hanna, Hannah).
/// </summary>
public static class NameMatcher
{
    private static readonly Dictionary<string, string> Display = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> AliasToCanonical;
    private static readonly HashSet<string> LocationKeys;
    private static readonly HashSet<string> DropWords = new(StringComparer.Ordinal)
    {
        "the", "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "limited", "company", "mr", "mrs", "ms", "miss", "sir", "dame",
        "dr", "lord", "lady", "rt", "hon", "honourable", "right", "mp",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DropWordLookup = DropWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> AcronymSkip = new(StringComparer.Ordinal) { "and", "of", "the", "for", "&", "on", "in" };

    public const double Threshold = 0.7;

    static NameMatcher() => AliasToCanonical = LoadAliases(out LocationKeys);

    /// <summary>Lower-case tokens with honorifics, corporate suffixes, punctuation and possessives removed; hyphens split.</summary>
    public static string[] Tokens(string name)
    {
        // Called for every mention of a page: one pass into a buffer, no LINQ, no intermediate strings.
        Span<char> lowered = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int length = 0;
        foreach (char ch in name)
        {
            char c = ch == '’' ? '\'' : char.ToLowerInvariant(ch);
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '&') lowered[length++] = c;
            else if (c != '.') lowered[length++] = ' ';
        }
        lowered = lowered[..length];
        var kept = new List<string>(4);
        int rawCount = 0;
        foreach (var range in lowered.Split(' '))
        {
            var raw = lowered[range];
            if (raw.IsEmpty) continue;
            rawCount++;
            var part = raw.EndsWith("'s", StringComparison.Ordinal) ? raw[..^2] : raw.Trim('\'');
            if (part.Length > 0 && !DropWordLookup.Contains(part)) kept.Add(part.ToString());
        }
        if (kept.Count > 0 || rawCount == 0) return [.. kept];
        // Nothing but dropped words ("The Company"): the words themselves.
        var all = new string[rawCount];
        int i = 0;
        foreach (var range in lowered.Split(' '))
            if (!lowered[range].IsEmpty) all[i++] = lowered[range].ToString();
        return all;
    }

    /// <summary>The normalized key of a name, with general aliases resolved (Britain → united kingdom).</summary>
    public static string Key(string name)
    {
        string joined = string.Join(' ', Tokens(name));
        return AliasToCanonical.TryGetValue(joined, out var canonical) ? canonical : joined;
    }

    /// <summary>The canonical display form for a known alias (UK → United Kingdom), else the name itself.</summary>
    public static string Canonical(string name)
    {
        string joined = string.Join(' ', Tokens(name));
        return AliasToCanonical.TryGetValue(joined, out var canonical) ? Display[canonical] : name;
    }

    /// <summary>The name with every general alias of it (UK → United Kingdom, Britain, ...).</summary>
    public static IEnumerable<string> Variants(string name)
    {
        yield return name;
        string key = Key(name);
        foreach (var (alias, canonical) in AliasToCanonical)
            if (canonical == key) yield return alias;
    }

    public static bool IsLocation(string name) => LocationKeys.Contains(Key(name));

    public static bool Same(string a, string b) => Score(a, b) >= Threshold;

    public static double Score(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return ScoreKeys(Key(a), Key(b));
    }

    /// <summary><see cref="Score"/> over two names' keys, for callers that compute each key once.</summary>
    public static double ScoreKeys(string ka, string kb)
    {
        if (ka == kb) return 1;
        var ta = ka.Split(' ');
        var tb = kb.Split(' ');
        if (IsAcronymOf(ta, tb) || IsAcronymOf(tb, ta)) return 0.9;
        if (Subset(ta, tb) || Subset(tb, ta)) return ta.Length == tb.Length ? 1 : 0.8;
        if (ta.Length == tb.Length && ta.Length >= 2 && Variants(ta, tb)) return 0.75;
        // Hyphenated surnames written with a space or only in part: "Hannah Gutierrez" / "Hannah Gutierrez Reed".
        if (ta.Length >= 2 && tb.Length >= 2 && ta[0] == tb[0] && ta.Skip(1).Intersect(tb.Skip(1)).Any()) return 0.75;
        return 0;
    }

    private static bool Subset(string[] small, string[] big) => small.Length <= big.Length && small.All(big.Contains);

    private static bool IsAcronymOf(string[] acronymTokens, string[] full) =>
        AcronymLetters(full) is { } letters && acronymTokens.Any(t => t == letters);

    /// <summary>The acronym a name's key tokens spell ("federal trade commission" → "ftc"), or null when they spell none.</summary>
    public static string? AcronymLetters(string[] keyTokens)
    {
        if (keyTokens.Length < 2) return null;
        var letters = string.Concat(keyTokens.Where(t => !AcronymSkip.Contains(t)).Select(t => t[0]));
        return letters.Length < 2 ? null : letters;
    }

    private static bool Variants(string[] a, string[] b)
    {
        int differing = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (a[i].Length < 4 || b[i].Length < 4 || !WithinOneEdit(a[i], b[i])) return false;
            differing++;
        }
        return differing == 1;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }


    /// <summary>The entity stage's alias table (<see cref="Aliases"/>), by this matcher's keys; demonyms count as names here.</summary>
    private static Dictionary<string, string> LoadAliases(out HashSet<string> locations)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Aliases.Groups)
        {
            string canonical = string.Join(' ', Tokens(group.Preferred));
            Display[canonical] = group.Preferred;
            foreach (var n in group.Names.Concat(group.Demonyms)) map[string.Join(' ', Tokens(n))] = canonical;
        }
        locations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in Aliases.Locations)
        {
            string k = string.Join(' ', Tokens(l));
            locations.Add(map.TryGetValue(k, out var c) ? c : k);
        }
        return map;
    }
}
