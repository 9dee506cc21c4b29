namespace Chronicle.Entities.Chains;

/// <summary>
/// When two ways of writing a person's name can be the same person. Names are compared as normalized
/// words (see <see cref="NameKey.Words"/>): a given name and one or more surname words.
/// </summary>
public static class PersonNames
{
    /// <summary>
    /// Full names: the same given name and one surname contained in the other ("Hannah Gutierrez" and
    /// "Hannah Gutierrez-Reed"), or, when <paramref name="allowTypo"/>, a last word one letter off in a
    /// long name ("Halyna Hutchin"), a given name one letter off before the same surname ("Hanna Gutierrez-Reed") or
    /// another form of the same given name ("Tim"/"Timothy", gazetteers/given-name-variants.txt). A double surname alone is the end of the full name ("Gutierrez Reed").
    /// </summary>
    public static bool SameFullName(string[] a, string[] b, bool allowTypo)
    {
        if (a.SequenceEqual(b)) return true;
        if (a.Length < 2 || b.Length < 2) return false;
        if (allowTypo && a[0] != b[0] && a[1..].SequenceEqual(b[1..]) && Math.Min(a[0].Length, b[0].Length) >= 5 && NameKey.OneEditApart(a[0], b[0]))
            return true;
        // "Tim Cook" and "Timothy D. Cook": two forms of one given name before the same surname.
        if (allowTypo && GivenNameVariants.Same(a[0], b[0]) && a[^1] == b[^1]) return true;
        if (a[0] == b[0])
        {
            var sa = a[1..]; var sb = b[1..];
            if (!sa.Except(sb).Any() || !sb.Except(sa).Any()) return true;
            return allowTypo && sa.Length == sb.Length && sa[..^1].SequenceEqual(sb[..^1])
                && Math.Min(sa[^1].Length, sb[^1].Length) >= 6 && NameKey.OneEditApart(sa[^1], sb[^1]);
        }
        return IsSuffix(a, b) || IsSuffix(b, a);
    }

    /// <summary>A lone word that is (part of) the surname of a full name, exactly or, when allowed, one letter off.</summary>
    public static bool IsSurnameOf(string word, string[] full, bool allowTypo)
    {
        if (full.Length < 2) return false;
        for (int i = 1; i < full.Length; i++)
        {
            if (full[i] == word) return true;
            if (allowTypo && i == full.Length - 1 && Math.Min(word.Length, full[i].Length) >= 6 && NameKey.OneEditApart(word, full[i])) return true;
        }
        return false;
    }

    private static bool IsSuffix(string[] whole, string[] part) =>
        part.Length >= 2 && part.Length < whole.Length && whole[^part.Length..].SequenceEqual(part) && part.Length == whole.Length - 1;
}
