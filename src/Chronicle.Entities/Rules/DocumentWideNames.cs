using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

/// <summary>
/// Passes over the whole article after each sentence's names are found: a name or product named once is the
/// same where the article names it again and the tagger passed it over, and a surname is the person named in full.
/// </summary>
internal static class DocumentWideNames
{
    /// <summary>
    /// The surname of a person the article names in full is that person where the tagger read it alone as an
    /// organization or a place ("Jobs said"), unless the word is itself a listed organization or place. Unlike the chainer, which
    /// looks back only, this also covers a surname before the full name, as in a headline.
    /// </summary>
    public static void RetypeSurnames(List<DraftMention> drafts)
    {
        var surnames = new HashSet<string>(drafts.Where(d => d.Type == EntityType.Person && d.Words.Length > 1 && d.Words[^1].Length > 1).Select(d => d.Words[^1]), StringComparer.Ordinal);
        if (surnames.Count == 0) return;
        foreach (var d in drafts)
            if (d.Words.Length == 1 && d.Type is EntityType.Organization or EntityType.Location && surnames.Contains(d.Words[0])
                && !Gazetteer.Default.IsPlaceOrOrganization(d.Words[0]))
                d.Type = EntityType.Person;
    }

    /// <summary>
    /// A name is an organization on every line of the article where the article's wording somewhere shows it to be one
    /// (<see cref="TypeCues"/>: "Hooli Inc.", "Hooli's shareholders", "shares of Hooli", "Hooli, the search company",
    /// "Hooli said it", a ticker), and nothing shows it to be a person ("Mr. Hooli", "Hooli said he", a given name before
    /// it elsewhere): the tagger reads a one-word company as a person sentence after sentence, and each reading alone
    /// is no evidence. Names whose type the wording shows are marked <see cref="DraftMention.TypeShown"/>, so that linking
    /// across articles can tell a shown type from the tagger's guess. Listed places are left to the lists.
    /// </summary>
    public static void RetypeByTypeCues(List<TokenView[]> views, List<DraftMention> drafts)
    {
        var names = new Dictionary<string, (string[] Words, int Organization, int Person)>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (d.Type == EntityType.Product || d.Kind != MentionKind.Name || d.Words.Length == 0 || !char.IsUpper(d.Words[0][0])) continue;
            string key = string.Join(' ', d.Words);
            if (d.Type != EntityType.Location || !Gazetteer.Default.Contains(Gazetteer.Location, key)) names.TryAdd(key, (d.Words, 0, 0));
        }
        if (names.Count == 0) return;
        // A given name before it makes a person of the name ("Ilse Hooli" ... "Hooli said"), and of the full name itself.
        foreach (var d in drafts.Where(d => d.Type == EntityType.Person && d.Words.Length > 1 && Gazetteer.Default.Contains(Gazetteer.FirstName, d.Words[NameChainer.CoreRange(d.Words).First])))
        {
            foreach (string key in new[] { string.Join(' ', d.Words), d.Words[^1] })
                if (names.TryGetValue(key, out var n)) names[key] = n with { Person = n.Person + 1 };
        }
        var byFirst = names.Values.GroupBy(n => n.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(n => n.Words).ToList(), StringComparer.Ordinal);
        foreach (var s in views)
        {
            if (DocumentEvidence.IsAllCaps(s)) continue;
            for (int i = 0; i < s.Length; i++)
            {
                if (!byFirst.TryGetValue(s[i].Form, out var candidates)) continue;
                // The name standing alone, not inside a longer one ("Hooli Japan"), though it may follow a title ("Mr.").
                if (i > 0 && s[i - 1].Capitalized && char.IsLetter(s[i - 1].Form[0]) && !s[i - 1].Form.EndsWith('.')) continue;
                foreach (var words in candidates)
                {
                    int last = i + words.Length - 1;
                    if (last >= s.Length || !Same(s, i, words)) continue;
                    if (last + 1 < s.Length && s[last + 1].Capitalized && char.IsLetter(s[last + 1].Form[0]) && !TypeCues.LegalForms.Contains(s[last + 1].Form)) continue;
                    var (organization, person) = TypeCues.At(s, i, last);
                    if (organization == 0 && person == 0) continue;
                    string key = string.Join(' ', words);
                    var n = names[key];
                    names[key] = n with { Organization = n.Organization + organization, Person = n.Person + person };
                }
            }
        }
        var organizations = names.Where(n => n.Value.Organization >= 2 && n.Value.Person == 0).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var people = names.Where(n => n.Value.Person > 0 && n.Value.Organization == 0).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (d.Type == EntityType.Product || d.Kind != MentionKind.Name) continue;
            string key = string.Join(' ', d.Words);
            // "Hooli Board" in a headline: the company's name followed by a word for what a company has.
            bool ofTheCompany = d.Words.Length > 1 && DesignatorRule.Lists.Holders.Contains(d.Words[^1].ToLowerInvariant()) && organizations.Contains(string.Join(' ', d.Words[..^1]));
            if (organizations.Contains(key) && !(d.Type == EntityType.Location && Gazetteer.Default.Contains(Gazetteer.Location, key)) || ofTheCompany)
            {
                d.Type = EntityType.Organization;
                d.TypeShown = true;
            }
            else if (d.Type == EntityType.Person && people.Contains(key)) d.TypeShown = true;
        }
    }

    private static bool Same(TokenView[] s, int start, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
            if (s[start + k].Form != words[k]) return false;
        return true;
    }

    /// <summary>"the 777-200LR" after "Boeing 777": a code, or a numeric code's variant, of a model already named.</summary>
    private static bool IsRepeatedCode(string form, HashSet<string> codes)
    {
        if (!char.IsDigit(form[0]) && !(char.IsUpper(form[0]) && form.Any(char.IsDigit)) || !ProductFinder.Default.IsCode(form)) return false;
        if (codes.Contains(ProductFinder.CodeKey(form))) return true;
        int hyphen = form.IndexOf('-');
        return hyphen > 0 && char.IsDigit(form[0]) && codes.Contains(ProductFinder.CodeKey(form[..hyphen]));
    }

    /// <summary>
    /// A product named in full once ("Boeing 777-200LR", "Android Pie") is the same product where the article
    /// names it again by its code or its release name alone ("the 777", "Pie"), whatever the tagger read there.
    /// </summary>
    public static void AddRepeatedProducts(List<TokenView[]> views, List<DraftMention> drafts)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.Type == EntityType.Product))
            foreach (var (word, code) in ProductFinder.Default.ShortForms(d.Words))
                (code ? codes : words).Add(word);
        if (codes.Count == 0 && words.Count == 0) return;
        var bySentence = drafts.ToLookup(d => d.Sentence);
        for (int si = 0; si < views.Count; si++)
        {
            var s = views[si];
            for (int i = 0; i < s.Length; i++)
            {
                string form = s[i].Form;
                // A release or model word repeats the product only standing alone, not inside another name ("Pro Bowl").
                bool alone = (i == 0 || !s[i - 1].Capitalized) && (i + 1 == s.Length || !s[i + 1].Capitalized);
                bool repeated = alone && words.Contains(form) || codes.Count > 0 && IsRepeatedCode(form, codes);
                if (!repeated) continue;
                var covering = bySentence[si].Where(d => d.First <= i && i <= d.Last).ToList();
                if (covering.Any(d => d.Type == EntityType.Product || d.Last > d.First)) continue;
                if (covering.Count == 1) covering[0].Type = EntityType.Product;
                else drafts.Add(EntityRecognizer.Draft(s, si, i, i, EntityType.Product));
            }
        }
    }

    /// <summary>
    /// A name found somewhere in the article is the same name where the tagger passed it over, e.g. at the
    /// start of a sentence or in a headline, unless the article also writes its first word in lower case.
    /// </summary>
    public static void AddRepeatedNames(List<TokenView[]> views, List<DraftMention> drafts, ILookup<int, TaggedName> tagged, DocumentEvidence evidence)
    {
        var known = new Dictionary<string, (string[] Words, EntityType Type)>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.Type != EntityType.Product && d.Words.Length > 0 && char.IsUpper(d.Words[0][0])))
            known.TryAdd(string.Join(' ', d.Words), (d.Words, d.Type));
        if (known.Count == 0) return;
        var byFirst = known.Values.Where(k => !evidence.Lowercase(k.Words[0].ToLowerInvariant()))
            .GroupBy(k => k.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Words.Length).ToList(), StringComparer.Ordinal);
        if (byFirst.Count == 0) return;
        // First words all of whose names are longer, one an organization; decided once, not at every repeat of the word.
        var onlyLongerWithOrganization = byFirst.Where(p => p.Value.All(c => c.Words.Length > 1) && p.Value.Any(c => c.Type == EntityType.Organization))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // The tokens already in a name when this pass starts.
        var found = drafts.ToLookup(d => d.Sentence);
        for (int si = 0; si < views.Count; si++)
        {
            var s = views[si];
            var taken = new bool[s.Length];
            foreach (var d in found[si]) for (int k = d.First; k <= d.Last; k++) taken[k] = true;
            foreach (var n in tagged[si]) for (int k = n.FirstToken; k <= n.LastToken; k++) taken[k] = true;
            for (int i = 0; i < s.Length; i++)
            {
                if (taken[i] || !byFirst.TryGetValue(s[i].Form, out var candidates)) continue;
                if (onlyLongerWithOrganization.Contains(s[i].Form)
                    && (i + 1 == s.Length || !s[i + 1].Capitalized) && Gazetteer.Default.Contains(Gazetteer.Organization, s[i].Form))
                {
                    // "Apple unveils ..." in an article about "Apple Computer": a listed organization the article names more fully.
                    drafts.Add(EntityRecognizer.Draft(s, si, i, i, EntityType.Organization));
                    continue;
                }
                foreach (var (words, type) in candidates)
                {
                    int last = i + words.Length - 1;
                    if (last >= s.Length || !FreeAndEqual(s, taken, i, words)) continue;
                    drafts.Add(EntityRecognizer.Draft(s, si, i, last, type));
                    i = last;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The surname of a person the article names in full is that person where it stands alone and the tagger passed
    /// it over ("the measure against Gershkovich", "Gershkovich's lawyers"): not inside a longer capitalized run
    /// ("Gershkovich Foundation"), and not a word the article also writes in lower case ("Jobs" / "jobs").
    /// </summary>
    public static void AddRepeatedSurnames(List<TokenView[]> views, List<DraftMention> drafts, DocumentEvidence evidence)
    {
        var surnames = drafts.Where(d => d.Type == EntityType.Person && d.Words.Length > 1 && d.Words[^1] is { Length: > 2 } last
                                         && char.IsUpper(last[0]) && char.IsLower(last[^1]) && !evidence.Lowercase(last.ToLowerInvariant())
                                         && !Gazetteer.Default.IsPlaceOrOrganization(last) && !Gazetteer.Default.IsTitle(last))
            .Select(d => d.Words[^1]).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0) return;
        var found = drafts.ToLookup(d => d.Sentence);
        for (int si = 0; si < views.Count; si++)
        {
            var s = views[si];
            for (int i = 0; i < s.Length; i++)
            {
                if (!surnames.Contains(s[i].Form)) continue;
                if (i > 0 && s[i - 1].Capitalized || i + 1 < s.Length && s[i + 1].Capitalized) continue;
                // A miscellaneous name the tagger read there ("a Gershkovich supporter" as an adjective) is passed over too.
                if (found[si].Any(d => d.First <= i && i <= d.Last)) continue;
                drafts.Add(EntityRecognizer.Draft(s, si, i, i, EntityType.Person));
            }
        }
    }

    private static bool FreeAndEqual(TokenView[] s, bool[] taken, int start, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
            if (taken[start + k] || s[start + k].Form != words[k]) return false;
        return true;
    }
}
