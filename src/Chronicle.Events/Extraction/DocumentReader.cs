using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Domain.Time;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;
using MentionKind = Chronicle.Events.Names.MentionKind;

namespace Chronicle.Events.Extraction;

/// <summary>
/// The first pass over a document: tokens, sentence views, the time stage's dates, entity mentions (from the entity stage, else the
/// fallback name finder), their kinds and in-document canonical names, pronouns and definite descriptions
/// ("the actor") resolved to the people and organizations the document is about.
/// </summary>
internal sealed class DocumentReader(Lexicon lexicon, NameFinder finder)
{
    public DocumentContext Read(DocumentAnalysis analysis)
    {
        var doc = new DocumentContext(analysis.Document);
        string text = analysis.Document.Text;
        foreach (var sentence in analysis.Sentences)
        {
            var tokens = EventTokenizer.Tokenize(text, sentence.Start, sentence.End);
            if (tokens.Count == 0) continue;
            foreach (var (from, to) in EventTokenizer.Sentences(tokens))
                doc.Sentences.Add(new SentenceView(text, sentence.Index, tokens, from, to));
        }
        bool useEntityStage = analysis.Entities.Count > 0;
        var entities = new OffsetWindow<EntityMention>(analysis.Entities, e => e.Start, e => e.End);
        var times = new OffsetWindow<TimeMention>(analysis.Times, t => t.Start, t => t.Start + 1);
        foreach (var view in doc.Sentences)
        {
            var spans = useEntityStage ? FromEntityStage(view, entities.Overlapping(view.StartOffset, view.EndOffset)) : [];
            // The fallback finder fills in names the entity stage missed.
            foreach (var (from, to) in finder.Find(view.Tokens, view.From, view.To))
            {
                // A longer capitalized run wins over a clipped entity span ("CEO Bobby" against "Bobby Kotick").
                int clipped = spans.FindIndex(s => from < s.To && s.From < to && to > s.To);
                if (clipped >= 0) spans[clipped] = (from, to, null, null);
                else if (!spans.Any(s => from < s.To && s.From < to)) spans.Add((from, to, null, null));
            }
            foreach (var (from, to, type, canonical) in spans.OrderBy(s => s.From)) AddName(doc, view, from, to, type, canonical);
            AddTimes(view, times.Overlapping(view.StartOffset, view.EndOffset));
        }
        LinkNames(doc);
        CollectDescriptors(doc);
        ResolveReferences(doc);
        return doc;
    }

    private static List<(int From, int To, EntityType? Type, string? Canonical)> FromEntityStage(SentenceView view, IEnumerable<EntityMention> entities)
    {
        var spans = new List<(int, int, EntityType?, string?)>();
        foreach (var e in entities)
        {
            if (e.End <= view.StartOffset || e.Start >= view.EndOffset) continue;
            // Descriptions ("the 65-year-old actor") are resolved here from the document's own descriptors.
            if (e.Kind == Chronicle.Domain.Entities.MentionKind.Nominal || e.Text.Length == 0 || !char.IsUpper(e.Text[0])) continue;
            int from = view.TokenAt(e.Start);
            int to = from;
            while (to < view.To && view.Tokens[to].Start < e.End) to++;
            if (to > from) spans.Add((from, to, e.Type, e.Canonical.Length > 0 && char.IsUpper(e.Canonical[0]) ? e.Canonical : null));
        }
        return spans;
    }

    /// <summary>A canonical name without the titles written around it ("Twitter CEO" → "Twitter", "Billionaire Elon Musk" → "Elon Musk").</summary>
    private string? CleanCanonical(string? canonical)
    {
        if (canonical is null) return null;
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (lexicon.Honorifics.Contains(words[0].ToLowerInvariant()) || lexicon.PersonNouns.Contains(words[0].ToLowerInvariant())
                                   || lexicon.PositionIndex.ContainsKey(words[0].ToLowerInvariant())))
            words.RemoveAt(0);
        while (words.Count > 1 && lexicon.PositionIndex.TryGetValue(words[^1].ToLowerInvariant(), out var p) && p.Any(x => x.Tokens.Length == 1))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }


    private void AddName(DocumentContext doc, SentenceView view, int from, int to, EntityType? type, string? canonical)
    {
        var t = view.Tokens;
        // Titles and honorifics written into the name span are not the name: "Prime Minister Boris Johnson", "Twitter CEO".
        bool titled = false;
        while (from < to - 1)
        {
            int title = PositionPhrases.MatchAt(lexicon, t, from, to);
            if (title > from && title < to) { from = title; titled = true; continue; }
            if (lexicon.Honorifics.Contains(t[from].Lower) || lexicon.PersonNouns.Contains(t[from].Lower)) { from++; titled = true; continue; }
            break;
        }
        for (int k = from + 1; k < to - 2; k++)
        {
            // "of Apple Inc. Steve Jobs": a company's suffix ends its name; the words after it name someone else.
            if (!lexicon.OrgSuffixes.Contains(t[k].Lower)) continue;
            int next = t[k + 1].Lower == "." ? k + 2 : k + 1;
            if (to - next < 2 || !t[next].IsCapitalized || lexicon.OrgSuffixes.Contains(t[to - 1].Lower)) continue;
            AddName(doc, view, from, next, EntityType.Organization, null);
            AddName(doc, view, next, to, EntityType.Person, null);
            return;
        }
        for (int k = from + 1; k < to; k++)
        {
            int roleEnd = PositionPhrases.MatchAt(lexicon, t, k, to);
            if (roleEnd == k) continue;
            if (roleEnd < to)
            {
                // "Twitter Chief Executive Parag Agrawal": an organization, a title, a person.
                AddName(doc, view, from, k, EntityType.Organization, null);
                AddName(doc, view, roleEnd, to, EntityType.Person, null);
                return;
            }
            to = k;
            canonical = null;
            break;
        }
        if (titled && canonical is not null) canonical = null;
        if (view.Mentions.Any(m => from < m.To && m.From < to)) return;
        if (lexicon.Determiners.Contains(t[from].Lower) && from < to - 1) from++;
        string name = view.Text(from, to);
        if (name.Length < 2 && !(name.Length == 1 && char.IsUpper(name[0]))) return;
        var kind = titled && type is not EntityType.Location && to - from >= 2 ? MentionKind.Person : type switch
        {
            EntityType.Person => MentionKind.Person,
            EntityType.Organization or EntityType.Product => MentionKind.Org,
            EntityType.Location => MentionKind.Location,
            _ => Guess(t, from, to),
        };
        var mention = new Mention(from, to, NameMatcher.Canonical(CleanCanonical(canonical) ?? name), kind)
        {
            Possessive = to < view.To && t[to].Lower is "'s" or "'",
        };
        // Plain evidence in the text outweighs the entity stage's type: "actor Leo Park" is a person, "Wayne Enterprises" a company.
        if (from > view.From && kind != MentionKind.Person && (lexicon.PersonNouns.Contains(t[from - 1].Lower) || lexicon.Honorifics.Contains(t[from - 1].Lower))
            && !NameMatcher.IsLocation(name) && to - from >= 2)
            mention.Kind = MentionKind.Person;
        if (mention.Kind == MentionKind.Person && lexicon.OrgSuffixes.Contains(t[to - 1].Lower)) mention.Kind = MentionKind.Org;
        // "founder of Northwind Traders": what a position is held at is an organization unless it is a known place.
        if (mention.Kind == MentionKind.Location && !NameMatcher.IsLocation(name) && from - 2 >= view.From && t[from - 1].Lower is "of" or "at"
            && Enumerable.Range(Math.Max(view.From, from - 5), Math.Max(0, from - 1 - Math.Max(view.From, from - 5))).Any(k => PositionPhrases.MatchAt(lexicon, t, k, from - 1) == from - 1))
            mention.Kind = MentionKind.Org;
        if (from > view.From && kind == MentionKind.Unknown)
        {
            string before = t[from - 1].Lower;
            if (lexicon.PersonNouns.Contains(before) || lexicon.Honorifics.Contains(before)) mention.Kind = MentionKind.Person;
            else if (lexicon.OrgNouns.Contains(before)) mention.Kind = MentionKind.Org;
        }
        view.Mentions.Add(mention);
    }

    private MentionKind Guess(List<Tok> t, int from, int to)
    {
        string name = string.Join(' ', t.GetRange(from, to - from).Select(x => x.Text));
        if (NameMatcher.IsLocation(name)) return MentionKind.Location;
        if (lexicon.OrgSuffixes.Contains(t[to - 1].Lower)) return MentionKind.Org;
        if (to - from == 1 && t[from].IsAllCaps) return MentionKind.Org;
        if (to - from is >= 2 and <= 4 && Enumerable.Range(from, to - from).All(i => t[i].IsCapitalized && !t[i].IsAllCaps && t[i].Text.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')))
            return MentionKind.Person;
        return MentionKind.Unknown;
    }

    /// <summary>The dates and clock times of the time stage that start in the sentence, at the token they start in.</summary>
    private static void AddTimes(SentenceView view, IEnumerable<TimeMention> stageTimes)
    {
        foreach (var tm in stageTimes)
            if (tm.Start >= view.StartOffset && tm.Start < view.EndOffset && tm.Type is TimexType.Date or TimexType.Time)
                view.Times.Add((view.TokenAt(tm.Start), tm));
    }

    /// <summary>"Baldwin" and "Mr Baldwin" become "Alec Baldwin" when the document names him in full; kinds spread the same way.</summary>
    private static void LinkNames(DocumentContext doc)
    {
        // Each canonical name is tokenized once, and the full person names are looked up by their last token:
        // a page names thousands of people, and comparing every mention with every full name cost most of this stage.
        var tokensOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Tokens(string name)
        {
            if (!tokensOf.TryGetValue(name, out var tokens)) tokensOf[name] = tokens = NameMatcher.Tokens(name);
            return tokens;
        }
        var fullPeopleByLastToken = new Dictionary<string, List<(string Name, string[] Tokens)>>(StringComparer.Ordinal);
        foreach (var group in doc.Sentences.SelectMany(s => s.Mentions).Where(m => m.Canonical.Contains(' ') || m.Canonical.Contains('-'))
                     .GroupBy(m => m.Canonical))
        {
            var tokens = Tokens(group.Key);
            if (tokens.Length == 0 || MostCommonKind(group) != MentionKind.Person) continue;
            if (!fullPeopleByLastToken.TryGetValue(tokens[^1], out var sameLast)) fullPeopleByLastToken[tokens[^1]] = sameLast = [];
            sameLast.Add((group.Key, tokens));
        }
        foreach (var view in doc.Sentences)
            foreach (var m in view.Mentions)
            {
                if (m.Kind is not (MentionKind.Unknown or MentionKind.Person)) continue;
                var tokens = Tokens(m.Canonical);
                if (tokens.Length == 0 || !fullPeopleByLastToken.TryGetValue(tokens[^1], out var sameLast)) continue;
                // The full names are distinct, so the mention is linked only when exactly one of them contains it.
                string? longer = null;
                int found = 0;
                foreach (var f in sameLast)
                    if (f.Tokens.Length > tokens.Length && tokens.All(f.Tokens.Contains) && ++found == 1) longer = f.Name;
                if (found == 1)
                {
                    m.Canonical = longer!;
                    if (m.Kind == MentionKind.Unknown) m.Kind = MentionKind.Person;
                }
            }
        var kinds = doc.Sentences.SelectMany(s => s.Mentions).Where(m => m.Kind != MentionKind.Unknown)
            .GroupBy(m => m.Canonical).ToDictionary(g => g.Key, g => g.GroupBy(m => m.Kind).OrderByDescending(k => k.Count()).First().Key);
        foreach (var m in doc.Sentences.SelectMany(s => s.Mentions))
            if (m.Kind == MentionKind.Unknown && kinds.TryGetValue(m.Canonical, out var k)) m.Kind = k;
        foreach (var m in doc.Sentences.SelectMany(s => s.Mentions))
            doc.Count(m);
    }

    private static MentionKind MostCommonKind(IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Kind != MentionKind.Unknown).GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .DefaultIfEmpty(MentionKind.Unknown).First();

    /// <summary>"actor Alec Baldwin", "Gutierrez-Reed, the head armorer": the nouns that later stand for the entity.</summary>
    private void CollectDescriptors(DocumentContext doc)
    {
        foreach (var view in doc.Sentences)
            foreach (var m in view.Mentions)
            {
                var t = view.Tokens;
                if (m.From > view.From)
                {
                    string before = t[m.From - 1].Lower;
                    if (lexicon.PersonNouns.Contains(before) && m.Kind == MentionKind.Person) doc.Describe(before, m.Canonical);
                    if (m.Kind == MentionKind.Person && (lexicon.MaleWords.Contains(before) || lexicon.FemaleWords.Contains(before)))
                        doc.Gender.TryAdd(m.Canonical, lexicon.FemaleWords.Contains(before) ? 'f' : 'm');
                    if (lexicon.OrgNouns.Contains(before) && m.Kind == MentionKind.Org) doc.Describe(before, m.Canonical);
                }
                // Appositive: "NAME, the (adjectives) NOUN ..."
                int k = m.To + (m.Possessive ? 1 : 0);
                if (k + 1 < view.To && t[k].Lower == "," && t[k + 1].Lower is "the" or "a" or "an")
                    for (int j = k + 2; j < Math.Min(view.To, k + 7) && t[j].Lower != ","; j++)
                    {
                        if (lexicon.Prepositions.Contains(t[j].Lower)) break;
                        if ((m.Kind == MentionKind.Person && lexicon.PersonNouns.Contains(t[j].Lower))
                            || (m.Kind == MentionKind.Org && lexicon.OrgNouns.Contains(t[j].Lower)))
                            doc.Describe(t[j].Lower, m.Canonical);
                    }
            }
    }

    /// <summary>Adds pronoun and definite-description mentions, resolved in reading order.</summary>
    private void ResolveReferences(DocumentContext doc)
    {
        string? lastPerson = null, lastOrg = null;
        List<string> lastPersons = [];
        var recentPersons = new RecentNames();
        var gender = doc.Gender;
        foreach (var view in doc.Sentences)
        {
            var t = view.Tokens;
            var added = new List<Mention>();
            var personsHere = new List<string>();
            for (int i = view.From; i < view.To; i++)
            {
                var existing = view.MentionAt(i);
                if (existing is not null)
                {
                    if (existing.Kind == MentionKind.Person)
                    {
                        lastPerson = existing.Canonical;
                        recentPersons.Touch(existing.Canonical);
                        if (!personsHere.Contains(existing.Canonical)) personsHere.Add(existing.Canonical);
                    }
                    else if (existing.Kind == MentionKind.Org) lastOrg = existing.Canonical;
                    i = existing.To - 1;
                    continue;
                }
                string w = t[i].Lower;
                if (lexicon.Pronouns.TryGetValue(w, out var pronounKind))
                {
                    string? target = pronounKind switch
                    {
                        "person" => PersonFor(w, recentPersons, gender) ?? lastPerson,
                        "org" => view.Mentions.FirstOrDefault(x => x.To <= i && x.Kind == MentionKind.Org && !x.Possessive)?.Canonical ?? lastOrg,
                        _ => null,
                    };
                    if (pronounKind == "plural")
                    {
                        var group = personsHere.Count >= 2 ? personsHere : lastPersons.Count >= 2 ? lastPersons : null;
                        if (group is not null)
                            foreach (var p in group)
                                added.Add(new Mention(i, i + 1, p, MentionKind.Person) { IsPronoun = true, Possessive = w == "their" });
                        continue;
                    }
                    if (target is not null && pronounKind == "person") gender.TryAdd(target, w is "she" or "her" ? 'f' : 'm');
                    if (target is not null)
                        added.Add(new Mention(i, i + 1, target, pronounKind == "org" ? MentionKind.Org : MentionKind.Person)
                            { IsPronoun = true, Possessive = w is "his" or "its" || (w == "her" && i + 1 < view.To && t[i + 1].IsWord && !lexicon.Prepositions.Contains(t[i + 1].Lower)) });
                    continue;
                }
                if (w == "the" && TryDescription(doc, view, i, out var description, out int end))
                {
                    added.Add(description);
                    if (description.Kind == MentionKind.Person)
                    {
                        lastPerson = description.Canonical;
                        recentPersons.Touch(description.Canonical);
                    }
                    i = end - 1;
                }
            }
            view.Mentions.AddRange(added);
            view.Mentions.Sort((a, b) => a.From.CompareTo(b.From));
            if (personsHere.Count > 0) lastPersons = personsHere;
        }
    }

    /// <summary>The most recent person the pronoun can stand for: not one already referred to with the other gender.</summary>
    private static string? PersonFor(string pronoun, RecentNames recent, Dictionary<string, char> gender)
    {
        char wanted = pronoun is "she" or "her" ? 'f' : 'm';
        foreach (var person in recent.NewestFirst())
            if (!gender.TryGetValue(person, out var g) || g == wanted) return person;
        return null;
    }

    private bool TryDescription(DocumentContext doc, SentenceView view, int the, out Mention mention, out int end)
    {
        mention = null!;
        end = the;
        var t = view.Tokens;
        Mention? organizationNamed = null;
        for (int j = the + 1; j < Math.Min(view.To, the + 5); j++)
        {
            string w = t[j].Lower;
            if (view.MentionAt(j) is { } inside)
            {
                // "the Hollywood armorer" reads past a modifying name; "the Conservative Party" is itself a name.
                if (inside.Kind == MentionKind.Person || inside.To >= view.To) return false;
                if (inside.Kind == MentionKind.Org) organizationNamed = inside;
                j = inside.To - 1;
                continue;
            }
            if (lexicon.Prepositions.Contains(w) || w is "," or "." or "and") break;
            bool personNoun = lexicon.PersonNouns.Contains(w);
            bool orgNoun = lexicon.OrgNouns.Contains(w);
            if (!personNoun && !orgNoun) continue;
            // A noun followed by a name is a title ("the actor Alec Baldwin"), not a reference.
            if (j + 1 < view.To && view.MentionAt(j + 1) is { IsName: true }) return false;
            if (j + 1 < view.To && (lexicon.PersonNouns.Contains(t[j + 1].Lower) || lexicon.OrgNouns.Contains(t[j + 1].Lower))) continue;
            // "the Albertsons Cos. board": a body of a named organization stands for that organization.
            string? target = orgNoun && organizationNamed is not null ? organizationNamed.Canonical : doc.Described(w);
            if (target is null && personNoun && !lexicon.PositionIndex.ContainsKey(w) && !lexicon.ThirdPartyNouns.Contains(w)
                && !Enumerable.Range(the + 1, j - the - 1).Any(k => lexicon.PositionIndex.ContainsKey(t[k].Lower)))
                target = doc.DominantPerson;
            for (int k = the + 1; target is null && orgNoun && k <= j; k++) target = doc.OrgNamed(t[k].Lower);
            if (target is null && lexicon.CompanyNouns.Contains(w)) target = doc.DominantOrganization;
            if (target is null) return false;
            var kind = personNoun ? MentionKind.Person : MentionKind.Org;
            if (personNoun && (lexicon.MaleWords.Contains(w) || lexicon.FemaleWords.Contains(w))) doc.Gender.TryAdd(target, lexicon.FemaleWords.Contains(w) ? 'f' : 'm');
            mention = new Mention(the, j + 1, target, kind) { IsDescription = true, Possessive = j + 1 < view.To && t[j + 1].Lower is "'s" or "'" };
            end = j + 1;
            return true;
        }
        return false;
    }
}
