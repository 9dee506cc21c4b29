using System.Text;

namespace Chronicle.Entities.Chains;

/// <summary>Normalized forms of names for matching: case, accents, apostrophes and spacing do not count.</summary>
public static class NameKey
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžßšśşţťğłđ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooooouuuuuuuuyyzzzssssttgld";

    /// <summary>"Gutierrez-Reed’s" → "gutierrez reed's" without the apostrophe: lower case, plain letters, hyphens as spaces.</summary>
    public static string Of(string name)
    {
        var b = new StringBuilder(name.Length);
        bool space = false;
        foreach (char raw in name)
        {
            char c = char.ToLowerInvariant(raw);
            int accented = Accented.IndexOf(c);
            if (accented >= 0) c = Plain[accented];
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–') { space = b.Length > 0; continue; }
            if (c is '’' or '‘' or '\'' or '.' or ',' or '"' or '“' or '”') continue;
            if (space) { b.Append(' '); space = false; }
            b.Append(c);
        }
        return b.ToString();
    }

    public static string[] Words(string name) => Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether two words differ by at most one edit (insertion, deletion or substitution).</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a == b) return true;
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
}
