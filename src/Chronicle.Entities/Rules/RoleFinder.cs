using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

/// <summary>
/// Roles stated next to a person's name ("weapons supervisor Hannah Gutierrez-Reed", "Souza, the director",
/// "the lawyers, Jason Bowles and Todd Bullion", "Baldwin's lawyer") and descriptions that refer back to a
/// person ("The 65-year-old actor") when the reference is clear.
/// </summary>
internal sealed class RoleFinder(RoleLexicon lexicon)
{
    public static RoleFinder Default { get; } = new(RoleLexicon.Default);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "its", "their", "our", "whose", "former", "then" };
    private static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "and", "or", "of", "by", "with", "said", "says", "to", "for", "in", "on", "at",
        "as", "that", "who", "was", "is", "be", "been", "has", "had", "have", "but", "when", "while", "after", "before", "from", "against",
    };

    public void Attach(string text, IReadOnlyList<TokenView[]> views, List<DraftMention> mentions, List<NameChain> chains)
    {
        var roleOfChain = new Dictionary<int, HashSet<string>>();
        var nominals = new List<DraftMention>();
        foreach (var group in mentions.GroupBy(m => m.Sentence).OrderBy(g => g.Key))
        {
            var s = views[group.Key];
            var names = group.OrderBy(m => m.First).ToList();
            RoleMention? listRole = null;
            foreach (var m in names.Where(n => n.Type == EntityType.Person))
            {
                var role = Before(text, s, m, names) ?? After(text, s, m, names) ?? Introduced(text, s, m)
                    ?? (listRole is not null && m.First >= 2 && s[m.First - 1].Lower == "and" && names.Any(n => n.Last == m.First - 2) ? listRole : null)
                    ?? Possessive(text, s, m);
                listRole = role is not null && !role.Possessive ? role : null;
                if (role is null) continue;
                m.Role = role;
                if (!role.Possessive) Add(roleOfChain, m.Chain, role.Role);
            }
        }
        // Each sentence's own names, so that a reference is checked against its sentence and not the whole page.
        var bySentence = mentions.ToLookup(m => m.Sentence);
        foreach (var (sentence, s) in views.Select((s, i) => (i, s)))
            FindReferences(text, sentence, s, mentions, bySentence[sentence], chains, roleOfChain, nominals);
        mentions.AddRange(nominals);
    }

    /// <summary>"weapons supervisor Hannah Gutierrez-Reed", "Rust Move Productions attorney Melina Spadone".</summary>
    private RoleMention? Before(string text, TokenView[] s, DraftMention m, List<DraftMention> names)
    {
        if (RoleEndingAt(s, m.First - 1, names) is not { } found) return null;
        int first = found.First;
        if (first > 0 && IsModifier(s[first - 1]) && !names.Any(n => n.Last == first - 1)) first--;
        string role = LowerWords(s, first, m.First - 1);
        var organization = names.FirstOrDefault(n => n.Last == first - 1 && n.Type == EntityType.Organization);
        int start = organization?.Start ?? s[first].Token.Start;
        return new RoleMention(start, s[m.First - 1].Token.End, text[start..s[m.First - 1].Token.End], lexicon.RoleOf(role) ?? found.Role)
        {
            Organization = organization is null ? null : text[organization.Start..organization.End],
        };
    }

    /// <summary>"Souza, the director," and "Smith, a spokeswoman for Apple,".</summary>
    private RoleMention? After(string text, TokenView[] s, DraftMention m, List<DraftMention> names)
    {
        int k = m.Last + 1;
        if (k >= s.Length || s[k].Form != ",") return null;
        k++;
        if (k < s.Length && Determiners.Contains(s[k].Lower)) k++;
        int firstWord = k;
        for (int limit = 0; limit < 3 && k < s.Length; limit++, k++)
        {
            if (RoleStartingAt(s, k) is { } found && !names.Any(n => n.First == found.Last + 1))
            {
                int end = found.Last + 1;
                if (end < s.Length && s[end].Lower is not ("," or "." or "of" or "at" or "for" or "and" or "who" or "\"" or ";" or "'s" or "with")) return null;
                var organization = end + 1 < s.Length && s[end].Lower is "of" or "at" or "for"
                    ? names.FirstOrDefault(n => n.First == end + 1 && n.Type == EntityType.Organization) : null;
                int start = s[firstWord].Token.Start, stop = organization?.End ?? s[found.Last].Token.End;
                string role = LowerWords(s, firstWord, found.Last);
                return new RoleMention(start, stop, text[start..stop], lexicon.RoleOf(role) ?? found.Role)
                {
                    Organization = organization is null ? null : text[organization.Start..organization.End],
                };
            }
            if (!IsModifier(s[k])) return null;
        }
        return null;
    }

    /// <summary>"the lawyers, Jason Bowles": a role followed by a comma and the name.</summary>
    private RoleMention? Introduced(string text, TokenView[] s, DraftMention m)
    {
        if (m.First < 2 || s[m.First - 1].Form != ",") return null;
        if (RoleEndingAtAny(s, m.First - 2) is not { } found) return null;
        int start = s[found.First].Token.Start, end = s[m.First - 2].Token.End;
        return new RoleMention(start, end, text[start..end], found.Role);
    }

    /// <summary>"Baldwin's lawyer": the person has someone in the role.</summary>
    private RoleMention? Possessive(string text, TokenView[] s, DraftMention m)
    {
        int k = m.Last + 1;
        if (k >= s.Length || s[k].Form is not ("'s" or "'")) return null;
        if (RoleStartingAt(s, k + 1) is not { } found) return null;
        int start = s[k + 1].Token.Start, end = s[found.Last].Token.End;
        return new RoleMention(start, end, text[start..end], found.Role) { Possessive = true };
    }

    /// <summary>"The 65-year-old actor" after Alec Baldwin: the chain that holds the role, else the one person the article is about so far.</summary>
    private void FindReferences(string text, int sentence, TokenView[] s, List<DraftMention> mentions, IEnumerable<DraftMention> sentenceNames,
        List<NameChain> chains, Dictionary<int, HashSet<string>> roleOfChain, List<DraftMention> nominals)
    {
        for (int k = 0; k < s.Length; k++)
        {
            if (s[k].Lower != "the") continue;
            int j = k + 1;
            while (j < s.Length && j <= k + 3 && RoleStartingAt(s, j) is null && IsModifier(s[j]) && !s[j].Capitalized) j++;
            if (RoleStartingAt(s, j) is not { } found || lexicon.IsPlural(LowerWords(s, j, found.Last))) continue;
            if (!lexicon.CanReferBack(found.Role)) continue;
            int next = found.Last + 1;
            if (next < s.Length && (s[next].Capitalized || s[next].Lower is "of" or "who" or "and")) continue;
            int start = s[k].Token.Start, end = s[found.Last].Token.End;
            if (sentenceNames.Any(m => m.Start < end && start < m.End)) continue;
            var chain = Antecedent(k, s, mentions, sentenceNames, chains, roleOfChain, found.Role);
            if (chain is null) continue;
            var nominal = new DraftMention
            {
                Sentence = sentence, First = k, Last = found.Last, Start = start, End = end, Type = EntityType.Person,
                Kind = MentionKind.Nominal, Chain = chain.Id, Words = s[k..(found.Last + 1)].Select(t => t.Form).ToArray(),
            };
            nominals.Add(nominal);
            chain.Mentions.Add(nominal);
            k = found.Last;
        }
    }

    private static NameChain? Antecedent(int k, TokenView[] s, List<DraftMention> mentions, IEnumerable<DraftMention> sentenceNames, List<NameChain> chains,
        Dictionary<int, HashSet<string>> roleOfChain, string role)
    {
        int position = s[k].Token.Start;
        var appositive = sentenceNames.FirstOrDefault(m => m.Type == EntityType.Person && m.Last == k - 2 && s[k - 1].Form == ",");
        if (appositive is not null) return chains[appositive.Chain];
        var holders = roleOfChain.Where(p => p.Value.Contains(role)).Select(p => p.Key).ToList();
        if (holders.Count == 1) return chains[holders[0]];
        if (holders.Count > 1) return null;
        var salience = mentions.Where(m => m.Type == EntityType.Person && m.Kind == MentionKind.Name && m.Start < position)
            .GroupBy(m => m.Chain).Select(g => (Chain: g.Key, Count: g.Count())).OrderByDescending(p => p.Count).ToList();
        if (salience.Count == 0 || salience[0].Count < 2) return null;
        if (salience.Count > 1 && salience[1].Count * 2 > salience[0].Count) return null;
        return chains[salience[0].Chain];
    }

    private (int First, int Last, string Role)? RoleStartingAt(TokenView[] s, int k)
    {
        if (k >= s.Length) return null;
        if (k + 1 < s.Length && lexicon.RoleOf(s[k].Lower, s[k + 1].Lower) is { } two) return (k, k + 1, two);
        return lexicon.RoleOf(s[k].Lower) is { } one ? (k, k, one) : null;
    }

    /// <summary>A singular role ending at token k, written in lower case or as a capitalized title ("CEO").</summary>
    private (int First, int Last, string Role)? RoleEndingAt(TokenView[] s, int k, List<DraftMention> names)
    {
        var found = RoleEndingAtAny(s, k);
        if (found is null || names.Any(n => n.First <= k && k <= n.Last)) return null;
        return lexicon.IsPlural(LowerWords(s, found.Value.First, k)) ? null : found;
    }

    private (int First, int Last, string Role)? RoleEndingAtAny(TokenView[] s, int k)
    {
        if (k < 0) return null;
        if (k >= 1 && lexicon.RoleOf(s[k - 1].Lower, s[k].Lower) is { } two) return (k - 1, k, two);
        return lexicon.RoleOf(s[k].Lower) is { } one ? (k, k, one) : null;
    }

    /// <summary>
    /// A word that may qualify a role ("weapons supervisor", "former president", "65-year-old actor"):
    /// a known qualifier, a plural noun, or an age; never a verb, which would make "killed cinematographer" a role.
    /// </summary>
    private static bool IsModifier(TokenView t)
    {
        if (t.Form.Length < 2 || NotModifiers.Contains(t.Lower) || !(char.IsLower(t.Form[0]) || char.IsDigit(t.Form[0]))) return false;
        if (RoleQualifiers.Contains(t.Lower) || t.Lower.Contains("-year-old", StringComparison.Ordinal)) return true;
        return t.Lower.EndsWith('s') && !t.Lower.EndsWith("ss", StringComparison.Ordinal) && !t.Lower.EndsWith("us", StringComparison.Ordinal) && t.Lower.Length > 3;
    }

    private static readonly HashSet<string> RoleQualifiers = new(StringComparer.Ordinal)
    {
        "former", "chief", "senior", "deputy", "assistant", "executive", "acting", "interim", "lead", "head", "vice", "special", "district",
        "defense", "defence", "state", "federal", "county", "foreign", "finance", "safety", "production", "film", "movie", "music", "security",
        "communications", "press", "news", "set", "union", "police", "company", "campaign", "team", "family", "veteran", "longtime", "new",
        "then", "managing", "general", "associate", "co", "first", "top", "retired", "award-winning", "oscar-winning", "famed", "renowned",
    };


    /// <summary>Tokens first..last in lower case, joined by spaces; most roles are one word, which needs no new string.</summary>
    private static string LowerWords(TokenView[] s, int first, int last) =>
        first == last ? s[first].Lower : string.Join(' ', s[first..(last + 1)].Select(t => t.Lower));

    private static void Add(Dictionary<int, HashSet<string>> roles, int chain, string role)
    {
        if (!roles.TryGetValue(chain, out var set)) roles[chain] = set = [];
        set.Add(role);
    }
}
