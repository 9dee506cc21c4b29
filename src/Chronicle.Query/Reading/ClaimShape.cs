using Chronicle.Domain.Entities;
using Chronicle.Store;

namespace Chronicle.Query.Reading;

/// <summary>How a claim speaks of time: a state that holds now ("is", "leads"), something that happened ("has been
/// impeached", "won"), or something to come ("will leave").</summary>
public enum ClaimTense { State, Event, Future }

/// <summary>A name in the claim, with the stored entities it resolves to (none: it is matched by its words).</summary>
public sealed record ClaimName(string Text, IReadOnlyList<long> Keys, EntityType? Type, int From, int To)
{
    public bool Resolved => Keys.Count > 0;

    /// <summary>Other names the claim gives the same thing: "X (formerly Twitter)".</summary>
    public IReadOnlyList<string> FormerNames { get; init; } = [];
}

/// <summary>A content word or phrase of the claim: the synonym groups it belongs to, or only its own stem.</summary>
public sealed record ClaimTerm(string Text, IReadOnlyList<int> Groups, string[] Stems, int At)
{
    /// <summary>The predicate keys of a one-word term without a synonym group (<see cref="WordForms"/>): "delivery" also finds "delivered".</summary>
    public string[] FormKeys { get; init; } = [];
}

/// <summary>The office a claim names: its title's synonym group, qualifiers ("interim", "co"), and the organization or place.</summary>
public sealed record ClaimOffice(int Group, string Title, IReadOnlyList<string> Qualifiers, ClaimName? Organization, bool AnyTopOffice)
{
    /// <summary>The claim is that the office is to come: "president-elect", "incoming chief executive", "next CEO" as a state.</summary>
    public bool Designate { get; init; }
}

/// <summary>
/// A claim read into the parts the reader matches: subject, other names, content terms, details (numbers,
/// ordinals) that must agree, tense, negation, and the office or state family it is about.
/// </summary>
public sealed record ClaimShape(string Text, ClaimTense Tense, bool Negated, ClaimName? Subject, IReadOnlyList<ClaimName> Others,
    IReadOnlyList<ClaimTerm> Terms, IReadOnlyList<string> Details, ClaimOffice? Office, StateFamily? Family, bool Cancellable)
{
    /// <summary>The names sentences are fetched by: the subject when it resolves, else every resolved name.</summary>
    /// <summary>The claims this one joins with "and", each of which must hold for it to hold; empty when there is no such pair.</summary>
    public IReadOnlyList<string> Conjuncts { get; init; } = [];

    /// <summary>What the state is of ("murder" in "faces a murder charge"): every one of these words must be in a sentence that supports it.</summary>
    public IReadOnlyList<ClaimTerm> FamilyObject { get; init; } = [];

    /// <summary>
    /// The predicate's head: the first content word after the subject, or the noun a light verb lends its tense to
    /// ("delivery" in "has taken delivery of"); a sentence without it does not speak of the claim.
    /// </summary>
    public ClaimTerm? Head { get => _head ?? Terms.FirstOrDefault(t => t.At >= (Subject?.To ?? 0)); init => _head = value; }
    private readonly ClaimTerm? _head;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "from", "across", "outside", "inside" };

    /// <summary>Whether the claim names <paramref name="name"/> as where its predicate happens ("in Russia", "at Guantanamo").</summary>
    public bool IsPlaceOf(ClaimName name) => name.From > 0 && name.From <= SaidWords.Count && PlacePrepositions.Contains(SaidWords[name.From - 1].Stem);

    /// <summary>The stored entities of every name in the claim, subject and others.</summary>
    public IReadOnlySet<long> NameKeys => Others.SelectMany(o => o.Keys).Concat(Subject?.Keys ?? []).ToHashSet();

    public IReadOnlyList<ClaimName> Anchors => Subject is { Resolved: true } s ? [s] : Others.Where(o => o.Resolved).ToList();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "da", "do", "dos", "das", "van", "der", "den", "ten", "ter", "von", "la", "le", "del", "du", "di", "bin", "ibn", "al", "el", "and", "&" };
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };
    private static readonly HashSet<string> Ordinals = Words.StemSet(
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /// <summary>
    /// The claim is an action in the progressive ("is cutting 10,000 jobs", "is buying Y"): under way once a decided
    /// plan is reported, unlike a state in the progressive ("is facing charges").
    /// </summary>
    public bool ProgressiveAction { get; init; }

    /// <summary>The claim's words, split once; <see cref="ClaimTerm.At"/> and <see cref="ClaimName.From"/> index them.</summary>
    public IReadOnlyList<Word> SaidWords { get; init; } = [];

    /// <summary>"X has been impeached": a form of "be" right before the predicate's head, so its subject is what is done to.</summary>
    public bool Passive => Head is { At: > 0 } head && head.At < SaidWords.Count
                           && SaidWords[head.At - 1].Stem is "be" or "been" or "is" or "was" or "were" or "are" or "being";

    /// <summary>The details that are the claim's own date ("october", "2007" in "is due in October 2007").</summary>
    public IReadOnlyList<string> DateDetails { get; init; } = [];

    /// <summary>When the claim's own date ends ("in 2008", "by May 2008"): a plan for it is out of date after that.</summary>
    public DateOnly? DateEnds { get; init; }

    public static ClaimShape Read(string text, Func<string, IReadOnlyList<EntityRecord>> findEntities, ReadingLexicon lexicon, DateOnly? asOf = null)
    {
        string said = text.Trim().TrimEnd('.', '!', '?');
        var words = Words.Split(said);
        // "in May 2008": a date, not a name called May.
        var dates = asOf is { } today ? Chronicle.Time.TimeTagger.Default.Tag(said, today).Where(t => t.Type == Chronicle.Domain.Time.TimexType.Date).ToList() : [];
        bool InDate(Word w) => dates.Any(t => w.Start >= t.Start && w.End <= t.End);
        var names = FindNames(words, findEntities, lexicon, InDate);
        var taken = new bool[words.Length];
        foreach (var n in names) for (int i = n.From; i < n.To; i++) taken[i] = true;

        bool negated = false;
        var terms = new List<ClaimTerm>();
        var details = new List<string>();
        var dateDetails = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            if (taken[i]) continue;
            var (length, groups) = lexicon.GroupsAt(words, i);
            if (length > 0)
            {
                terms.Add(new ClaimTerm(string.Join(' ', words[i..(i + length)].Select(w => w.Text)), groups, words[i..(i + length)].Select(w => w.Stem).ToArray(), i));
                i += length - 1;
                continue;
            }
            string stem = words[i].Stem;
            if (stem is "not" or "n't" or "never" or "no") { negated = true; continue; }
            if (words[i].Text.Any(char.IsDigit) || Ordinals.Contains(stem) || InDate(words[i]) && Months.ContainsKey(stem))
            {
                details.Add(DetailKey(words[i].Text));
                if (InDate(words[i])) dateDetails.Add(DetailKey(words[i].Text));
                continue;
            }
            if (lexicon.FunctionWords.Contains(stem) || stem == "'s" || !words[i].Text.Any(char.IsLetter)) continue;
            terms.Add(new ClaimTerm(words[i].Text, [], [stem], i) { FormKeys = lexicon.Forms.Keys(words[i].Text) });
        }

        var conjuncts = SplitConjunction(said, words, names);
        var subject = names.FirstOrDefault(n => n.From == 0 || (n.From == 1 && Determiners.Contains(words[0].Stem)));
        // "Intel's new CEO Lip-Bu Tan ran ...": a possessive name describes the subject, which is the name it leads to.
        while (subject is not null && subject.To < words.Length && words[subject.To].Text == "'s"
               && names.FirstOrDefault(n => n.From > subject.To && n.From <= subject.To + 4) is { } described)
            subject = described;
        var others = names.Where(n => n != subject && (subject is null || n.To <= subject.From || n.From >= subject.To)).Where(n => subject is null || n.From >= subject.To || !(n.To < words.Length && words[n.To].Text == "'s")).ToList();
        var (tense, verbAt) = TenseOf(words, subject?.To ?? 0, lexicon);
        // The office is what the predicate names ("is the CEO", "has named X as CEO"), not a description of the subject ("A federal judge has ...").
        var office = OfficeOf(words, terms.Where(t => t.At >= Math.Max(subject?.To ?? 0, verbAt)).ToList(), others, lexicon, tense);
        var family = office is null ? lexicon.Families.FirstOrDefault(f => terms.Any(t => t.At >= (subject?.To ?? 0) && f.Names.MatchAt(words, t.At) > 0)) : null;
        terms = terms.Where(t => t.At >= (subject?.To ?? 0) || subject is null).ToList();
        // "will", "is due to", "is set to" say when, not what: a sentence that plans the same thing in other words supports it.
        if (tense == ClaimTense.Future)
            terms = terms.Where(t => !(t.At >= verbAt && t.At <= verbAt + 2 && t.Groups.Count == 0 && lexicon.FutureCues.MatchAt(words, t.At) > 0)).ToList();
        // An agreement can be called off later, unless the claim is itself that it was ("have called off their merger").
        bool cancellable = (family?.Name is "deal" || terms.Any(t => t.Stems[0] is "agre" or "agree")) && !terms.Any(t => lexicon.CancelCues.MatchAt(words, t.At) > 0);
        var dateEnds = dates.Select(t => t.Parsed.End).Where(e => e is not null).Select(e => DateOnly.FromDateTime(e!.Value)).DefaultIfEmpty().Max();
        return new ClaimShape(text, tense, negated, subject, others, terms, details, office, family, cancellable)
            { SaidWords = words, DateDetails = dateDetails, ProgressiveAction = tense == ClaimTense.State && (family is null ? office is null : family.Action) && ProgressiveAt(words, verbAt),
              Head = LightVerbObject(words, terms, subject?.To ?? 0, lexicon) ?? (subject is null ? NounPhraseHead(words, terms, lexicon) : null), Conjuncts = conjuncts, FamilyObject = FamilyObjectOf(words, terms, family), DateEnds = dateEnds == default ? null : dateEnds };
    }

    /// <summary>"is cutting", "are still buying": a form of "be" followed by a verb in -ing.</summary>
    private static bool ProgressiveAt(Word[] words, int verbAt)
    {
        if (verbAt >= words.Length || words[verbAt].Stem is not ("is" or "are" or "am")) return false;
        int next = verbAt + 1;
        while (next < words.Length && words[next].Stem is "still" or "now" or "currently" or "also") next++;
        return next < words.Length && Words.Fold(words[next].Text) is { Length: > 5 } verb && verb.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// A claim whose subject is no name ("The first A380 delivery to X is due ...", "The maiden flight took off ...",
    /// "The conclave to elect ... has begun"): its head is the last word of the subject phrase ("delivery", "flight",
    /// "conclave"), which ends at the first function word or past-tense verb after its first content word.
    /// </summary>
    private static ClaimTerm? NounPhraseHead(Word[] words, List<ClaimTerm> terms, ReadingLexicon lexicon)
    {
        if (terms.Count == 0) return null;
        int end = terms[0].At + terms[0].Stems.Length;
        while (end < words.Length && !(lexicon.FunctionWords.Contains(words[end].Stem) && !NounPhraseFillers.Contains(words[end].Stem))
               && !(!words[end].Capitalized && lexicon.Forms.TenseOf(words[end].Text) == FormTense.Past))
            end++;
        return terms.LastOrDefault(t => t.At + t.Stems.Length <= end);
    }

    private static readonly HashSet<string> NounPhraseFillers = new(StringComparer.Ordinal) { "the", "a", "an", "its", "his", "her", "their", "'s" };

    /// <summary>
    /// "has taken delivery of the first A380" → delivery, "made its first flight" → flight: when the predicate's first
    /// word is a light verb, the last noun of the phrase after it (before a preposition) carries the meaning.
    /// </summary>
    private static ClaimTerm? LightVerbObject(Word[] words, List<ClaimTerm> terms, int subjectEnd, ReadingLexicon lexicon)
    {
        int first = terms.FindIndex(t => t.At >= subjectEnd);
        if (first < 0 || terms[first] is not { Groups.Count: 0, Stems.Length: 1 } verb || !lexicon.IsLightVerb(verb.Text)) return null;
        ClaimTerm? head = null;
        int end = verb.At + 1;
        for (int k = first + 1; k < terms.Count; k++)
        {
            var t = terms[k];
            if (t.At < end || words[end..t.At].Any(w => !NounPhraseFillers.Contains(w.Stem))) break;
            head = t;
            end = t.At + t.Stems.Length;
        }
        return head;
    }

    /// <summary>The content words right before the state's own word ("involuntary manslaughter" in "faces an involuntary manslaughter charge"), or after its "with" or "of".</summary>
    private static IReadOnlyList<ClaimTerm> FamilyObjectOf(Word[] words, List<ClaimTerm> terms, StateFamily? family)
    {
        if (family is null || terms.LastOrDefault(t => family.Names.MatchAt(words, t.At) > 0) is not { } state) return [];
        var modifiers = new List<ClaimTerm>();
        for (int at = state.At - 1; terms.FirstOrDefault(t => t.At == at && t.Stems.Length == 1) is { } m && family.Names.MatchAt(words, at) == 0; at--)
            modifiers.Add(m);
        // "charged with involuntary manslaughter", "accused of fraud": what follows "with" or "of".
        int after = state.At + state.Stems.Length;
        if (after < words.Length && words[after].Stem is "with" or "of")
            for (int at = after + 1; terms.FirstOrDefault(t => t.At == at && t.Stems.Length == 1) is { } m && family.Names.MatchAt(words, at) == 0; at++)
                modifiers.Add(m);
        return modifiers;
    }

    /// <summary>"A and B are X" → "A are X", "B are X"; "X owns A and B" → "X owns A", "X owns B" (the first such pair).</summary>
    private static IReadOnlyList<string> SplitConjunction(string said, Word[] words, List<ClaimName> names)
    {
        for (int k = 0; k + 1 < names.Count; k++)
        {
            var (a, b) = (names[k], names[k + 1]);
            if (b.From != a.To + 1 || words[a.To].Stem != "and") continue;
            string withoutB = said[..words[a.To - 1].End] + said[words[b.To - 1].End..];
            string withoutA = said[..words[a.From].Start] + said[words[b.From].Start..];
            return [withoutB, withoutA];
        }
        return [];
    }

    /// <summary>
    /// Details as they compare: "$38.50" → "38.50", "52%" → "52", "42nd" → "42", a model's plural "787s" → "787",
    /// a month however written ("Nov", "November") → "november".
    /// </summary>
    public static string DetailKey(string word)
    {
        string w = Words.Fold(word).TrimEnd('%').TrimEnd('.');
        if (Months.TryGetValue(w, out var month)) return month;
        // "seven years" and "7 years", "the third" and "3rd" are the same detail.
        if (NumberWords.TryGetValue(w, out var number)) return number;
        if (w.Length > 2 && char.IsDigit(w[0]) && (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th"))) w = w[..^2];
        if (w.Length > 2 && w[^1] == 's' && char.IsDigit(w[^2])) w = w[..^1];
        return w.Replace(",", "");
    }

    private static readonly Dictionary<string, string> Months = MonthNames();

    private static readonly Dictionary<string, string> NumberWords = NumberNames();

    private static Dictionary<string, string> NumberNames()
    {
        string[] cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        // From two: "one" and "first" are words of every other sentence ("one of", "for the first time"), not figures.
        for (int n = 2; n < cardinals.Length; n++)
        {
            numbers[cardinals[n]] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            numbers[ordinals[n]] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return numbers;
    }

    private static Dictionary<string, string> MonthNames()
    {
        var months = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0))
        {
            string full = name.ToLowerInvariant();
            months[full] = full;
            months[full[..3]] = full;
        }
        months["sept"] = "september";
        return months;
    }

    private static List<ClaimName> FindNames(Word[] words, Func<string, IReadOnlyList<EntityRecord>> findEntities, ReadingLexicon lexicon, Func<Word, bool> inDate)
    {
        var names = new List<ClaimName>();
        for (int i = 0; i < words.Length; i++)
        {
            // A model number is a name when the store knows it ("the 787"), not otherwise ("50 jets", "in 2008").
            bool modelNumber = !words[i].Capitalized && words[i].Text.Any(char.IsDigit) && words[i].Text.All(char.IsLetterOrDigit)
                               && !inDate(words[i]) && Resolve(words, i, i + 1, findEntities) is not null;
            if (!words[i].Capitalized && !modelNumber || inDate(words[i])) continue;
            int end = i + 1;
            while (end < words.Length && (words[end].Capitalized || words[end].Hyphenated && words[end].Text.All(char.IsLetter)
                                          || (Connectors.Contains(words[end].Stem) && end + 1 < words.Length && words[end + 1].Capitalized)))
                end++;
            // "JetBlue and Spirit": two names joined by "and", unless the store knows the whole as one name.
            int and = Array.FindIndex(words, i, end - i, w => w.Stem == "and");
            if (and > i && Resolve(words, i, end, findEntities) is null) end = and;
            int from = i;
            // A claim's first word is capitalized anyway; "The" starts a name only as part of it.
            if (from == 0 && Determiners.Contains(words[0].Stem)) from++;
            // Titles before a name are the claim's words, not the name's: "Prime Minister Chris Hipkins"; a title alone is no name.
            if (IsVocabulary(words, from, end, lexicon)) { i = end - 1; continue; }
            var name = Resolve(words, from, end, findEntities);
            while (name is null && from < end && lexicon.GroupsAt(words, from) is { Length: > 0 } g)
            {
                from += g.Length;
                while (from < end && Connectors.Contains(words[from].Stem)) from++;
                name = from < end ? Resolve(words, from, end, findEntities) : null;
            }
            // "the Airbus CEO": a title after the name is the claim's word too ("Y's X" without the "'s").
            for (int cut = end - 1; name is null && cut > from; cut--)
                if (IsVocabulary(words, cut, end, lexicon) && Resolve(words, from, cut, findEntities) is { } named)
                {
                    name = named;
                    end = cut;
                }
            // "the UK CMA": a place before an organization's name says where it is, not what it is called (also where a
            // page's "UK CMA" was stored as a place; a stored place name that goes on in words, "Paris Saint-Germain", is kept).
            if ((name is null || name.Type == EntityType.Location && words[(from + 1)..end].All(w => w.Text.All(char.IsUpper))) && end - from > 1 && Resolve(words, from, from + 1, findEntities) is { Type: EntityType.Location }
                && Resolve(words, from + 1, end, findEntities) is { Type: not EntityType.Location } placed)
                name = placed with { From = from };
            if (name is null && from < end && !IsVocabulary(words, from, end, lexicon) && !(from == 0 && end == 1))
                name = new ClaimName(Span(words, from, end), [], null, from, end);
            if (name is not null) names.Add(name);
            i = end - 1;
        }
        return names;
    }

    private static bool IsVocabulary(Word[] words, int from, int to, ReadingLexicon lexicon)
    {
        for (int i = from; i < to;)
        {
            var (length, _) = lexicon.GroupsAt(words, i);
            if (length == 0) return false;
            i += length;
        }
        return true;
    }

    private static ClaimName? Resolve(Word[] words, int from, int to, Func<string, IReadOnlyList<EntityRecord>> findEntities)
    {
        string text = Span(words, from, to);
        var found = findEntities(text);
        // "Rowan Tilly" stored as "Speaker Rowan Tilly": the surname finds the entity whose name holds the whole name.
        if (found.Count == 0 && to - from > 1)
            found = findEntities(words[to - 1].Text).Where(e => Words.Fold(e.Name).Contains(Words.Fold(text), StringComparison.Ordinal)).ToList();
        if (found.Count == 0) return null;
        // A full name resolves to its entity; a single word may be several people's surname: keep the most mentioned.
        var keys = to - from > 1 ? found.Where(e => e.Type == found[0].Type).Take(3).Select(e => e.Key).ToList() : [found[0].Key];
        return new ClaimName(text, keys, found[0].Type, from, to);
    }

    private static string Span(Word[] words, int from, int to) => string.Join(' ', words[from..to].Where(w => w.Text != "'s").Select(w => w.Text));

    private static (ClaimTense, int) TenseOf(Word[] words, int verbAt, ReadingLexicon lexicon)
    {
        for (int i = verbAt; i < words.Length; i++)
        {
            string s = words[i].Stem;
            if (s is "will" or "'ll" or "would") return (ClaimTense.Future, i);
            if (s is "is" or "are" or "am") return (lexicon.FutureCues.MatchAt(words, i) > 1 || (i + 2 < words.Length && words[i + 1].Stem is "set" or "due" or "expect" or "about" or "go") ? ClaimTense.Future : ClaimTense.State, i);
            if (s == "remain" || s == Words.Stem("continue")) return (ClaimTense.State, i);
            if (s is "ha" or "has" or "have" or "had")
            {
                // "has been in custody" is a state; "has been impeached", "has signed" are events.
                int next = i + 1;
                if (next < words.Length && words[next].Stem == "been") next++;
                if (next < words.Length && (Participle(words[next].Text) || words[next - 1].Stem == "been" && lexicon.GroupsAt(words, next).Length > 0 && !words[next].Text.EndsWith("ing")))
                    return (ClaimTense.Event, i);
                return (ClaimTense.State, i);
            }
            if (s is "was" or "were") return (ClaimTense.Event, i);
            if (s is "not" or "still" or "currently" or "now" or "previously" or "also" or "officially") continue;
            // Without a subject name ("A federal judge has blocked ..."), the subject's words run up to the first auxiliary.
            if (verbAt == 0 && Array.FindIndex(words, i, w => w.Stem is "is" or "are" or "was" or "were" or "ha" or "has" or "have" or "had" or "will" or "would" or "remain") is var aux and > 0)
            {
                i = aux - 1;
                verbAt = aux;
                continue;
            }
            // A verb without an auxiliary: past tense ("won", "defeated", "ran") is an event, present ("leads") a state.
            string w = Words.Fold(words[i].Text);
            if (w.EndsWith("ed") || w is "won" or "beat" or "began" or "ran" or "led" or "took" or "left" or "quit" or "became" or "made" or "sold" or "bought" or "lost" or "met" or "signed")
                return (ClaimTense.Event, i);
            return (ClaimTense.State, i);
        }
        return (ClaimTense.State, verbAt);
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
        { "won", "beaten", "begun", "run", "led", "taken", "left", "quit", "become", "made", "sold", "bought", "lost", "met", "held", "put", "set", "paid", "struck", "stood", "gone", "given", "sworn", "chosen", "spoken", "brought", "kept", "found", "told", "said", "shot", "hit", "cut", "let", "agreed" };

    private static bool Participle(string word)
    {
        string w = Words.Fold(word);
        return w.EndsWith("ed") || w.EndsWith("en") || IrregularParticiples.Contains(w);
    }

    private static ClaimOffice? OfficeOf(Word[] words, List<ClaimTerm> terms, List<ClaimName> others, ReadingLexicon lexicon, ClaimTense tense)
    {
        foreach (var term in terms)
        {
            int group = term.Groups.FirstOrDefault(g => lexicon.IsTitleGroup(g), -1);
            if (group < 0) continue;
            // "president and CEO of Y": the organization belongs to the pair; the last title is the one it is written with.
            int next = term.At + term.Stems.Length;
            if (next + 1 < words.Length && words[next].Stem == "and" && terms.Any(t => t.At == next + 1 && t.Groups.Any(lexicon.IsTitleGroup))) continue;
            // "won the leadership ballot", "began the CEO search": in a claim of something done, a title right before
            // another noun of the claim modifies that noun (a claim of a state, "is the ... leader", is of the office).
            if (tense == ClaimTense.Event && terms.Any(t => t.At == next && !words[next].Hyphenated && !t.Groups.Any(lexicon.IsTitleGroup) && lexicon.Qualifiers.MatchAt(words, t.At) == 0
                               && lexicon.FutureAfterTitleCues.MatchAt(words, t.At) == 0 && lexicon.Forms.TenseOf(t.Text) == FormTense.Other)) continue;
            var qualifiers = terms.Where(t => t.At < term.At && t.At >= term.At - 3 && lexicon.Qualifiers.MatchAt(words, t.At) > 0).Select(t => t.Stems[0])
                .Concat(Enumerable.Range(Math.Max(0, term.At - 3), Math.Min(3, term.At)).Where(i => lexicon.Qualifiers.MatchAt(words, i) > 0 && !terms.Any(t => t.At == i)).Select(i => words[i].Stem))
                .Distinct().ToList();
            // The organization: "X of Y", "Y's X", "Y X", or the name right after a verb title ("leads Y", "plays for Y").
            var places = others.Where(o => o.Type != EntityType.Person).ToList();
            int after = term.At + term.Stems.Length;
            // "chief executive of Y": Y is the organization whatever type the store gave its name (a company's name
            // can be typed as a person until later pages say otherwise).
            var organization = places.FirstOrDefault(o => o.From > term.At && o.From <= after + 2)
                               ?? places.LastOrDefault(o => o.To <= term.At && o.To >= term.At - 4)
                               ?? others.FirstOrDefault(o => after < words.Length && words[after].Stem is "of" or "at" && (o.From == after + 1 || o.From == after + 2 && words[after + 1].Stem == "the"))
                               // "X coaches Y", "X runs Y": the name right after a verb title, whatever its type.
                               ?? others.FirstOrDefault(o => o.From == after && term.At > 0 && words[term.At - 1].Stem is not ("the" or "a" or "an"));
            // "CEO of X (formerly Twitter)": the organization is found under either name.
            if (organization is { } current
                && others.FirstOrDefault(o => o.From > current.To && o.From <= current.To + 4
                                              && words[current.To..o.From].Any(w => w.Text.ToLowerInvariant() is "formerly" or "previously")) is { } former)
                organization = current with { Keys = [.. current.Keys.Union(former.Keys)], FormerNames = [former.Text], Type = current.Type ?? former.Type };
            bool anyTop = group == lexicon.LeaderGroup;
            bool designate = lexicon.FutureAfterTitleCues.MatchAt(words, after) > 0
                             || Enumerable.Range(Math.Max(0, term.At - 3), Math.Min(3, term.At)).Any(i => words[i].Stem is "incoming");
            return new ClaimOffice(group, lexicon.GroupHeads[group], qualifiers, organization, anyTop) { Designate = designate };
        }
        return null;
    }
}
