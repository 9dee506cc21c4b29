namespace Chronicle.Entities.Rules;

/// <summary>Role nouns (one or two words, lower case) with their plurals, matched ending at a token.</summary>
public sealed class RoleLexicon
{
    private readonly Dictionary<string, string> _singular = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nominal = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _longest;

    public static RoleLexicon Default { get; } = new(Lexicons.Roles);

    public RoleLexicon(RoleRules rules)
    {
        foreach (var role in rules.Roles)
        {
            _singular[role] = role;
            _singular[Plural(role)] = role;
        }
        foreach (var role in rules.NominalReferences) _nominal.Add(role);
        _bySpan = _singular.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _singular.Keys.Max(k => k.Length);
    }

    /// <summary>The role (singular) spelled by the words, if any: "lawyers" → "lawyer", "chief executive" → "chief executive".</summary>
    public string? RoleOf(string words) => _singular.TryGetValue(words, out var role) ? role : null;

    /// <summary>The role spelled by two words ("chief" "executive"), looked up without joining them into a new string.</summary>
    public string? RoleOf(string first, string second)
    {
        int length = first.Length + 1 + second.Length;
        if (length > _longest) return null;
        Span<char> words = stackalloc char[length];
        first.AsSpan().CopyTo(words);
        words[first.Length] = ' ';
        second.AsSpan().CopyTo(words[(first.Length + 1)..]);
        return _bySpan.TryGetValue(words, out var role) ? role : null;
    }

    public bool IsPlural(string words) => RoleOf(words) is { } role && !string.Equals(role, words, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a name's words are only a title: a role written as an acronym ("CEO", "CFOs") or of more than one word
    /// ("Chief Executive", "Prime Minister"). Such a run names a post, not a holder or a company; one capitalized role word
    /// alone ("King", "Bishop", "Prince") is left to the tagger, as it is also a surname.
    /// </summary>
    public bool IsBareTitle(string[] words)
    {
        if (words.Length == 0 || RoleOf(string.Join(' ', words)) is null) return false;
        return words.Length > 1 || IsAcronym(words[0]);
    }

    private static bool IsAcronym(string word)
    {
        var letters = word.EndsWith('s') ? word.AsSpan(0, word.Length - 1) : word.AsSpan();
        if (letters.Length < 2) return false;
        foreach (char c in letters) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Whether "the ROLE" may stand for a person named earlier.</summary>
    public bool CanReferBack(string role) => _nominal.Contains(role);

    private static string Plural(string role) =>
        role.EndsWith("man", StringComparison.Ordinal) ? role[..^3] + "men"
        : role.EndsWith('s') || role.EndsWith("sh", StringComparison.Ordinal) || role.EndsWith("ch", StringComparison.Ordinal) ? role + "es"
        : role.EndsWith('y') && !role.EndsWith("ey", StringComparison.Ordinal) ? role[..^1] + "ies"
        : role + "s";
}
