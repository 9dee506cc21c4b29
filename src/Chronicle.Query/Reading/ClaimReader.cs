using Chronicle.Domain.Entities;
using Chronicle.Store;

namespace Chronicle.Query.Reading;

/// <summary>A sentence that came close to establishing the claim, and why it does not.</summary>
public sealed record Closest(Evidence Evidence, string Why);

/// <summary>What the reader found: the verdict, the sentences that establish it, what ended the state, and the near misses.</summary>
public sealed record ReaderAnswer(Verdict Verdict, IReadOnlyList<Evidence> Evidence, Ending? Ended, IReadOnlyList<Closest> Closest, string Why)
{
    /// <summary>For not_supported: sentences that deny the claim's state outright ("X said she would not run"), which support its negation.</summary>
    public IReadOnlyList<Evidence> Denials { get; init; } = [];
}

/// <summary>
/// The claim-conditioned reader: reads the stored sentences of articles dated up to the as-of date that mention
/// the claim's subject (the resolved entity), and decides from what they say of the claim's state — held,
/// taken, ended, succeeded, only planned, negated — and when.
/// </summary>
/// <param name="windowDays">The windows of days read newest first (<see cref="WindowDays"/> when null; empty: every article at once).</param>
public sealed partial class ClaimReader(IChronicleStore store, ReadingLexicon lexicon, IReadOnlyList<int>? windowDays = null)
{
    private readonly IReadOnlyList<int> _windows = windowDays ?? WindowDays;

    private readonly OfficeReader _offices = new(lexicon);

    public ClaimReader(IChronicleStore store) : this(store, ReadingLexicon.Default) { }

    /// <summary>
    /// The claim read against the entities known on the as-of date: an entity first seen in a later article does
    /// not exist yet, so pages published after the date never change the answer.
    /// </summary>
    public ClaimShape Shape(string claim, DateOnly asOf) =>
        ClaimShape.Read(claim, name => store.FindEntities(name).Where(e => e.FirstSeen <= asOf).ToList(), lexicon, asOf);

    /// <summary>
    /// How far after a sentence naming the claim's entities the reader still reads: "He stepped down" and "His
    /// successor ..." follow the name within a sentence or two. Reading whole articles gave the same verdicts on
    /// every probe set and cost time in proportion to the archive's articles about the entity, not its mentions.
    /// </summary>
    public const int FollowingSentences = 2;

    /// <summary>
    /// The windows of days, back from the as-of date, that the reader reads in turn (newest articles first) until the
    /// answer is settled (<see cref="Settled"/>); after the last, every article up to the date. A claim whose state is
    /// reported often is answered from its last weeks of news, whatever the size of the archive; a claim nothing
    /// establishes is read over the whole archive, as before.
    /// </summary>
    public static readonly int[] WindowDays = [8, 32, 128];

    public ReaderAnswer? Read(ClaimShape claim, DateOnly asOf)
    {
        var anchors = claim.Anchors;
        if (anchors.Count == 0) return null;
        var keys = anchors.SelectMany(a => a.Keys).Concat(claim.Others.Where(o => o.Resolved && o.Type != EntityType.Location).SelectMany(o => o.Keys)).Distinct().ToList();
        var places = claim.Others.Where(o => o.Resolved && o.Type == EntityType.Location).SelectMany(o => o.Keys).ToList();
        var split = new Dictionary<string, Word[]>(StringComparer.Ordinal);
        // An office claim is about the person who holds it, whether subject ("X is CEO") or object ("Y named X CEO").
        // The subject of "X is the chief executive of Y" is a person and Y an organization, whatever the store typed them.
        var holder = claim.Subject is { Resolved: true, Type: EntityType.Person } s0 ? s0
            : claim.Others.FirstOrDefault(o => o.Resolved && o.Type == EntityType.Person)
              ?? (claim.Subject is { Resolved: true } s1 && claim.Office?.Organization is { } o1 && o1 != s1 ? s1 : null);
        // A claim whose answer no window can settle is read at once (the windows would only add their queries).
        var windows = claim.Office is { } claimedOffice && holder is not null && !OfficeSettles(claim, claimedOffice) ? [] : _windows;
        var sentences = new List<ReadSentence>();
        DateOnly readTo = asOf;
        for (int window = 0; ; window++)
        {
            // Whole days, newest first: the articles of [from, readTo], put before the newer ones already read (the
            // sentences stay in date order), so each article is read whole and once.
            DateOnly? from = window < windows.Count ? asOf.AddDays(1 - windows[window]) : null;
            var slice = store.SentencesAround(keys, places, readTo, FollowingSentences, from)
                .Select(s => new ReadSentence(s, split.TryGetValue(s.Text, out var words) ? words : split[s.Text] = Words.Split(s.Text))).ToList();
            if (claim.Office is { } claimed && holder is not null)
                foreach (var s in slice)
                {
                    if (claimed.Organization is { Resolved: true } organization) s.Retype(organization.Keys, EntityType.Organization, onlyFrom: EntityType.Person);
                    s.Retype(holder.Keys, EntityType.Person);
                }
            foreach (var document in slice.GroupBy(s => s.Source.DocumentId)) ReadSentence.ResolvePronouns(document.ToList());
            sentences.InsertRange(0, slice);
            var documents = sentences.GroupBy(s => s.Source.DocumentId).ToDictionary(g => g.Key, g => g.ToList());
            var (answer, settled) = claim.Office is { } office && holder is not null
                ? ReadOffice(claim, office, holder, sentences, documents, asOf, from)
                : ReadState(claim, sentences, documents, asOf, from);
            if (from is not { } start || settled) return answer;
            readTo = start.AddDays(-1);
        }
    }

    /// <summary>
    /// Whether an office claim's answer can be settled by a window of newest articles: a claim that the post is held
    /// (not to come, not the appointment or the ending as an event) at one organization or place where an older
    /// article cannot add an ending after the newest report: not a post held at one organization at a time (a move
    /// elsewhere may take effect later than its article), nor any of the top offices (the holder's other posts decide
    /// who succeeds).
    /// </summary>
    private bool OfficeSettles(ClaimShape claim, ClaimOffice office) =>
        claim.Tense == ClaimTense.State && !office.Designate && !office.AnyTopOffice
        && !(lexicon.OnePerHolderGroups.Contains(office.Group) && office.Organization is not null);

    /// <summary>How many reports a supported answer cites, and an outdated one before its ending.</summary>
    private const int CitedReports = 6, CitedBeforeEnding = 3;

    /// <summary>
    /// Whether an answer read from the articles published on or after a day is the answer of every article up to the
    /// as-of date. Older articles only add older reports: they cannot move the newest report of the state, which an
    /// ending must follow, nor the reports cited (the six newest distinct ones, or the three newest before an ending)
    /// once those are all dated on or after <paramref name="citedFrom"/>. A verdict of not supported is never settled
    /// (an older article may establish the claim), nor an ending with no report of the state read.
    /// </summary>
    private static bool Settled(Verdict verdict, IEnumerable<ReadSentence> held, DateOnly citedFrom)
    {
        var newest = held.OrderByDescending(s => s.Date).ToList();
        if (verdict == Verdict.Outdated) return newest.Count >= CitedBeforeEnding && newest[CitedBeforeEnding - 1].Date >= citedFrom;
        if (verdict != Verdict.Supported) return false;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in newest)
        {
            if (s.Date < citedFrom) return false;
            if (distinct.Add(Words.Fold(s.Source.Text)) && distinct.Count == CitedReports) return true;
        }
        return false;
    }

    // ---- other states and events (offices: ClaimReader.Office.cs) -------------------------------------------

    private const string DifferentDetail = "a different number or detail";

    /// <summary>A sentence that states an amount: a number that is not a year ("237 orders", "$399", "40%").</summary>
    private static bool GivesFigure(ReadSentence s) =>
        s.Words.Any(w => w.Text.Any(char.IsDigit) && !(w.Text.Length == 4 && w.Text.All(char.IsDigit) && w.Text[0] is '1' or '2'));

    /// <summary>Numbers and ordinals of the claim ("seventh", "42nd") stand in the sentence.</summary>
    private static bool DetailsAgree(ClaimShape claim, ReadSentence s)
    {
        if (claim.Details.Count == 0) return true;
        var found = s.Words.Select(w => ClaimShape.DetailKey(w.Text)).ToHashSet(StringComparer.Ordinal);
        return claim.Details.All(found.Contains);
    }

    /// <summary>An ending found for the claim's state; <see cref="SameDay"/>: it ends a report of the same day too.</summary>
    private sealed record End(ReadSentence Sentence, string Why, bool SameDay)
    {
        /// <summary>The day the ending takes effect when the article gives a later one than its own date.</summary>
        public DateOnly? EffectiveOn { get; init; }

        public DateOnly Date => EffectiveOn is { } on && on > Sentence.Date ? on : Sentence.Date;

        /// <summary>An ending found by a state family's own words ("released", "discharged"), not by an office's.</summary>
        public bool Family { get; init; }

        /// <summary>Whether the sentence tells of the holder's own ending, or of someone else taking the post.</summary>
        public EndKind About => Why is AnotherHolder or "moved to another organization" ? EndKind.Successor : EndKind.Own;

        private const string AnotherHolder = "another holder took the post";

        /// <summary>Someone else holds or takes the post: an ending of the same day only when the sentence reports the start.</summary>
        public static End TookThePost(Holding h) => new(h.Sentence, AnotherHolder, SameDay: h.Stance == Stance.Starts);
    }

    /// <summary>
    /// "X is awaiting trial": what is awaited is still to come. A report that it is scheduled or expected supports
    /// the claim; a later report that it took place, or an ending of the state's family, ends it.
    /// </summary>
    private (ReaderAnswer Answer, List<ReadSentence> Reports)? ReadAwaiting(ClaimShape claim, List<ReadSentence> sentences, Dictionary<string, List<ReadSentence>> documents)
    {
        if (claim.Tense != ClaimTense.State || claim.Head is not { } head || head.Stems[0] is not ("await" or "awaiting" or "awaits") || claim.Terms.Count < 2)
            return null;
        var awaited = claim with { Terms = claim.Terms.Where(t => t != head).ToList() };
        var expected = new List<ReadSentence>();
        var happened = new List<End>();
        // "He faces up to ten years. Sentencing is set for May 2.": a sentence right after the subject's that names
        // no one is about the subject too (the reader only fetches sentences next to the subject's).
        var awaitedOfNoOne = awaited with { Subject = null };
        foreach (var s in sentences)
        {
            bool namesNoOne = claim.Subject is { Resolved: true } named && !s.Names(named.Keys) && !s.Mentions.Any(m => m.Type == EntityType.Person);
            var stance = Match(namesNoOne ? awaitedOfNoOne : awaited, s, documents[s.Source.DocumentId]).Stance;
            if (stance == Stance.Future) expected.Add(s);
            else if (stance is Stance.Holds or Stance.Starts) happened.Add(new End(s, "took place", SameDay: false));
        }
        if (claim.Subject is { Resolved: true } subject) happened.AddRange(FamilyEndings(claim, subject, sentences));
        return (Decide(expected, happened, [], requireHeld: true, out var reports), reports);
    }

    /// <param name="from">The first day of the articles read (null: every article up to the as-of date).</param>
    private (ReaderAnswer Answer, bool Settled) ReadState(ClaimShape claim, List<ReadSentence> sentences, Dictionary<string, List<ReadSentence>> documents, DateOnly asOf, DateOnly? from)
    {
        // Whether the answer holds whatever older articles say: each of the state's reports and endings is read
        // from its own article, dated by it.
        // A state the pages deny and never report held is not supported, and its negation is ("X will not run").
        var denials = new List<ReadSentence>();
        (ReaderAnswer, bool) Answer(ReaderAnswer answer, IEnumerable<ReadSentence> reports) =>
            (answer.Verdict == Verdict.NotSupported && denials.Count > 0 ? answer with { Denials = Cite(denials.OrderByDescending(s => s.Date)) } : answer,
             from is not { } start || Settled(answer.Verdict, reports, start));
        if (ReadAwaiting(claim, sentences, documents) is { } awaiting) return Answer(awaiting.Answer, awaiting.Reports);
        var matched = new List<(ReadSentence Sentence, Stance Stance)>();
        var nearMisses = new List<Closest>();
        var otherDetails = new List<ReadSentence>();
        foreach (var s in sentences)
        {
            var match = Match(claim, s, documents[s.Source.DocumentId]);
            if (match.Stance is { } stance) matched.Add((s, stance));
            else if (match.Miss is { } why)
            {
                nearMisses.Add(new Closest(Cite(s), why));
                if (why == DifferentDetail) otherDetails.Add(s);
            }
        }
        var otherFigures = otherDetails.Where(GivesFigure).ToList();
        var held = matched.Where(m => m.Stance is Stance.Holds or Stance.Starts).Select(m => m.Sentence).ToList();
        var future = matched.Where(m => m.Stance == Stance.Future).Select(m => m.Sentence).ToList();
        var negated = matched.Where(m => m.Stance == Stance.Negated).Select(m => m.Sentence).ToList();
        denials.AddRange(negated);
        nearMisses.AddRange(future.Select(s => new Closest(Cite(s), "reported only as planned or expected")));
        nearMisses.AddRange(negated.Select(s => new Closest(Cite(s), "the sentence denies or negates it")));

        if (claim.Tense == ClaimTense.Future)
        {
            // Tense apart from the predicate: "was delivered", "compensated" report it done, not planned. A report of
            // it done need not repeat the date it was planned for ("is due in October" / "was delivered today").
            var withoutDate = claim with { Details = claim.Details.Except(claim.DateDetails).ToList() };
            var doneOnAnotherDay = otherDetails.Where(s => claim.DateDetails.Count > 0 && Match(withoutDate, s, documents[s.Source.DocumentId]).Stance == Stance.Holds);
            var done = held.Concat(doneOnAnotherDay).Where(s => ReportsDone(claim, s)).ToList();
            var planned = held.Where(s => !done.Contains(s)).Concat(future).ToList();
            nearMisses.AddRange(done.Select(s => new Closest(Cite(s), "reported as done, not as planned")));
            if (planned.Count == 0) return Answer(NotSupported(nearMisses), []);
            // A plan overtaken by the event: "X will deliver the jet", asked after "the jet was delivered".
            if (done.Where(d => d.Date > planned.Max(p => p.Date)).OrderBy(d => d.Date).FirstOrDefault() is { } happened)
                return Answer(Outdated(planned, new End(happened, "it has happened", SameDay: false)), planned);
            // "X will open in 2008", asked in 2011: whatever came of it, the plan is no longer news.
            if (claim.DateEnds is { } ends && ends <= asOf)
                return Answer(Outdated(planned, new End(planned.OrderBy(s => s.Date).Last(), "the date it was planned for has passed", SameDay: false) { EffectiveOn = ends }), planned);
            return Answer(Supported(planned, "reported as planned"), planned);
        }
        var endings = new List<End>();
        if (claim.Subject is { Resolved: true } subject)
        {
            if (claim.Tense == ClaimTense.State || claim.Tense == ClaimTense.Event && claim.Family is { EventLeavesState: true })
            {
                endings.AddRange(FamilyEndings(claim, subject, sentences));
                endings.AddRange(MovedFrom(claim, subject, sentences));
                endings.AddRange(Deaths(subject, sentences).Where(_ => claim.Family is not null));
                endings.AddRange(matched.Where(m => m.Stance == Stance.Ended).Select(m => new End(m.Sentence, "reported as former", SameDay: true)));
                // "has 677 orders", "costs $599": a figure holds until a later report of the same thing gives another.
                if (claim.Details.Any(d => d.Any(char.IsDigit)))
                    endings.AddRange(otherFigures.Select(f => new End(f, "a later report gives another figure", SameDay: false)));
            }
            // "X is buying Y" and "X has agreed to buy Y" both end when the deal is called off.
            if (claim.Cancellable)
                endings.AddRange(Cancellations(claim, subject, sentences));
        }
        if (claim.Tense == ClaimTense.Event && !claim.Cancellable && claim.Family is not { EventLeavesState: true })
            return Answer(held.Count > 0 ? Supported(held, "the pages report it") : NotSupported(nearMisses), held);
        var answer = Decide(held, endings, future, requireHeld: true, out var reports);
        return Answer(answer.Verdict == Verdict.NotSupported ? answer with { Closest = nearMisses.Concat(answer.Closest).Take(3).ToList() } : answer, reports);
    }

    /// <summary>Whether the sentence names a word of the claim's predicate in a past form ("flew", "was delivered", "has compensated").</summary>
    private bool ReportsDone(ClaimShape claim, ReadSentence s) =>
        claim.Terms.Any(t => t.Groups.Count == 0 && TermAt(s.Words, t) is var at and >= 0 && lexicon.Forms.TenseOf(s.Words[at].Text) != FormTense.Other);

    private (Stance? Stance, string? Miss) Match(ClaimShape claim, ReadSentence s, List<ReadSentence> document)
    {
        // The subject in the sentence; the other people in the sentence too; organizations and places in the article.
        var subjectSpans = new List<(int From, int To)>();
        if (claim.Subject is { } subject)
        {
            if (subject.Resolved) subjectSpans.AddRange(s.Spans(subject.Keys));
            else if (s.FindName(subject.Text) is var at and >= 0) subjectSpans.Add((at, at + Words.Stems(subject.Text).Length));
            if (subjectSpans.Count == 0) return (null, null);
        }
        // The claim's names, once for the tests below that look for names that are not the claim's.
        var claimed = claim.NameKeys;
        foreach (var other in claim.Others)
        {
            bool inSentence = Mentions(s, other);
            if (inSentence) continue;
            if (!other.Resolved || other.Type == EntityType.Person) return (null, subjectSpans.Count == 0 ? null : $"does not name {other.Text}");
            // An organization the article names elsewhere may stand for "the deal", "the company"; not where the
            // sentence names another one in its stead ("offered $44.6 billion for Y" read where it names Z). Places
            // nest ("Moscow" for "Russia"), so they are not compared.
            if (other.Type == EntityType.Organization && NamesAnotherOfType(s, other, claimed)) return (null, subjectSpans.Count == 0 ? null : $"names another organization, not {other.Text}");
            if (!document.Any(d => Mentions(d, other))) return (null, null);
        }
        int covered = 0, firstTerm = int.MaxValue, lastTerm = -1;
        bool contrary = false;
        foreach (var term in claim.Terms)
        {
            int at = TermAt(s.Words, term);
            if (at < 0)
            {
                // "pleaded not guilty" where the claim says "pleaded guilty": the sentence says the contrary of a claim word.
                contrary |= term.Groups.Any(g => lexicon.SynonymGroups[g].AnyException(s.Words));
                // The predicate's head (the first content word after the subject) and the state's own words must be there.
                if (term == claim.Head || (claim.Family is { } family && family.Names.MatchAt(Words.Split(term.Text), 0) > 0)) return (null, null);
                continue;
            }
            covered++;
            firstTerm = Math.Min(firstTerm, at);
            lastTerm = Math.Max(lastTerm, at);
        }
        if (contrary) return (subjectSpans.Count == 0 ? null : Stance.Negated, null);
        int needed = (int)Math.Round(claim.Terms.Count * 0.6, MidpointRounding.AwayFromZero);
        if (covered < needed || (claim.Terms.Count > 0 && covered == 0)) return (null, null);
        if (!DetailsAgree(claim, s)) return (null, DifferentDetail);
        // "offered to acquire Z for $44.6 billion" read for "offered $44.6 billion for Y": another name stands where the
        // claim's organization would, among the predicate's words or right after them. A place the claim puts its
        // predicate in ("arrested in Russia") may be named by a smaller one ("in Yekaterinburg"), so it is not compared.
        if (claim.Others.FirstOrDefault(o => o.Type != EntityType.Person && !claim.IsPlaceOf(o) && !Mentions(s, o)) is { } missing && lastTerm >= 0 && AnotherNameIn(s, claimed, firstTerm, lastTerm + 3))
            return (null, subjectSpans.Count == 0 ? null : $"names another, not {missing.Text}");
        // "faces a murder charge" is not supported by a manslaughter charge.
        if (claim.FamilyObject.Any(t => TermAt(s.Words, t) < 0)) return (null, $"not about {string.Join(' ', claim.FamilyObject.OrderBy(t => t.At).Select(t => t.Text))}");
        // The subject's mention that governs the predicate: the last one before its first word, else the first.
        (int From, int To)? subjectSpan = subjectSpans.Count == 0 ? null
            : subjectSpans.Where(sp => sp.To <= firstTerm).Cast<(int, int)?>().LastOrDefault() ?? subjectSpans[0];
        if (firstTerm == int.MaxValue) firstTerm = subjectSpan?.To ?? 0;
        if (subjectSpan is { } span && (!SubjectGoverns(s, span, firstTerm, claimed) || !AgentOfHead(s.Words, span, claim))) return (null, null);
        return (StanceBetween(s, subjectSpan, firstTerm, lastTerm, claim.ProgressiveAction), null);
    }

    /// <summary>Whether a name that is none of the claim's stands among the predicate's words (from, to].</summary>
    private static bool AnotherNameIn(ReadSentence s, IReadOnlySet<long> claimed, int from, int to)
    {
        // A title read as a name of its own stands right before the claim's name it belongs to ("President X").
        bool TitleOfClaimed((long Key, EntityType Type, int From, int To) m) => s.Mentions.Any(c => c.From == m.To && claimed.Contains(c.Key));
        return s.Mentions.Any(m => m.From > from && m.From <= to && !claimed.Contains(m.Key) && !TitleOfClaimed(m));
    }

    /// <summary>Whether the sentence names an entity of the claim name's type that is none of the claim's names.</summary>
    private static bool NamesAnotherOfType(ReadSentence s, ClaimName other, IReadOnlySet<long> claimed) =>
        s.Mentions.Any(m => m.Type == other.Type && !claimed.Contains(m.Key));

    /// <summary>
    /// Whether the predicate found belongs to the subject: not when the subject only modifies another noun
    /// ("X's film ... has been found guilty") or another person stands between them outside an appositive.
    /// </summary>
    private static bool SubjectGoverns(ReadSentence s, (int From, int To) subject, int term, IReadOnlySet<long> claimed)
    {
        var words = s.Words;
        if (term < subject.From) return true;
        if (subject.To < words.Length && words[subject.To].Text == "'s" && term > subject.To + 3) return false;
        int from = SkipAppositive(words, subject.To);
        // "A and B called off ...": a name joined to the subject by "and" shares the predicate.
        while (from + 1 < words.Length && words[from].Stem == "and" && s.Mentions.FirstOrDefault(m => m.From == from + 1) is { To: > 0 } joined) from = joined.To;
        if (s.Mentions.Any(m => m.Type == EntityType.Person && !claimed.Contains(m.Key) && m.From >= from && m.To <= term)) return false;
        // "X competes with Y, which first flew": a relative clause opened after the subject speaks of what it follows.
        for (int i = from + 1; i < term; i++)
            if (words[i].Stem is "which" or "whose" or "who") return false;
        return true;
    }

    /// <summary>
    /// A subject after the predicate's head is its agent only after "by" ("the deal blocked by X"), unless the claim is a
    /// state or passive ("X has been impeached"): "Y sued to block X's purchase" does not say that X sued.
    /// </summary>
    private bool AgentOfHead(Word[] words, (int From, int To) subject, ClaimShape claim)
    {
        if (claim.Tense == ClaimTense.State || claim.Head is not { } head || TermAt(words, head) is var at && (at < 0 || at > subject.From)) return true;
        return claim.Passive || AgentAfter(words, at, subject.From);
    }

    /// <summary>
    /// "by" (or "from") opens the words before the subject, past the predicate: "was sued by X", "a lawsuit from X";
    /// or "to" right before it names who received ("was delivered to X" for "X has taken delivery").
    /// </summary>
    private static bool AgentAfter(Word[] words, int term, int subjectFrom)
    {
        for (int i = Math.Max(term + 1, subjectFrom - 3); i < subjectFrom; i++)
            if (words[i].Stem is "by" or "from") return true;
        return subjectFrom - 1 > term && words[subjectFrom - 1].Stem == "to";
    }

    private int TermAt(Word[] words, ClaimTerm term)
    {
        for (int i = 0; i < words.Length; i++)
            if (TermIsAt(words, i, term)) return i;
        return -1;
    }

    private bool TermIsAt(Word[] words, int i, ClaimTerm term) =>
        // "pre-trial" is not "trial": a compound's second part does not stand for the word alone.
        !words[i].Hyphenated
        && (term.Groups.Count > 0 ? term.Groups.Any(g => lexicon.SynonymGroups[g].MatchAt(words, i) > 0)
            : Words.At(words, i, term.Stems) || lexicon.Forms.Names(term.FormKeys, words[i].Text) || Words.CompoundAt(words, i, term.Stems));

    /// <param name="planIsUnderWay">The claim is an action in the progressive: a decided plan ("has announced") is the action under way.</param>
    private Stance StanceBetween(ReadSentence s, (int From, int To)? subject, int term, int lastTerm, bool planIsUnderWay = false)
    {
        var words = s.Words;
        // "X pleaded not guilty": a negation among the claim's own words negates it too.
        if (lastTerm > term && lexicon.NegationCues.AnyIn(words, term, lastTerm)) return Stance.Negated;
        int from = subject is { } sp ? Math.Min(sp.To, term) : Math.Max(0, term - 4);
        int to = subject is { } sp2 ? Math.Max(sp2.From, term) : term;
        from = Math.Max(0, Math.Min(from, term - 3));
        if (subject is { } span && span.From >= 1 && lexicon.EndedTitleCues.MatchAt(words, span.From - 1) > 0) return Stance.Ended;
        if (lexicon.NegationCues.AnyIn(words, from, to)) return Stance.Negated;
        if ((lexicon.FutureCues.AnyIn(words, from, to) && !(planIsUnderWay && OnlyArrangedCues(words, from, to))) || lexicon.FutureVerbs.AnyIn(words, from, to))
            return Stance.Future;
        // "expects the deal to close", "vowed to complete the purchase": an infinitive is not yet done.
        // A decided plan is the action under way: "has agreed to buy Y" for "X is buying Y".
        if (term > 0 && words[term - 1].Stem == "to" && (subject is not { } s0 || s0.To < term))
            return planIsUnderWay && ArrangedBefore(words, term) ? Stance.Holds : Stance.Future;
        // "Her sentencing is set for June 12": the schedule follows the event's own word.
        if (IsScheduled(words, lastTerm + 1)) return Stance.Future;
        return Stance.Holds;
    }

    /// <summary>A decided plan's words end right before <paramref name="term"/>: "agreed to", "plans to".</summary>
    private bool ArrangedBefore(Word[] words, int term)
    {
        for (int k = Math.Max(0, term - 5); k < term; k++)
            if (lexicon.ArrangedFutureCues.MatchAt(words, k) is var length and > 0 && k + length == term) return true;
        return false;
    }

    /// <summary>Every future cue in [from, to) reports a decided plan ("announced", "plans to"), none a possibility ("may", "in talks").</summary>
    private bool OnlyArrangedCues(Word[] words, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, words.Length); i++)
            if (lexicon.FutureCues.MatchAt(words, i) is var length and > 0 && lexicon.ArrangedFutureCues.MatchAt(words, i) < length) return false;
        return true;
    }

    private static readonly HashSet<string> ScheduleStems = new(StringComparer.Ordinal) { "set", "schedul", "slat", "expect", "due", "plann" };

    private static bool IsScheduled(Word[] words, int after)
    {
        // "... trial for manslaughter, scheduled for July".
        for (int i = after; i < Math.Min(words.Length - 1, after + 3); i++)
            if (words[i].Text == "," && ScheduleStems.Contains(words[i + 1].Stem)) return true;
        for (int i = after; i < Math.Min(words.Length, after + 2); i++)
            if (words[i].Stem is "is" or "was" or "ha" or "has" or "been" or "remain" or "are")
                for (int j = i + 1; j < Math.Min(words.Length, i + 3); j++)
                    if (ScheduleStems.Contains(words[j].Stem)) return true;
        return false;
    }

    private IEnumerable<End> FamilyEndings(ClaimShape claim, ClaimName subject, List<ReadSentence> sentences)
    {
        if (claim.Family is not { } family) yield break;
        // "X has blocked the takeover of Y" ends when the takeover of Y is cleared, whoever clears it.
        IReadOnlyList<long> keys = family.EventLeavesState ? subject.Keys.Concat(claim.Others.Where(o => o.Resolved).SelectMany(o => o.Keys)).ToList() : subject.Keys;
        foreach (var s in sentences)
        {
            foreach (var (from, to) in s.Spans(keys))
            {
                var (clauseFrom, clauseTo) = s.Clause(from);
                int at = FirstEnding(family, claim, s.Words, to, Math.Min(clauseTo, to + 12));
                if (at < 0) { at = FirstEnding(family, claim, s.Words, Math.Max(clauseFrom, from - 8), from); if (at >= 0 && s.Words[at].Stem is "new") at = -1; }
                if (at < 0) continue;
                int lo = Math.Max(0, Math.Min(at, to) - 3), hi = Math.Max(at, from);
                if (lexicon.FutureCues.AnyIn(s.Words, lo, hi) || lexicon.NegationCues.AnyIn(s.Words, lo, hi)) continue;
                if (s.AnyPersonIn(Math.Min(at, to), Math.Max(at, from), subject.Keys[0]) && at > to) continue;
                yield return new End(s, $"{family.Name.Replace('_', ' ')} ended", SameDay: false) { Family = true };
                break;
            }
        }
    }

    /// <summary>"X is held at Y" ends where a sentence about X says X was flown, moved or transferred from Y.</summary>
    private IEnumerable<End> MovedFrom(ClaimShape claim, ClaimName subject, List<ReadSentence> sentences)
    {
        var places = claim.Others.Where(claim.IsPlaceOf).ToList();
        if (places.Count == 0) yield break;
        foreach (var s in sentences)
        {
            if (!s.Names(subject.Keys)) continue;
            var words = s.Words;
            for (int at = lexicon.MovedCues.FirstIn(words, 0, words.Length); at >= 0; at = lexicon.MovedCues.FirstIn(words, at + 1, words.Length))
            {
                int from = at + lexicon.MovedCues.MatchAt(words, at);
                if (from >= words.Length || words[from].Stem != "from" || lexicon.FutureCues.AnyIn(words, Math.Max(0, at - 3), at)) continue;
                // The place by its entity or by its words (a page may have typed the same name otherwise).
                if (!places.Any(p => s.Mentions.Any(m => p.Keys.Contains(m.Key) && m.From > from && m.From <= from + 2) || s.FindName(p.Text) is var at2 && at2 > from && at2 <= from + 2)) continue;
                yield return new End(s, "moved from there", SameDay: false);
                break;
            }
        }
    }

    /// <summary>
    /// The first ending word of the family in [from, to) that is not one of the claim's own words: in "X is appealing
    /// the ruling", "ruling" names what is appealed, not a ruling on the appeal.
    /// </summary>
    private int FirstEnding(StateFamily family, ClaimShape claim, Word[] words, int from, int to)
    {
        for (int at = family.EndedBy.FirstIn(words, from, to); at >= 0; at = family.EndedBy.FirstIn(words, at + 1, to))
            if (!claim.Terms.Any(t => TermIsAt(words, at, t))) return at;
        return -1;
    }

    private IEnumerable<End> Cancellations(ClaimShape claim, ClaimName subject, List<ReadSentence> sentences)
    {
        foreach (var s in sentences)
        {
            if (!s.Names(subject.Keys) || !claim.Others.All(o => Mentions(s, o))) continue;
            int at = lexicon.CancelCues.FirstIn(s.Words, 0, s.Words.Length);
            if (at < 0 || lexicon.FutureCues.AnyIn(s.Words, Math.Max(0, at - 4), at) || lexicon.NegationCues.AnyIn(s.Words, Math.Max(0, at - 3), at)) continue;
            if (!claim.Terms.Any(t => TermAt(s.Words, t) >= 0)) continue;
            yield return new End(s, "called off", SameDay: true);
        }
    }

    // ---- verdicts ---------------------------------------------------------------------------------------------

    /// <summary>
    /// A state holds when its last report is not followed by its ending. An explicit ending ("resigned", "former")
    /// also ends a report of the same day; a successor or a family ending only a report of an earlier day. A
    /// sentence that reports the ending is not a report that the state holds.
    /// </summary>
    /// <param name="reports">The reports of the state the answer rests on (those that do not report its ending).</param>
    private static ReaderAnswer Decide(List<ReadSentence> held, List<End> endings, List<ReadSentence> toCome, bool requireHeld, out List<ReadSentence> reports)
    {
        var endingSentences = endings.Where(e => e.About == EndKind.Own).Select(e => e.Sentence).ToHashSet(ReferenceEqualityComparer.Instance);
        held = reports = held.Where(s => !endingSentences.Contains(s)).ToList();
        if (held.Count == 0)
        {
            if (!requireHeld && endings.FirstOrDefault(e => e.Why is "reported as former" or "removed or replaced" or "stepped down") is { } former)
                return Outdated([], former);
            return NotSupported(toCome.Select(s => new Closest(Cite(s), "reported only as to come")));
        }
        var lastHeld = held.Max(s => s.Date);
        // An article that reports the ending speaks of the state before it as background ("returned home after
        // five weeks in hospital"): its own reports of the state do not outlast the ending it reports.
        var lastDocuments = held.Where(s => s.Date == lastHeld).Select(s => s.Source.DocumentId).ToHashSet(StringComparer.Ordinal);
        bool EndsLastReports(End e) => e.Family && e.Date == lastHeld && lastDocuments.Count == 1 && lastDocuments.Contains(e.Sentence.Source.DocumentId);
        var ending = endings.Where(e => e.Date > lastHeld || (e.SameDay && e.Date == lastHeld) || EndsLastReports(e))
            .OrderBy(e => e.Date).FirstOrDefault();
        return ending is not null ? Outdated(held, ending) : Supported(held, "holds");
    }

    private static ReaderAnswer Supported(List<ReadSentence> sentences, string why) =>
        new(Verdict.Supported, Cite(sentences.OrderByDescending(s => s.Date)), null, [], why);

    private static ReaderAnswer Outdated(List<ReadSentence> held, End ending) =>
        new(Verdict.Outdated, Cite(held.OrderByDescending(s => s.Date).Take(3).Append(ending.Sentence)),
            new Ending(ending.Date.ToString("yyyy-MM-dd"), ending.Why, ending.Sentence.Source.DocumentId), [], $"ended {ending.Date:yyyy-MM-dd}: {ending.Why}");

    private static ReaderAnswer NotSupported(IEnumerable<Closest> closest) =>
        new(Verdict.NotSupported, [], null, closest.DistinctBy(c => c.Evidence.Sentence).Take(3).ToList(), "no article up to this date establishes it");

    private static ReaderAnswer NotSupported(IEnumerable<ReadSentence> closest, string why) =>
        NotSupported(closest.Select(s => new Closest(Cite(s), why)));

    private static Evidence Cite(ReadSentence s) => new(s.Source.DocumentId, s.Date, s.Source.Text);

    private static IReadOnlyList<Evidence> Cite(IEnumerable<ReadSentence> sentences) =>
        sentences.Select(Cite).DistinctBy(e => Words.Fold(e.Sentence)).Take(6).ToList();
}
