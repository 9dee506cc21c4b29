using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

/// <summary>
/// Products and works, which CoNLL lumps into MISC: known product lines ("iPhone 4"), model codes after a
/// maker ("Boeing 787", "Airbus A380"), and quoted titles next to a work noun (the film "Rust").
/// </summary>
internal sealed class ProductFinder(ProductRules rules)
{
    public static ProductFinder Default { get; } = new(Lexicons.Products);

    private readonly Dictionary<string, List<string[]>> _names = BuildNames(rules.Names);
    private readonly HashSet<string> _modelWords = new(rules.ModelWords, StringComparer.Ordinal);
    private readonly HashSet<string> _workNouns = new(rules.WorkNouns, StringComparer.OrdinalIgnoreCase);

    /// <summary>Product spans (first and last token) in one sentence, given the names the tagger found there.</summary>
    public List<(int First, int Last)> Find(TokenView[] s, IReadOnlyList<DraftMention> taggedNames)
    {
        var found = new List<(int, int)>();
        for (int i = 0; i < s.Length; i++)
        {
            int last = MatchName(s, i);
            if (last < 0 && IsStandaloneCode(s[i].Form)) last = i;
            if (last < 0 && rules.Patterns.Any(p => p.AfterMaker && p.Matches(s[i].Form)) && AfterMaker(s, i, taggedNames)) last = i;
            if (last < 0 && s[i].Form == "\"" && QuotedWork(s, i) is { } work) { found.Add(work); i = work.Last + 1; continue; }
            if (last < 0) continue;
            while (last + 1 < s.Length && (_modelWords.Contains(s[last + 1].Form) || IsVersion(s[last + 1].Form))) last++;
            found.Add((i, last));
            i = last;
        }
        return found;
    }

    /// <summary>Whether a name the tagger called MISC is a product.</summary>
    public bool IsProduct(TokenView[] s, int first, int last)
    {
        for (int i = first; i <= last; i++)
            if (MatchName(s, i) >= 0 || IsStandaloneCode(s[i].Form)) return true;
        return false;
    }

    /// <summary>"Boeing 787" read as one name: the token where the model code after a listed maker starts, else null.</summary>
    public int? MakerAndModel(TokenView[] s, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            if (!rules.Patterns.Any(p => p.Matches(s[k].Form))) continue;
            var maker = string.Join(' ', s[first..k].Select(t => t.Form));
            return Gazetteer.Default.Contains(Gazetteer.Organization, maker) ? k : null;
        }
        return null;
    }

    private int MatchName(TokenView[] s, int i)
    {
        if (!_names.TryGetValue(s[i].Form, out var candidates)) return -1;
        foreach (var words in candidates)
        {
            if (i + words.Length > s.Length) continue;
            bool all = true;
            for (int k = 1; k < words.Length && all; k++) all = s[i + k].Form == words[k];
            if (all) return i + words.Length - 1;
        }
        return -1;
    }

    private bool IsStandaloneCode(string form) => rules.Patterns.Any(p => !p.AfterMaker && p.Matches(form));

    private static bool AfterMaker(TokenView[] s, int i, IReadOnlyList<DraftMention> taggedNames) =>
        i > 0 && taggedNames.Any(n => n.Type == EntityType.Organization && n.Last == i - 1)
        || i > 1 && s[i - 1].Form == "'s" && taggedNames.Any(n => n.Type == EntityType.Organization && n.Last == i - 2);

    private static bool IsVersion(string form) =>
        form.Length is > 0 and <= 4 && char.IsDigit(form[0]) && form.All(c => char.IsLetterOrDigit(c) || c == '.');

    /// <summary>A capitalized title in quotes with a work noun just before or after it: the film "Rust", the "Rust" set.</summary>
    private (int First, int Last)? QuotedWork(TokenView[] s, int open)
    {
        int close = -1;
        for (int k = open + 1; k < s.Length && k <= open + 7; k++)
            if (s[k].Form == "\"") { close = k; break; }
        if (close <= open + 1 || !s[open + 1].Capitalized) return null;
        bool before = open > 0 && _workNouns.Contains(s[open - 1].Lower);
        bool after = close + 1 < s.Length && _workNouns.Contains(s[close + 1].Lower);
        int last = close - 1;
        while (last > open + 1 && !char.IsLetterOrDigit(s[last].Form[0])) last--;
        return before || after ? (open + 1, last) : null;
    }

    private static Dictionary<string, List<string[]>> BuildNames(IEnumerable<string> names)
    {
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var words = NameTokenizer.Tokenize(name).Select(t => t.Text).ToArray();
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words);
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        return byFirst;
    }
}
