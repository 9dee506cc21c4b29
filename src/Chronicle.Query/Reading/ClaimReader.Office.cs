using Chronicle.Domain.Entities;

namespace Chronicle.Query.Reading;

/// <summary>
/// The claim reader's office path: who holds, took, left or is to take the claimed post, when a start reported
/// ahead takes effect, and what ends a post (the holder's own ending, a successor, a death, a move elsewhere).
/// </summary>
public sealed partial class ClaimReader
{
    /// <param name="from">The first day of the articles read (null: every article up to the as-of date).</param>
    private (ReaderAnswer Answer, bool Settled) ReadOffice(ClaimShape claim, ClaimOffice office, ClaimName holder, List<ReadSentence> sentences,
        Dictionary<string, List<ReadSentence>> documents, DateOnly asOf, DateOnly? from)
    {
        var holdings = new List<Holding>();
        foreach (var s in sentences)
            foreach (var h in _offices.Read(s, office, office.Qualifiers))
                if (OrganizationAgrees(office, h, documents[s.Source.DocumentId])) holdings.Add(h);
        bool IsHolder(long key) => holder.Keys.Contains(key);
        var own = holdings.Where(h => IsHolder(h.Person) && DetailsAgree(claim, h.Sentence)).ToList();
        // A post taken now that starts on a later date ("effective February 15", "will take over on 11 November",
        // said anywhere in the article about the holder) is still to come before that date.
        var laterStart = documents.ToDictionary(d => d.Key, d => d.Value.Where(s => s.Names(holder.Keys)).Select(s => StartDate(s)).Where(x => x is not null).Min());
        // Another report of the same days may give the start the first one leaves out ("appoint X as head coach" /
        // "X will begin his tenure on November 11"): reports of the appointment within a week share its start.
        var startsReported = documents.Where(d => laterStart[d.Key] is not null).Select(d => (Reported: d.Value[0].Date, Start: laterStart[d.Key]!.Value)).ToList();
        bool SiblingStartsLater(ReadSentence s) => startsReported.Any(r => r.Start > asOf && Math.Abs(r.Reported.DayNumber - s.Date.DayNumber) <= SameNewsDays);
        bool StartsLater(Holding h) => h.Stance is Stance.Starts or Stance.Holds
                                       && (StartsAfter(h.Sentence, asOf) || laterStart[h.Sentence.Source.DocumentId] > asOf || SiblingStartsLater(h.Sentence));
        // "X will take charge as interim head coach": a stand-in post announced with no later date fills the vacancy now.
        bool startsAtOnce = office.Qualifiers.Any(q => lexicon.StartAtOnceQualifiers.MatchAt(Words.Split(q), 0) > 0);
        bool Begun(Holding h) => StartedOnSchedule(h, asOf) || startsAtOnce && h.Stance == Stance.Future && StartDate(h.Sentence, announced: true) is null;
        var held = own.Where(h => h.Stance is Stance.Holds or Stance.Starts && !StartsLater(h) || Begun(h)).Select(h => h.Sentence)
            .Concat(PresupposedHoldings(holder, sentences, office)).ToList();
        var toCome = own.Where(h => h.Stance == Stance.Future && !Begun(h) || StartsLater(h)).Select(h => h.Sentence).ToList();
        var endings = own.Where(h => h.Stance == Stance.Ended).Select(h => new End(h.Sentence, "reported as former", SameDay: true)).ToList();
        endings.AddRange(OwnEndings(holder, sentences, office));
        endings.AddRange(Deaths(holder, sentences));
        var heldGroups = own.Select(h => h.Group).ToHashSet();
        // One holder at a time, unless the claim itself says the post is shared ("co-chief executives").
        if ((lexicon.SingletonGroups.Contains(office.Group) || office.AnyTopOffice) && !office.Qualifiers.Contains("co"))
        {
            bool Successor(Holding h) => !IsHolder(h.Person) && heldGroups.Contains(h.Group)
                                         && (h.Stance is Stance.Holds or Stance.Starts && !StartsAfter(h.Sentence, asOf) || StartedOnSchedule(h, asOf));
            endings.AddRange(holdings.Concat(HoldersElsewhere(office, holder, documents.Keys, asOf, from)).Where(Successor).Select(End.TookThePost));
        }
        // A stand-in's post ends when someone takes the post itself: "X started as chief executive" after "Y was named interim chief executive".
        if (startsAtOnce)
            endings.AddRange(sentences.SelectMany(s => _offices.Read(s, office, []))
                .Where(h => !IsHolder(h.Person) && h.Stance is Stance.Holds or Stance.Starts && !StartsAfter(h.Sentence, asOf)
                            && !(laterStart[h.Sentence.Source.DocumentId] > asOf))
                .Where(h => OrganizationAgrees(office, h, documents[h.Sentence.Source.DocumentId]))
                .Select(End.TookThePost));
        if (lexicon.OnePerHolderGroups.Contains(office.Group) && office.Organization is { } org)
            endings.AddRange(OtherOrganizations(holder, office, org, sentences, asOf, laterStart)
                .Select(m => new End(m.Sentence, "moved to another organization", SameDay: false) { EffectiveOn = m.StartsOn }));

        if (claim.Tense == ClaimTense.Future || office.Designate)
        {
            // "X will become", "X is president-elect": supported while only to come; outdated once taken.
            if (toCome.Count == 0) return (NotSupported([]), false);
            if (office.Designate && held.Where(s => s.Date >= toCome.Min(t => t.Date)).ToList() is { Count: > 0 } taken)
                return (Outdated(toCome, new End(taken.OrderBy(s => s.Date).First(), "took office", true)), false);
            return (Supported(toCome, "reported as to come"), false);
        }
        if (claim.Tense == ClaimTense.Event)
        {
            // "X has stepped down as CEO" is about the ending; "Y has named X as its next CEO" about the appointment.
            if (claim.Terms.Any(t => lexicon.OwnEndings.MatchAt(Words.Split(t.Text), 0) > 0 || lexicon.DoneToEndings.MatchAt(Words.Split(t.Text), 0) > 0))
            {
                // The holder's own ending: another holder taking the post does not say how this one left it.
                var ended = endings.Where(e => e.SameDay && e.About == EndKind.Own).Select(e => e.Sentence).ToList();
                return (ended.Count > 0 ? Supported(ended, "the pages report it") : NotSupported(toCome.Select(s => new Closest(Cite(s), "only announced as to come"))), false);
            }
            var appointed = own.Where(h => h.Stance is Stance.Starts or Stance.Holds or Stance.Future).Select(h => h.Sentence).ToList();
            return (appointed.Count > 0 ? Supported(appointed, "the pages report it") : NotSupported([]), false);
        }
        var answer = Decide(held, endings, toCome, requireHeld: false, out var reports);
        // Settled from a window only where older articles cannot add an ending after the newest report: an ending
        // dated later than its article (a move to another organization) or a successor in another of the top offices
        // the holder was reported in could. A report within a week of the window's start may still be given a later
        // start by an older report of the same news.
        bool settleable = OfficeSettles(claim, office) && own.Count > 0;
        return (answer, from is not { } start || settleable && Settled(answer.Verdict, reports, start.AddDays(SameNewsDays)));
    }

    /// <summary>
    /// Holdings of the office in articles that do not name the holder ("Y was sworn in as Scotland's first
    /// minister" in a report about Y alone): read from the sentences that name the office's organization or place.
    /// A holder written another way (a surname the store did not join) is not a successor. Only the articles from
    /// <paramref name="from"/> on, when the reader reads a window of days.
    /// </summary>
    private IEnumerable<Holding> HoldersElsewhere(ClaimOffice office, ClaimName holder, IEnumerable<string> readDocuments, DateOnly asOf, DateOnly? from)
    {
        if (office.Organization is not { Resolved: true } organization) yield break;
        var read = readDocuments.ToHashSet(StringComparer.Ordinal);
        string holderSurname = Words.Fold(holder.Text.Split(' ')[^1]);
        foreach (var source in store.SentencesMentioning(organization.Keys, asOf, from))
        {
            if (read.Contains(source.DocumentId) || !source.Mentions.Any(m => m.Type == EntityType.Person)) continue;
            var s = new ReadSentence(source);
            foreach (var h in _offices.Read(s, office, office.Qualifiers))
            {
                if (h.Organization is { } named && !NameAgrees(organization, named)) continue;
                if (source.Mentions.Any(m => m.EntityKey == h.Person && Words.Fold(m.Text).Split(' ').Contains(holderSurname))) continue;
                yield return h;
            }
        }
    }

    /// <summary>Reports this many days apart or closer tell the same news (an appointment and its start date).</summary>
    private const int SameNewsDays = 7;

    /// <summary>A post announced as to come on a given date ("is set to take office on Friday") that has come by the as-of date.</summary>
    private bool StartedOnSchedule(Holding h, DateOnly asOf) => h.Stance == Stance.Future && StartDate(h.Sentence, announced: true) is { } start && start <= asOf;

    /// <summary>Whether the sentence gives a start date after the as-of date ("effective February 15", "from January").</summary>
    private bool StartsAfter(ReadSentence s, DateOnly asOf) => StartDate(s) is { } start && start > asOf;

    private readonly Dictionary<(ReadSentence, bool), DateOnly?> _startDates = new();

    /// <summary>
    /// The later date the sentence gives for a start, if any. In a sentence that <paramref name="announced"/> the post as
    /// to come, a bare weekday is the coming one ("is set to take office on Friday"), whatever tense the rest has.
    /// </summary>
    private DateOnly? StartDate(ReadSentence s, bool announced = false)
    {
        if (_startDates.TryGetValue((s, announced), out var known)) return known;
        DateOnly? found = null;
        foreach (var t in Chronicle.Time.TimeTagger.Default.Tag(s.Source.Text, s.Date))
        {
            if (t.Type != Chronicle.Domain.Time.TimexType.Date || t.Parsed.Earliest is not { } earliest) continue;
            var date = DateOnly.FromDateTime(earliest);
            if (announced && date <= s.Date && date > s.Date.AddDays(-7) && Words.IsWeekday(t.Text)) date = date.AddDays(7);
            if (date <= s.Date) continue;
            if (StartsAt(Words.Split(s.Source.Text[..t.Start]))) { found = date; break; }
        }
        _startDates[(s, announced)] = found;
        return found;
    }

    /// <summary>Whether the words before a date make it a start: "effective", "from", or "on" after a start verb ("becomes CEO on").</summary>
    private bool StartsAt(Word[] before)
    {
        for (int from = Math.Max(0, before.Length - 4); from < before.Length; from++)
        {
            int cue = lexicon.StartDateCues.MatchAt(before, from);
            if (cue > 0 && from + cue == before.Length) return true;
            int afterVerb = lexicon.StartDateAfterVerb.MatchAt(before, from);
            // A sentence that opens with the date ("On May 20, X ...") has no verb before it.
            if (afterVerb > 0 && from > 0 && from + afterVerb == before.Length)
            {
                int clauseStart = Math.Max(Math.Max(0, from - 10), Array.FindLastIndex(before, from - 1, w => w.Text is "," or ";" or ":") + 1);
                if (lexicon.StartDateVerbs.AnyIn(before, clauseStart, from)) return true;
            }
        }
        return false;
    }

    private enum EndKind { Own, Successor }

    private bool OrganizationAgrees(ClaimOffice office, Holding h, List<ReadSentence> document)
    {
        if (office.Organization is not { } org) return true;
        if (h.Organization is { } named) return NameAgrees(org, named);
        // No organization at the title: the article must name the claim's.
        return document.Any(s => Mentions(s, org));
    }

    private bool NameAgrees(ClaimName claimed, string named) =>
        NameAgrees(claimed.Text, named) || claimed.FormerNames.Any(former => NameAgrees(former, named));

    private bool NameAgrees(string claimed, string named)
    {
        string a = Words.Fold(claimed), b = Words.Fold(named);
        if (a == b || a.Contains(b) || b.Contains(a)) return true;
        if (lexicon.PlaceNames.TryGetValue(a, out var others) && others.Contains(b)) return true;
        if (Initials(claimed) == named || Initials(named) == claimed) return true;
        // A people's name for its place: "Brazilian" for Brazil, "Scottish" for Scotland (shared start of four letters).
        return a.Length >= 4 && b.Length >= 4 && a[..4] == b[..4];
    }

    /// <summary>"Scottish National Party" → "SNP" (for names written out on one side and short on the other).</summary>
    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());

    private bool Mentions(ReadSentence s, ClaimName name) =>
        (name.Resolved && s.Names(name.Keys)) || s.ContainsName(name.Text) || name.FormerNames.Any(s.ContainsName)
        || (Initials(name.Text) is { Length: >= 2 } initials && name.Text.Contains(' ') && s.Words.Any(w => w.Text == initials))
        || (lexicon.PlaceNames.TryGetValue(Words.Fold(name.Text), out var others) && others.Any(o => s.ContainsName(o)));

    /// <summary>"X resigned", "X stepped down as prime minister", "Y replaced X": the subject's own ending, in a sentence about the claim's office.</summary>
    private IEnumerable<End> OwnEndings(ClaimName subject, List<ReadSentence> sentences, ClaimOffice? office)
    {
        // Each mention of the subject read once: what ending follows it, and what that ending names.
        var read = sentences.Select(s => (Sentence: s, Mentions: s.Spans(subject.Keys)
            .Select(span => (span.From, Why: EndingAfter(s, span.To, office, out var names), Names: names)).ToList())).ToList();
        // "X resigned as party leader" in an article: its bare "X resigns" is about that post, not the claim's.
        var namedOtherPost = read.Where(r => r.Mentions.Any(m => m.Names == EndingNames.OtherPost))
            .Select(r => r.Sentence.Source.DocumentId).ToHashSet(StringComparer.Ordinal);
        foreach (var (s, mentions) in read)
        {
            foreach (var (from, why, names) in mentions)
            {
                if (why is not null && !(names == EndingNames.Nothing && namedOtherPost.Contains(s.Source.DocumentId)))
                { yield return new End(s, why, SameDay: true); break; }
                if (DoneToBefore(s, from)) { yield return new End(s, "removed or replaced", SameDay: true); break; }
            }
        }
    }

    /// <summary>What an ending says it ends: nothing named ("X resigned"), the claimed post, or another post ("resigned as party leader").</summary>
    private enum EndingNames { Nothing, ClaimedPost, OtherPost }

    private string? EndingAfter(ReadSentence s, int nameEnd, ClaimOffice? office, out EndingNames names)
    {
        names = EndingNames.Nothing;
        var words = s.Words;
        var (_, clauseTo) = s.Clause(nameEnd);
        int start = SkipAppositive(words, nameEnd);
        for (int i = start; i < Math.Min(clauseTo, start + 7); i++)
        {
            if (s.Mentions.Any(m => m.From == i && m.Type == EntityType.Person)) return null;
            int own = lexicon.OwnEndings.MatchAt(words, i);
            int passive = i + 1 < words.Length && words[i].Stem is "was" or "were" or "been" or "ha" or "has" ? lexicon.DoneToEndings.MatchAt(words, i + 1) : 0;
            if (own == 0 && passive == 0) continue;
            if (lexicon.FutureCues.AnyIn(words, nameEnd, i) || lexicon.NegationCues.AnyIn(words, nameEnd, i)) return null;
            int end = i + Math.Max(own, passive + 1);
            // "resigned as party leader" ends that office, not the claim's; "X was impeached" ends whatever X held.
            if (office is not null && passive == 0)
            {
                if (end < words.Length && words[end].Stem == "as")
                {
                    names = ClaimedTitleAt(s, end + 1, office) ? EndingNames.ClaimedPost : EndingNames.OtherPost;
                    return names == EndingNames.ClaimedPost ? "stepped down" : null;
                }
                return lexicon.SynonymGroups[office.Group].AnyIn(words, 0, words.Length) ? "stepped down" : null;
            }
            return "ended";
        }
        return null;
    }

    /// <summary>After "X, chief executive of Y," the words that say what X did start past the second comma.</summary>
    private static int SkipAppositive(Word[] words, int nameEnd)
    {
        if (nameEnd >= words.Length || words[nameEnd].Text != ",") return nameEnd;
        for (int i = nameEnd + 1; i < Math.Min(words.Length, nameEnd + 12); i++)
            if (words[i].Text == ",") return i + 1;
        return nameEnd;
    }


    private static readonly HashSet<string> PostNouns =
        Words.StemSet("club", "company", "team", "side", "party", "post", "role", "job", "office", "government", "firm", "group", "board", "position", "seat");

    /// <summary>
    /// An ending that has not happened ("X will step down as chief executive", "X's decision to leave the club",
    /// "whether X should resign") presupposes that X holds the post when it is said.
    /// </summary>
    private IEnumerable<ReadSentence> PresupposedHoldings(ClaimName holder, List<ReadSentence> sentences, ClaimOffice office)
    {
        foreach (var s in sentences)
        {
            var words = s.Words;
            foreach (var (_, to) in s.Spans(holder.Keys))
            {
                var (_, clauseTo) = s.Clause(to);
                int start = SkipAppositive(words, to), found = -1;
                for (int i = start; i < Math.Min(clauseTo, start + 10) && found < 0; i++)
                {
                    if (s.Mentions.Any(m => m.From == i && m.Type == EntityType.Person)) break;
                    int length = lexicon.OwnEndings.MatchAt(words, i);
                    if (length == 0) continue;
                    bool unrealised = lexicon.FutureCues.AnyIn(words, to, i) || lexicon.FutureVerbs.AnyIn(words, to, i) || lexicon.NegationCues.AnyIn(words, to, i);
                    if (unrealised && EndsClaimedPost(s, i + length, office)) found = i;
                    else break;
                }
                if (found >= 0 || SuccessorSought(s, to, office)) { yield return s; break; }
            }
        }
    }

    /// <summary>
    /// "time to decide on X's successor", "the search for X's replacement": a successor still to be found, in a sentence
    /// that names the claimed office or its organization, presupposes that X holds the post.
    /// </summary>
    private bool SuccessorSought(ReadSentence s, int nameEnd, ClaimOffice office)
    {
        var words = s.Words;
        if (nameEnd + 1 >= words.Length || words[nameEnd].Text != "'s" || lexicon.SuccessorNouns.MatchAt(words, nameEnd + 1) == 0) return false;
        // A successor named right after ("X's successor, Y,") has been found.
        if (s.Mentions.Any(m => m.Type == EntityType.Person && m.From > nameEnd + 1 && m.From <= nameEnd + 4)) return false;
        var (clauseFrom, _) = s.Clause(nameEnd);
        bool sought = lexicon.FutureCues.AnyIn(words, clauseFrom, nameEnd) || lexicon.SuccessionSearch.AnyIn(words, clauseFrom, nameEnd);
        bool aboutThePost = (office.Organization is { } org && Mentions(s, org))
                            || NamesClaimedOffice(s, office);
        return sought && aboutThePost;
    }

    /// <summary>What follows an ending verb names the claim's post: "as chief executive (of Y)", "Y", or "the club" in a sentence naming Y.</summary>
    private bool EndsClaimedPost(ReadSentence s, int after, ClaimOffice office)
    {
        var words = s.Words;
        // "the search for a new first minister of Scotland after X's decision to stand down": an ending with no
        // object, in a sentence that names the claimed office, ends that office.
        if (after >= words.Length || words[after].Text is "." or "," or ";" or "!" or "?")
            return NamesClaimedOffice(s, office);
        if (words[after].Stem == "as") return ClaimedTitleAt(s, after + 1, office);
        if (office.Organization is not { } org) return false;
        int at = words[after].Stem is "the" or "his" or "her" or "their" or "its" ? after + 1 : after;
        if (at >= words.Length) return false;
        if (s.Mentions.FirstOrDefault(m => m.From == at && m.Type != EntityType.Person) is { To: > 0 } named)
            return NameAgrees(org, OfficeReader.Text(words, named.From, named.To));
        return PostNouns.Contains(words[at].Stem) && Mentions(s, org);
    }

    /// <summary>Whether the sentence names the claim's title anywhere, at the claim's organization or at none.</summary>
    private bool NamesClaimedOffice(ReadSentence s, ClaimOffice office) =>
        Enumerable.Range(0, s.Words.Length).Any(i => lexicon.SynonymGroups[office.Group].MatchAt(s.Words, i) > 0 && ClaimedTitleAt(s, i, office));

    /// <summary>
    /// The claim's title within four words ("as the company's chief executive"), at the claim's organization:
    /// "resigned as chief executive of Y" ends the claim's post only when Y is the claim's organization (or none is named).
    /// </summary>
    private bool ClaimedTitleAt(ReadSentence s, int at, ClaimOffice office)
    {
        for (int i = at; i < Math.Min(s.Words.Length, at + 4); i++)
        {
            int length = lexicon.SynonymGroups[office.Group].MatchAt(s.Words, i);
            if (length == 0) continue;
            return office.Organization is not { } org || OfficeReader.OrganizationAt(s, i, i + length) is not { } named || NameAgrees(org, named);
        }
        return false;
    }

    /// <summary>"Y replaced X", "terminated Chief Executive X": an ending done to the person (titles and organizations may stand between).</summary>
    private bool DoneToBefore(ReadSentence s, int nameFrom)
    {
        var words = s.Words;
        for (int i = Math.Max(0, nameFrom - 6); i < nameFrom; i++)
        {
            int length = lexicon.DoneToEndings.MatchAt(words, i);
            if (length == 0 || i + length > nameFrom) continue;
            if (words[(i + length)..nameFrom].Any(w => !w.Capitalized && w.Stem is not ("the" or "former" or "ex" or "his" or "her" or "its" or "'s")
                                                        && lexicon.GroupsAt([w], 0).Length == 0)) continue;
            if (i > 0 && words[i - 1].Stem is "to" or "will" or "would" or "could" or "may" or "might") continue;
            if (lexicon.FutureCues.AnyIn(words, Math.Max(0, i - 4), i) || lexicon.NegationCues.AnyIn(words, Math.Max(0, i - 3), i)) continue;
            return true;
        }
        return false;
    }

    /// <summary>"X died", "the death of X", "X's death", "the late X".</summary>
    private IEnumerable<End> Deaths(ClaimName subject, List<ReadSentence> sentences)
    {
        if (subject.Type is not EntityType.Person) yield break;
        foreach (var s in sentences)
        {
            foreach (var (from, to) in s.Spans(subject.Keys))
            {
                var words = s.Words;
                // "X died", not "X ... over her death" (a death named by a possessive or article is someone's, maybe not X's).
                // "X, the head of Y, was killed": the appositive stands between the name and its verb.
                int verbFrom = SkipAppositive(words, to);
                bool after = Enumerable.Range(verbFrom, Math.Min(4, words.Length - verbFrom)).Any(i => lexicon.DeathCues.MatchAt(words, i) > 0 && words[i].Stem != "late"
                                                                                             && words[i - 1].Stem is not ("her" or "his" or "their" or "its" or "the" or "a"))
                             && !lexicon.FutureCues.AnyIn(words, verbFrom, Math.Min(words.Length, verbFrom + 4)) && !lexicon.NegationCues.AnyIn(words, verbFrom, Math.Min(words.Length, verbFrom + 3));
                bool before = (from >= 2 && words[from - 1].Stem == "of" && words[from - 2].Stem == "death") || (from >= 1 && words[from - 1].Stem == "late")
                              || (to + 1 < words.Length && words[to].Text == "'s" && words[to + 1].Stem == "death");
                if (after || before) { yield return new End(s, "died", SameDay: true); break; }
            }
        }
    }

    /// <summary>
    /// The holder's posts at other organizations, each with the day it starts: a later start given in the sentence or
    /// elsewhere in its article ("will begin his tenure on November 11"); none that starts after the as-of date.
    /// </summary>
    private IEnumerable<(ReadSentence Sentence, DateOnly? StartsOn)> OtherOrganizations(ClaimName subject, ClaimOffice office, ClaimName org,
        List<ReadSentence> sentences, DateOnly asOf, Dictionary<string, DateOnly?> laterStart)
    {
        var elsewhere = office with { Organization = null };
        foreach (var s in sentences)
            foreach (var h in _offices.Read(s, elsewhere, office.Qualifiers))
            {
                if (!subject.Keys.Contains(h.Person) || h.Stance is not (Stance.Holds or Stance.Starts) || h.Organization is not { } named || NameAgrees(org, named)) continue;
                var startsOn = StartDate(s) ?? (h.Stance == Stance.Starts ? laterStart.GetValueOrDefault(s.Source.DocumentId) : null);
                if (startsOn > asOf) continue;
                yield return (s, startsOn);
            }
    }
}
