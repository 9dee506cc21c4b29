using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

/// <summary>
/// Products and works, which CoNLL lumps into MISC: known product lines ("iPhone 4"), model codes after a
/// maker ("Boeing 787", "Airbus A380") or before a head noun ("five new 747 aircraft"), named releases
/// ("Android Pie"), capitalized words next to a software noun ("the Opera browser"), and quoted titles next
/// to a work noun (the film "Rust").
/// </summary>
internal sealed class ProductFinder(ProductRules rules)
{
    public static ProductFinder Default { get; } = new(Lexicons.Products);

    private readonly Dictionary<string, List<string[]>> _names = BuildNames(rules.Names);
    private readonly bool _namesStartInLowerCase = rules.Names.Any(n => TokenView.HasOnlyLowerLetters(NameTokenizer.Tokenize(n)[0].Text));
    private readonly HashSet<string> _modelWords = new(rules.ModelWords, StringComparer.Ordinal);
    private readonly HashSet<string> _workNouns = new(rules.WorkNouns, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string[]>> _codeHeads = BuildNames(rules.CodeHeads);
    private readonly Dictionary<string, List<string[]>> _softwareHeads = BuildNames(rules.SoftwareHeads);
    private readonly Dictionary<string, List<string[]>> _softwareNounsBefore = BuildNames(rules.SoftwareHeads.Concat(rules.SoftwareNounsBefore));
    private readonly HashSet<string> _releaseLines = new(rules.ReleaseLines, StringComparer.Ordinal);
    private readonly ProductPattern[] _standalone = rules.Patterns.Where(p => !p.AfterMaker).ToArray();
    private readonly ProductPattern[] _afterMaker = rules.Patterns.Where(p => p.AfterMaker).ToArray();
    private readonly ProductPattern[] _afterDeterminer = rules.Patterns.Where(p => p.AfterDeterminer).ToArray();

    /// <summary>Product spans (first and last token) in one sentence, given the names the tagger found there.</summary>
    public List<(int First, int Last)> Find(TokenView[] s, IReadOnlyList<DraftMention> taggedNames)
    {
        var found = new List<(int, int)>();
        for (int i = 0; i < s.Length; i++)
        {
            // A word in lower-case letters is neither a code nor capitalized: only a listed name could start there.
            if (s[i].LowerLettersOnly && !_namesStartInLowerCase) continue;
            int last = MatchName(s, i);
            if (last >= 0) last = WithReleaseName(s, i, last);
            if (last < 0 && s[i].LowerLettersOnly) continue;
            if (last < 0 && IsStandaloneCode(s[i].Form)) last = i;
            if (last < 0 && IsCodeInContext(s, i, taggedNames)) last = i;
            if (last < 0 && s[i].Form == "\"" && QuotedWork(s, i) is { } work) { found.Add(work); i = work.Last + 1; continue; }
            if (last < 0) last = SoftwareName(s, i, taggedNames);
            if (last < 0) continue;
            while (last + 1 < s.Length && (_modelWords.Contains(s[last + 1].Form) || IsVersion(s[last + 1].Form))) last++;
            found.Add((i, last));
            i = last;
            // "the Galaxy Ultra, Plus and Mini": further models of the same line, listed after the first.
            while (i + 2 < s.Length && _modelWords.Contains(s[i].Form) && s[i + 1].Form is "," or "and" or "or" && IsCapitalizedModelWord(s[i + 2].Form))
            {
                found.Add((i + 2, i + 2));
                i += 2;
            }
        }
        return found;
    }

    /// <summary>
    /// The words a product leaves behind when an article names it again alone: its model code ("777-200LR" from
    /// "Boeing 777-200LR", both the code and its family "777") and a named model or release ("Pie" from "Android Pie").
    /// Codes are lower-cased.
    /// </summary>
    public IEnumerable<(string Word, bool Code)> ShortForms(string[] words)
    {
        foreach (var word in words)
        {
            if (!IsCode(word)) continue;
            string code = word.ToLowerInvariant();
            yield return (code, true);
            int hyphen = code.IndexOf('-');
            if (hyphen > 0 && char.IsDigit(code[0])) yield return (code[..hyphen], true);
        }
        if (words.Length < 2 || words[^1].Length < 2 || !char.IsUpper(words[^1][0]) || IsCode(words[^1])) yield break;
        if (_modelWords.Contains(words[^1]) || _releaseLines.Contains(string.Join(' ', NameTokenizer.Tokenize(string.Join(' ', words[..^1])).Select(t => t.Text))))
            yield return (words[^1], false);
    }

    /// <summary>A model code of any shape, whatever its context, with plural and letter case set aside.</summary>
    public bool IsCode(string form)
    {
        if (!HasDigit(form)) return rules.Patterns.Any(p => p.Matches(form));
        if (form.Length > 2 && form[^1] == 's' && char.IsDigit(form[^2])) form = form[..^1];
        return rules.Patterns.Any(p => p.Matches(form) || p.Matches(form.ToUpperInvariant()));
    }

    /// <summary>The code of a model as the article may write it again: "7E7" and "7e7", "747s" and "747".</summary>
    public static string CodeKey(string form)
    {
        string key = form.ToLowerInvariant();
        return key.Length > 2 && key[^1] == 's' && char.IsDigit(key[^2]) ? key[..^1] : key;
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

    private bool IsStandaloneCode(string form)
    {
        if (!ProductPattern.IsCodeShaped(form)) return false;
        foreach (var pattern in _standalone)
            if (pattern.Matches(form)) return true;
        return false;
    }

    private static bool AfterMaker(TokenView[] s, int i, IReadOnlyList<DraftMention> taggedNames) =>
        i > 0 && taggedNames.Any(n => n.Type == EntityType.Organization && n.Last == i - 1)
        || i > 1 && s[i - 1].Form == "'s" && taggedNames.Any(n => n.Type == EntityType.Organization && n.Last == i - 2);

    /// <summary>
    /// A numeric model code right after a maker; a jetliner number after a determiner ("the 747") or before a head
    /// noun ("five 747 aircraft"), where a plain number would be a count ("100 aircraft") and is left alone.
    /// </summary>
    private bool IsCodeInContext(TokenView[] s, int i, IReadOnlyList<DraftMention> taggedNames)
    {
        string form = s[i].Form;
        if (!HasDigit(form)) return false;
        if (_afterMaker.Any(p => p.Matches(form)) && AfterMaker(s, i, taggedNames)) return true;
        return _afterDeterminer.Any(p => p.Matches(form)) && (i > 0 && s[i - 1].Lower is "the" or "a" or "an" || MatchPhrase(_codeHeads, s, i + 1) >= 0);
    }

    /// <summary>
    /// Capitalized words inside the sentence next to a software noun: "the Opera browser", "Opera 12 browser",
    /// "web browser Opera"; the last token of the name, else -1. Listed places and organizations and longer
    /// names the tagger found are left to the tagger.
    /// </summary>
    private int SoftwareName(TokenView[] s, int i, IReadOnlyList<DraftMention> taggedNames)
    {
        if (i == 0 || !s[i].Capitalized) return -1;
        for (int start = Math.Max(0, i - 3); start < i; start++)
            if (MatchPhrase(_softwareNounsBefore, s, start) == i - 1) return IsPlainCapitalized(s[i]) && !InLongerName(i, i, taggedNames) ? i : -1;
        if (!IsPlainCapitalized(s[i])) return -1;
        int last = i;
        while (last + 1 < s.Length && last - i < 2 && IsPlainCapitalized(s[last + 1])) last++;
        for (int end = last; end >= i; end--)
        {
            int next = end + 1 < s.Length && IsVersion(s[end + 1].Form) ? end + 2 : end + 1;
            if (MatchPhrase(_softwareHeads, s, next) >= 0) return InLongerName(i, end, taggedNames) ? -1 : end;
        }
        return -1;
    }

    private static bool HasDigit(string form)
    {
        foreach (char c in form) if (char.IsDigit(c)) return true;
        return false;
    }

    private static bool IsPlainCapitalized(TokenView t) =>
        t.Capitalized && t.Form.Length > 1 && char.IsLower(t.Form[1]) && !Gazetteer.Default.IsPlaceOrOrganization(t.Form);

    private static bool InLongerName(int first, int last, IReadOnlyList<DraftMention> taggedNames) =>
        taggedNames.Any(n => n.First <= last && first <= n.Last && n.Last - n.First > last - first);

    /// <summary>Where a listed phrase starting at token <paramref name="i"/> ends (case-insensitively), else -1.</summary>
    private static int MatchPhrase(Dictionary<string, List<string[]>> phrases, TokenView[] s, int i)
    {
        if (i < 0 || i >= s.Length || !phrases.TryGetValue(s[i].Lower, out var candidates)) return -1;
        foreach (var words in candidates)
        {
            if (i + words.Length > s.Length) continue;
            bool all = true;
            for (int k = 1; k < words.Length && all; k++) all = s[i + k].Lower == words[k];
            if (all) return i + words.Length - 1;
        }
        return -1;
    }

    /// <summary>"Android Pie": the capitalized release name after a product line that names its releases.</summary>
    private int WithReleaseName(TokenView[] s, int first, int last)
    {
        if (!_releaseLines.Contains(string.Join(' ', s[first..(last + 1)].Select(t => t.Form)))) return last;
        int end = last;
        while (end + 1 < s.Length && end - last < 2 && s[end + 1].Capitalized && char.IsLetter(s[end + 1].Form[0])
               && !Gazetteer.Default.IsPlaceOrOrganization(s[end + 1].Form)) end++;
        return end;
    }

    private bool IsCapitalizedModelWord(string form) => form.Length > 0 && char.IsUpper(form[0]) && _modelWords.Contains(form);

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
