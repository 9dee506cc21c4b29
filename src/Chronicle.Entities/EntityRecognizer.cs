using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;
using Chronicle.Entities.Rules;

namespace Chronicle.Entities;

/// <summary>
/// Finds people, organizations, places and works, and chains the mentions of one entity within a document:
/// the trained tagger proposes names, rules add products and works, the chainer links the names of one
/// entity, and roles and back-references ("the actor") are attached to the chains.
/// </summary>
public sealed class EntityRecognizer(NameTagger? tagger = null)
{
    public static EntityRecognizer Default { get; } = new();

    private NameTagger Tagger => tagger ?? NameTagger.Default;

    /// <summary>
    /// Lines the page cleaner set aside by their shape alone that still name things: result tables ("table", and
    /// the "timestamp" lines that are rows of figures after a name, see <see cref="ResultRow"/>), long lists without
    /// a sentence end ("no-sentences"), bylines and other short lines ("label"), all-caps lines. Boilerplate found
    /// by the cleaner's rules (navigation, share bars, related links, copyright) is not read.
    /// </summary>
    private static readonly HashSet<string> LinesThatName = new(StringComparer.Ordinal) { "table", "timestamp", "no-sentences", "label", "all-caps" };

    /// <summary>
    /// Mentions in the sentences and in the name-bearing lines the cleaner set aside (<see cref="LinesThatName"/>),
    /// each such line read as one sentence of its own; names there are as much the article's as names in prose.
    /// </summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<NoiseSpan> noise)
    {
        var lines = noise.Where(n => LinesThatName.Contains(n.Reason) && n.Span.Length > 0
            && (n.Reason != "timestamp" || ResultRow.IsResultRow(text.AsSpan(n.Span.Start, n.Span.Length)))).ToList();
        if (lines.Count == 0) return Recognize(text, sentences);
        var all = new List<Sentence>(sentences.Count + lines.Count);
        all.AddRange(sentences);
        all.AddRange(lines.Select(n => new Sentence(-1, n.Span, text[n.Span.Start..n.Span.End])));
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Recognize(text, all);
    }

    /// <summary>Mentions in text order; offsets are UTF-16 offsets into <paramref name="text"/>, end exclusive.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences)
    {
        var views = new List<TokenView[]>(sentences.Count);
        foreach (var sentence in sentences)
            views.Add(TokenView.Of(NameTokenizer.Tokenize(text, sentence.Start, sentence.End), Gazetteer.Default));
        var lowercase = Truecaser.Apply(views);
        var drafts = FindNames(views, lowercase);
        var chains = NameChainer.Chain(drafts, text);
        RoleFinder.Default.Attach(text, views, drafts, chains);
        var canonical = chains.Select(c => NameChainer.CanonicalName(c, text)).ToArray();
        return drafts.OrderBy(d => d.Start).ThenBy(d => d.End)
            .Select(d => new EntityMention(d.Start, d.End, text[d.Start..d.End], chains[d.Chain].Type, canonical[d.Chain])
            {
                Kind = d.Kind,
                Chain = d.Chain,
                Role = d.Role,
                TypeShown = d.TypeShown && d.Type == chains[d.Chain].Type,
            })
            .ToList();
    }

    private List<DraftMention> FindNames(List<TokenView[]> views, HashSet<string> lowercase)
    {
        var drafts = new List<DraftMention>();
        var evidence = new DocumentEvidence(views, lowercase);
        var tagged = Tagger.Tag(views, evidence).ToLookup(n => n.Sentence);
        for (int index = 0; index < views.Count; index++)
        {
            var group = (Key: index, Names: tagged[index]);
            var s = views[index];
            var names = new List<DraftMention>();
            var miscellaneous = new List<TaggedName>();
            foreach (var name in group.Names)
            {
                if (name.Type == 3) { miscellaneous.Add(name); continue; }
                names.Add(Draft(s, group.Key, name.FirstToken, name.LastToken, name.Type switch
                {
                    0 => EntityType.Person, 1 => EntityType.Organization, _ => EntityType.Location,
                }));
            }
            SplitTitles(s, group.Key, names);
            foreach (var name in names.Where(n => n.Type == EntityType.Person && DesignatorRule.Default.AfterPublicationNoun(s, n.First))) name.Type = EntityType.Organization;
            var listed = Gazetteer.Default.Unambiguous(s);
            // A MISC that is exactly a listed organization or place ("Boeing" in "Boeing 787") is that.
            foreach (var (first, last, list) in listed)
            {
                if (miscellaneous.RemoveAll(n => n.FirstToken == first && n.LastToken == last) > 0)
                    names.Add(Draft(s, group.Key, first, last, list == Gazetteer.Location ? EntityType.Location : EntityType.Organization));
            }
            foreach (var (first, last, type) in DesignatorRule.Default.Find(s))
            {
                // The tagger's own reading of a name that ends in the designator wins unless it made a person of it,
                // or an organization of a facility ("Yellowstone Film Ranch").
                if (names.Any(n => n.First <= last && last <= n.Last && n.Type != EntityType.Person
                    && !(n.Type == EntityType.Organization && DesignatorRule.Default.IsFacility(s[last].Form)))) continue;
                miscellaneous.RemoveAll(n => n.FirstToken <= last && first <= n.LastToken);
                names.RemoveAll(n => n.First <= last && first <= n.Last);
                names.Add(Draft(s, group.Key, first, last, type));
            }
            foreach (var (first, last) in ProductFinder.Default.Find(s, names))
            {
                // A product inside a tagged run that a lower-case joiner holds together ("Worldliner by Boeing",
                // "Walkman and Walkman Mini") shows the run to be more than one name.
                names.RemoveAll(n => n.First >= first && n.Last <= last || n.First <= first && last <= n.Last && n.Last - n.First <= last - first + 1
                    || n.First <= last && first <= n.Last && HasJoiner(s, n.First, n.Last));
                if (names.Any(n => n.First <= last && first <= n.Last)) continue;
                names.Add(Draft(s, group.Key, first, last, EntityType.Product));
            }
            foreach (var misc in miscellaneous)
            {
                if (names.Any(n => n.First <= misc.LastToken && misc.FirstToken <= n.Last)) continue;
                if (ProductFinder.Default.MakerAndModel(s, misc.FirstToken, misc.LastToken) is { } model)
                {
                    names.Add(Draft(s, group.Key, misc.FirstToken, model - 1, EntityType.Organization));
                    names.Add(Draft(s, group.Key, model, misc.LastToken, EntityType.Product));
                }
                else if (ProductFinder.Default.IsProduct(s, misc.FirstToken, misc.LastToken))
                    names.Add(Draft(s, group.Key, misc.FirstToken, misc.LastToken, EntityType.Product));
            }
            AddHyphenatedNames(s, group.Key, names, miscellaneous);
            SplitAtDescribingParticiples(s, group.Key, names);
            foreach (var (first, last, type) in listed)
            {
                // A listed place or organization the tagger passed over, unless it opens the sentence (where capitals prove nothing).
                if (first == 0 && first == last) continue;
                if (names.Any(n => n.First <= last && first <= n.Last) || miscellaneous.Any(n => n.FirstToken <= last && first <= n.LastToken)) continue;
                names.Add(Draft(s, group.Key, first, last, type == Gazetteer.Location ? EntityType.Location : EntityType.Organization));
            }
            foreach (var (first, last) in DesignatorRule.Default.AfterHolder(s))
            {
                // "the board of Hooli": an organization, where the tagger passed it over or read it as a person, a place
                // (not a listed one) or a miscellaneous name; a name reaching past the run is the tagger's.
                var overlapping = names.Where(n => n.First <= last && first <= n.Last).ToList();
                if (overlapping.Any(n => n.Type is EntityType.Organization or EntityType.Product || n.First < first || n.Last > last)) continue;
                names.RemoveAll(overlapping.Contains);
                miscellaneous.RemoveAll(n => n.FirstToken <= last && first <= n.LastToken);
                names.Add(Draft(s, group.Key, first, last, EntityType.Organization));
            }
            for (int k = 0; k < s.Length; k++)
            {
                if (NameShapes.TypeOf(s[k]) is not { } shaped || names.Any(n => n.First <= k && k <= n.Last)) continue;
                miscellaneous.RemoveAll(n => n.FirstToken == k && n.LastToken == k);
                names.Add(Draft(s, group.Key, k, k, shaped));
            }
            JoinGivenNames(s, group.Key, names, miscellaneous);
            JoinParticles(s, group.Key, names);
            drafts.AddRange(names);
        }
        DocumentWideNames.AddRepeatedNames(views, drafts, tagged, evidence);
        DocumentWideNames.AddRepeatedSurnames(views, drafts, evidence);
        DocumentWideNames.AddRepeatedProducts(views, drafts);
        DocumentWideNames.RetypeSurnames(drafts);
        DocumentWideNames.RetypeByTypeCues(views, drafts);
        // "CEO", "Chief Executive": a title the tagger read as a name is a role, which RoleFinder then attaches.
        drafts.RemoveAll(d => RoleLexicon.Default.IsBareTitle(d.Words));
        return drafts;
    }

    /// <summary>
    /// "Steve/PER Jobs/ORG", "Steve/PER Jobs/-": a listed given name read as a person alone, right before one
    /// unlisted capitalized word the tagger left out or read as an organization or place, is the person's full
    /// name; the tagger cuts names there when the surname is also a common word.
    /// </summary>
    private static void JoinGivenNames(TokenView[] s, int sentence, List<DraftMention> names, List<TaggedName> miscellaneous)
    {
        foreach (var given in names.Where(n => n.Type == EntityType.Person && n.First == n.Last && Gazetteer.Default.Contains(Gazetteer.FirstName, n.Words[0])).ToList())
        {
            int next = given.Last + 1;
            if (next >= s.Length || !s[next].Capitalized || s[next].Form.Length < 2 || !char.IsLower(s[next].Form[^1])
                || Gazetteer.Default.IsPlaceOrOrganization(s[next].Form) || Gazetteer.Default.IsTitle(s[next].Form) || CalendarWords.Contains(s[next].Form)
                || miscellaneous.Any(n => n.FirstToken <= next && next <= n.LastToken)) continue;
            var covering = names.Where(n => n.First <= next && next <= n.Last).ToList();
            if (covering.Count > 1 || covering.Count == 1 && (covering[0].Last != next || covering[0].First != next || covering[0].Type == EntityType.Person)) continue;
            names.Remove(given);
            names.RemoveAll(covering.Contains);
            names.Add(Draft(s, sentence, given.First, next, EntityType.Person));
        }
    }

    /// <summary>
    /// "Lula/PER da Silva/LOC", "Vincent/PER van Gogh/-", "Erik ten/- Hag/PER": a person's name goes on over one or two
    /// lower-case particles to the capitalized word after them, which the tagger cut off, left out or typed alone.
    /// </summary>
    private static void JoinParticles(TokenView[] s, int sentence, List<DraftMention> names)
    {
        foreach (var person in names.Where(n => n.Type == EntityType.Person).OrderBy(n => n.First).ToList())
        {
            if (!names.Contains(person)) continue;
            int next = person.Last + 1, particles = 0;
            while (next < s.Length && particles < 2 && NameParticles.Contains(s[next].Form)) { next++; particles++; }
            if (particles == 0 || next >= s.Length || !s[next].Capitalized || !char.IsLetter(s[next].Form[0])) continue;
            var after = names.Where(n => n.First <= next && next <= n.Last).ToList();
            // A name of another type that the capitalized word only begins ("de Beers Group") is not the person's.
            if (after.Count > 1 || after.Count == 1 && (after[0].First != next || after[0].Type != EntityType.Person && after[0].Last > next)) continue;
            int last = after.Count == 1 ? after[0].Last : next;
            names.Remove(person);
            names.RemoveAll(after.Contains);
            names.Add(Draft(s, sentence, person.First, last, EntityType.Person));
        }
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "ten", "ter", "van", "von", "bin", "ibn",
    };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private static bool HasJoiner(TokenView[] s, int first, int last)
    {
        for (int k = first + 1; k < last; k++)
            if (s[k].Form is "and" or "or" or "by" or "with") return true;
        return false;
    }

    /// <summary>
    /// "Coca - Cola": a headline or a transcript writes a hyphenated name with spaces, which the tokenizer
    /// splits; where the joined form is a listed organization or place, the three tokens are that name.
    /// </summary>
    private static void AddHyphenatedNames(TokenView[] s, int sentence, List<DraftMention> names, List<TaggedName> miscellaneous)
    {
        for (int i = 0; i + 2 < s.Length; i++)
        {
            if (s[i + 1].Form != "-" || !s[i].Capitalized || !s[i + 2].Capitalized || s[i].Token.End == s[i + 1].Token.Start) continue;
            string joined = s[i].Form + "-" + s[i + 2].Form;
            var type = Gazetteer.Default.Contains(Gazetteer.Organization, joined) ? EntityType.Organization
                : Gazetteer.Default.Contains(Gazetteer.Location, joined) ? EntityType.Location : (EntityType?)null;
            if (type is null) continue;
            names.RemoveAll(n => n.First >= i && n.Last <= i + 2);
            miscellaneous.RemoveAll(n => n.FirstToken >= i && n.LastToken <= i + 2);
            if (names.Any(n => n.First <= i + 2 && i <= n.Last)) continue;
            names.Add(Draft(s, sentence, i, i + 2, type.Value));
            i += 2;
        }
    }

    /// <summary>Participles that, hyphened to a name, describe the name after them: "Seattle-based X", "Kremlin-backed X".</summary>
    private static readonly HashSet<string> DescribingParticiples = new(StringComparer.Ordinal)
        { "based", "headquartered", "listed", "founded", "owned", "backed", "led", "run", "controlled", "funded", "born", "made", "registered", "affiliated" };

    /// <summary>
    /// "Seattle-based Lumora Inc.", "Bill Gates-founded Microsoft" read as one name are two: the name after the
    /// participle is the one described (a person for "-born", else an organization), and the words before it say
    /// where it is or who made it (kept as a person's name when the tagger read a person, otherwise left to the
    /// place and organization lists).
    /// </summary>
    private static void SplitAtDescribingParticiples(TokenView[] s, int sentence, List<DraftMention> names)
    {
        foreach (var name in names.ToList())
        {
            // The tokenizer keeps "Gates-founded" whole.
            for (int k = name.First; k < name.Last; k++)
            {
                int hyphen = s[k].Form.LastIndexOf('-');
                if (hyphen <= 0 || !DescribingParticiples.Contains(s[k].Form[(hyphen + 1)..])) continue;
                names.Remove(name);
                bool born = s[k].Form.EndsWith("-born", StringComparison.Ordinal);
                names.Add(Draft(s, sentence, k + 1, name.Last, born ? EntityType.Person : EntityType.Organization));
                if (name.Type == EntityType.Person && !born)
                {
                    var maker = Draft(s, sentence, name.First, k, EntityType.Person);
                    maker.End = s[k].Token.Start + hyphen;
                    maker.Words[^1] = s[k].Form[..hyphen];
                    names.Add(maker);
                }
                break;
            }
        }
    }

    /// <summary>
    /// "Apple CEO Steve Jobs" read as one name is an organization, a title and a person: the title splits it,
    /// so that the person is found and the role attached with its organization; "CEO of Boeing" is a title and an
    /// organization, no person. Where the tagger's name ends at the title, the given name and surname after it are
    /// the person.
    /// </summary>
    private static void SplitTitles(TokenView[] s, int sentence, List<DraftMention> names)
    {
        foreach (var name in names.ToList())
        {
            for (int k = name.First; k < name.Last; k++)
            {
                bool title = SplittingTitles.Contains(s[k].Form);
                bool companyThenPerson = CorporateEndings.Contains(s[k].Form) && Gazetteer.Default.Contains(Gazetteer.FirstName, s[k + 1].Form);
                if (!title && !companyThenPerson) continue;
                int after = name.Last - k;
                if (title && !s[k + 1].Capitalized)
                {
                    // "CEO of Boeing" read as one name: a title, a joiner and the organization, no person.
                    int rest = k + 2;
                    names.Remove(name);
                    if (k > name.First) names.Add(Draft(s, sentence, name.First, k - 1, name.Type == EntityType.Location ? EntityType.Location : EntityType.Organization));
                    if (rest <= name.Last && s[rest].Capitalized) names.Add(Draft(s, sentence, rest, name.Last, name.Type == EntityType.Location ? EntityType.Location : EntityType.Organization));
                    break;
                }
                if (after < 2 && !Gazetteer.Default.Contains(Gazetteer.FirstName, s[k + 1].Form)) continue;
                names.Remove(name);
                int organizationEnd = title ? k - 1 : k;
                if (organizationEnd >= name.First)
                    names.Add(Draft(s, sentence, name.First, organizationEnd, name.Type == EntityType.Location ? EntityType.Location : EntityType.Organization));
                names.Add(Draft(s, sentence, k + 1, name.Last, EntityType.Person));
                break;
            }
        }
        foreach (var name in names.Where(n => n.Last > n.First && SplittingTitles.Contains(s[n.Last].Form)).ToList())
        {
            // "Apple Inc. CEO | Steve Jobs": the tagger stopped at the title and left the person after it out.
            int first = name.Last + 1;
            if (first >= s.Length || !Gazetteer.Default.Contains(Gazetteer.FirstName, s[first].Form) || names.Any(n => n.First <= first && first <= n.Last)) continue;
            int last = first;
            while (last + 1 < s.Length && last - first < 2 && s[last + 1].Capitalized && char.IsLetter(s[last + 1].Form[0])
                   && !names.Any(n => n.First <= last + 1 && last + 1 <= n.Last && (n.Type == EntityType.Person || n.Last > n.First))) last++;
            names.Remove(name);
            names.RemoveAll(n => n.First >= first && n.Last <= last);
            names.Add(Draft(s, sentence, name.First, name.Last - 1, name.Type == EntityType.Location ? EntityType.Location : EntityType.Organization));
            names.Add(Draft(s, sentence, first, last, EntityType.Person));
        }
    }

    private static readonly HashSet<string> SplittingTitles = new(StringComparer.Ordinal)
    {
        "CEO", "Chairman", "Chairwoman", "President", "Spokesman", "Spokeswoman", "Spokesperson", "Founder", "Co-founder",
        "Minister", "Secretary", "Senator", "Governor", "Mayor", "Judge", "Coach", "Director", "Analyst", "Economist", "Ambassador",
    };

    private static readonly HashSet<string> CorporateEndings = new(StringComparer.Ordinal) { "Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "Co.", "PLC", "plc", "LLC", "AG", "N.V." };

    internal static DraftMention Draft(TokenView[] s, int sentence, int first, int last, EntityType type)
    {
        var words = new string[last - first + 1];
        for (int k = 0; k < words.Length; k++) words[k] = s[first + k].Form;
        return new DraftMention
        {
            Sentence = sentence,
            First = first,
            Last = last,
            Start = s[first].Token.Start,
            End = s[last].Token.End,
            Type = type,
            Words = words,
            CoreStart = s[first + NameChainer.CoreRange(words).First].Token.Start,
        };
    }

}
