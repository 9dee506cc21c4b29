using System.Text;

namespace Chronicle.Store;

/// <summary>
/// Turns what a user types into search terms, and into FTS5 match expressions for SQLite. Words are quoted so that FTS5 operators and
/// punctuation in the input cannot break the query; "double-quoted phrases" stay phrases.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>
    /// A query uses its first this many distinct terms, and a phrase its first this many words: FTS5's cost grows
    /// with the terms of a query (a 100 KB query of one repeated word took 17.8 s), and no search needs more.
    /// </summary>
    public const int MaxTerms = 32, MaxPhraseWords = 32;

    /// <summary>All terms required first; if that finds nothing, any term.</summary>
    public static IEnumerable<string> Candidates(string input)
    {
        var terms = Terms(input);
        if (terms.Count == 0) yield break;
        yield return string.Join(" AND ", terms);
        if (terms.Count > 1) yield return string.Join(" OR ", terms);
    }

    internal static List<string> Terms(string input) => Phrases(input).Select(p => "\"" + p + "\"").ToList();

    /// <summary>The terms of the input, each a phrase of one or more words separated by single spaces.</summary>
    internal static List<string> Phrases(string input)
    {
        var terms = new List<string>();
        int i = 0;
        while (i < input.Length && terms.Count < MaxTerms)
        {
            if (input[i] == '"')
            {
                int close = input.IndexOf('"', i + 1);
                if (close < 0) close = input.Length;
                AddTerm(terms, Words(input[(i + 1)..close]));
                i = close + 1;
                continue;
            }
            int start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"') i++;
            if (i > start) AddTerm(terms, Words(input[start..i]));
            else i++;
        }
        return terms;
    }

    private static void AddTerm(List<string> terms, List<string> words)
    {
        if (words.Count == 0 || terms.Count >= MaxTerms) return;
        string term = string.Join(' ', words.Take(MaxPhraseWords));
        if (!terms.Contains(term)) terms.Add(term);
    }

    /// <summary>Letters and digits only, as the unicode61 tokenizer sees them.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
