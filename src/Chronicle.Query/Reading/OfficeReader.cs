using Chronicle.Domain.Entities;

namespace Chronicle.Query.Reading;

/// <summary>A person said, in a sentence, to hold, take, have left or be about to take an office.</summary>
public sealed record Holding(long Person, Stance Stance, ReadSentence Sentence, string? Organization)
{
    /// <summary>The synonym group of the title found (for a claim about any top office, which one it was).</summary>
    public int Group { get; init; }
}

/// <summary>
/// Finds who holds an office in a sentence: "Prime Minister X", "X, the prime minister", "X was named chief
/// executive", "named X as chief executive", "Y replaced X as coach", with the title's qualifiers ("interim",
/// "deputy"), its organization ("of Y", "Y's", "Y"), and time cues ("former", "incoming", "-elect").
/// </summary>
public sealed class OfficeReader(ReadingLexicon lexicon)
{
    /// <summary>Words that open another clause: a person before them is not the subject of the title after them.</summary>
    private static readonly HashSet<string> Subordinators = Words.StemSet("when", "after", "before", "because", "while", "if", "since", "until", "although", "though", "whether");

    private static readonly HashSet<string> Fillers = Words.StemSet("the", "a", "an", "its", "his", "her", "their", "new", "as", "to", "be", "of", "'s", "country", "nation", "s", "newly", "first", "female", "youngest", "oldest", "permanent", "official", "current", "sitting", "incumbent", "own");

    /// <summary>Every holding of the claim's office in the sentence, with the organization named at the title if any.</summary>
    public IEnumerable<Holding> Read(ReadSentence s, ClaimOffice office, IReadOnlyList<string> claimQualifiers)
    {
        var words = s.Words;
        for (int t = 0; t < words.Length; t++)
        {
            int length = TitleAt(words, t, office);
            if (length == 0) continue;
            int t1 = t + length;
            // "first-team coaches A, B and C": a plural title before names lists several people, none of them the one holder.
            if (PluralBeforeNames(s, t1) && (office.AnyTopOffice || lexicon.SingletonGroups.Contains(office.Group)) && !claimQualifiers.Contains("co"))
            { t = t1 - 1; continue; }
            var (qualifiers, cueStart) = QualifiersBefore(words, t);
            if (!SameOffice(qualifiers, claimQualifiers, words, t1)) { t = t1 - 1; continue; }
            string? organization = OrganizationAt(s, cueStart, t1);
            Stance titleStance = TitleStance(words, cueStart, t1);
            int group = office.AnyTopOffice ? lexicon.GroupsAt(words, t).Groups[0] : office.Group;
            foreach (var h in Holders(s, cueStart, t, t1, titleStance))
                yield return h with { Organization = organization ?? h.Organization, Group = group };
            t = t1 - 1;
        }
    }

    private static bool PluralBeforeNames(ReadSentence s, int t1)
    {
        string last = Words.Fold(s.Words[t1 - 1].Text);
        return last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("us", StringComparison.Ordinal)
               && s.Mentions.Any(m => m.From == t1 && m.Type == EntityType.Person);
    }

    private int TitleAt(Word[] words, int at, ClaimOffice office)
    {
        if (office.AnyTopOffice)
        {
            var (length, groups) = lexicon.GroupsAt(words, at);
            return length > 0 && groups.Any(g => g == lexicon.LeaderGroup || lexicon.SingletonGroups.Contains(g)) ? length : 0;
        }
        return lexicon.SynonymGroups[office.Group].MatchAt(words, at);
    }

    /// <summary>Qualifiers and time cues right before the title, and where that run starts.</summary>
    private (List<string> Qualifiers, int Start) QualifiersBefore(Word[] words, int t)
    {
        var qualifiers = new List<string>();
        int i = t;
        while (i > 0 && t - i < 4)
        {
            int at = i - 1;
            if (lexicon.Qualifiers.MatchAt(words, at) > 0) { qualifiers.Add(words[at].Stem); i = at; continue; }
            if (lexicon.EndedTitleCues.MatchAt(words, at) > 0 || lexicon.FutureTitleCues.MatchAt(words, at) > 0) { i = at; continue; }
            // "the president and chief executive of Y": the pair is one run of titles before the holder or after "the".
            if (words[at].Stem == "and" && TitleEndingAt(words, at) is var other and >= 0) { i = other; continue; }
            break;
        }
        return (qualifiers, i);
    }

    /// <summary>Where a title that ends right before <paramref name="end"/> starts, or -1.</summary>
    private int TitleEndingAt(Word[] words, int end)
    {
        for (int k = Math.Max(0, end - 4); k < end; k++)
        {
            var (length, groups) = lexicon.GroupsAt(words, k);
            if (length == end - k && groups.Any(lexicon.IsTitleGroup)) return k;
        }
        return -1;
    }

    private bool SameOffice(List<string> found, IReadOnlyList<string> claimed, Word[] words, int t1)
    {
        // "pro tempore" follows the title.
        if (t1 + 1 < words.Length && words[t1].Stem == "pro" && words[t1 + 1].Stem == Words.Stem("tempore")) found = [.. found, "pro"];
        bool Changes(string q) => lexicon.OfficeChangingQualifiers.MatchAt(Words.Split(q), 0) > 0;
        var a = found.Where(Changes).ToHashSet();
        var b = claimed.Where(Changes).ToHashSet();
        return a.SetEquals(b);
    }

    /// <summary>Nouns that stand for an organization named before them ("the club's coach", "the company's chief executive").</summary>
    private static readonly HashSet<string> OrganizationNouns = Words.StemSet("club", "company", "firm", "team", "side", "group", "carrier", "airline", "bank", "party", "network", "studio", "league", "union", "church", "corporation", "business", "maker", "retailer", "chain");

    /// <summary>The organization or place named at the title: "of Y", "Y's title", "Y title" (a mention or a capitalized word).</summary>
    internal static string? OrganizationAt(ReadSentence s, int cueStart, int t1)
    {
        var words = s.Words;
        // A verb title names its organization right after it: "joined Real Madrid", "runs Boeing".
        var right = s.Mentions.FirstOrDefault(x => x.From == t1 && x.Type != EntityType.Person);
        if (right.To > 0) return Text(words, right.From, right.To);
        // "Scotland's First Minister", "Intel CEO", "French prime minister" before "of", "at", "for" after the title
        // ("sworn in as First Minister at the Court of Session" names a place, not the office's).
        int before = cueStart - 1;
        // "Scotland's new First Minister", "New Zealand's 42nd prime minister", "Apple's senior vice president":
        // up to two plain words may stand between the possessive and the title.
        int possessive = before;
        for (int skipped = 0; possessive >= 0 && skipped < 2 && words[possessive].Text != "'s" && (words[possessive].Text.All(char.IsLower) || Words.IsOrdinal(words[possessive].Text)); skipped++)
            possessive--;
        if (possessive >= 0 && words[possessive].Text == "'s") before = possessive;
        if (before >= 0 && words[before].Text == "'s") before--;
        if (before >= 0)
        {
            var m = s.Mentions.FirstOrDefault(x => x.To == before + 1 && x.Type != EntityType.Person);
            if (m.To > 0) return Text(words, m.From, m.To);
            if (words[before].Capitalized && !Fillers.Contains(words[before].Stem) && !s.Mentions.Any(x => x.From <= before && x.To > before)) return words[before].Text;
            // "arrived at United's training ground to start as the club's new head coach": "the club" is the
            // organization the sentence named before it; so is "its" in "Acme said its chief executive, X, ...".
            bool standsFor = (before >= 1 && words[before - 1].Stem == "the" && OrganizationNouns.Contains(words[before].Stem)) || words[before].Stem is "its" or "their";
            if (standsFor && s.Mentions.LastOrDefault(x => x.To <= before && x.Type == EntityType.Organization) is { To: > 0 } antecedent)
                return Text(words, antecedent.From, antecedent.To);
        }
        // "X, chief executive officer, Acme, said": the organization as an appositive of the title.
        if (t1 + 1 < words.Length && words[t1].Text == ","
            && s.Mentions.FirstOrDefault(x => x.From == t1 + 1 && x.Type == EntityType.Organization) is { To: > 0 } appositive
            && (appositive.To == words.Length || words[appositive.To].Text is "," or "." or ";"))
            return Text(words, appositive.From, appositive.To);
        if (t1 + 1 < words.Length && words[t1].Stem is "of" or "at" or "for")
        {
            int from = t1 + 1 < words.Length && words[t1 + 1].Stem == "the" ? t1 + 2 : t1 + 1;
            // "at" before a place names where it happened ("sworn in at the Court of Session"), not whose post it is.
            var m = s.Mentions.FirstOrDefault(x => x.From == from && x.Type != EntityType.Person && !(words[t1].Stem == "at" && x.Type == EntityType.Location));
            if (m.To > 0) return Text(words, m.From, m.To);
            if (from < words.Length && words[from].Capitalized) return words[from].Text;
        }
        return null;
    }

    internal static string Text(Word[] words, int from, int to) => string.Join(' ', words[from..to].Where(w => w.Text != "'s").Select(w => w.Text));

    /// <summary>"former", "outgoing" → ended; "incoming", "next", "-elect", "designate" → to come; else none (Holds).</summary>
    private Stance TitleStance(Word[] words, int cueStart, int t1)
    {
        for (int i = Math.Max(0, cueStart - 1); i < t1; i++)
        {
            if (lexicon.EndedTitleCues.MatchAt(words, i) > 0) return Stance.Ended;
            if (lexicon.FutureTitleCues.MatchAt(words, i) > 0) return Stance.Future;
        }
        if (lexicon.FutureAfterTitleCues.MatchAt(words, t1) > 0) return Stance.Future;
        return Stance.Holds;
    }

    private IEnumerable<Holding> Holders(ReadSentence s, int cueStart, int t0, int t1, Stance titleStance)
    {
        var words = s.Words;
        // "Prime Minister X", "chief executive, X," — the name right after the title (an organization may stand between).
        int after = t1;
        if (after + 1 < words.Length && words[after].Stem is "of" or "at")
        {
            var org = s.Mentions.FirstOrDefault(m => m.From == after + 1 && m.Type != EntityType.Person);
            if (org.To > 0) after = org.To;
        }
        if (after < words.Length && words[after].Text == ",") after++;
        var next = s.PersonIn(after, Math.Min(words.Length, after + 4), after);
        if (next is { } n && n.From == after)
        {
            yield return new Holding(n.Key, titleStance, s, null);
            yield break;
        }
        // A person before the title: appositive ("X, the prime minister"), a verb ("X was named prime minister"),
        // or the object of an appointment ("named X prime minister"), or "Y replaced X as prime minister".
        int windowStart = Math.Max(0, cueStart - 20);
        // The gap may hold the title's organization or people's name ("as new French PM"): capitalized words count as fillers.
        var before = s.PersonIn(windowStart, cueStart, cueStart);
        if (before is not { } p) yield break;
        if (s.AnyPersonIn(p.To, cueStart, p.Key)) yield break;
        var gap = WithoutAsides(words[p.To..cueStart]);
        // "X is an experienced chief executive" classifies; it does not name the post.
        if (gap.Any(w => w.Stem is "a" or "an")) yield break;
        var (clauseFrom, _) = s.Clause(p.From);
        if (gap.Any(w => w.Text is ";" or ":" or "(" or ")" or "\"")) yield break;
        // "X ... after being sworn in as prime minister": a participle clause keeps the main clause's subject.
        int subordinator = Array.FindIndex(gap, w => Subordinators.Contains(w.Stem));
        if (subordinator >= 0)
        {
            if (subordinator + 1 >= gap.Length || gap[subordinator + 1].Stem is not ("being" or "having")) yield break;
            if (gap[..subordinator].Any(w => w.Text is "," or "and" || w.Stem is "said" or "say" or "says")) yield break;
            gap = gap[(subordinator + 1)..];
        }
        Stance stance = GapStance(gap, titleStance, out bool linked);
        // "named A and B as co-chiefs": the people joined by "and" before the person share the appointment.
        var appointees = new List<long> { p.Key };
        int first = p.From;
        while (ConjunctBefore(s, first) is { } conjunct) { appointees.Add(conjunct.Key); first = conjunct.From; }
        // The word before the person: an appointing verb makes the person the new holder; a replacing verb makes them the old one.
        // "named close ally X as": up to two plain words may stand between the verb and the person.
        int verbAt = first - 1;
        for (int skipped = 0; verbAt > clauseFrom && skipped < 3 && !words[verbAt].Capitalized && words[verbAt].Text.All(char.IsLetter)
             && lexicon.StartVerbs.MatchAt(words, verbAt) == 0 && !EndsAt(lexicon.StartVerbs, words, verbAt) && lexicon.DoneToEndings.MatchAt(words, verbAt) == 0 && !EndsAt(lexicon.DoneToEndings, words, verbAt)
             && words[verbAt].Stem is not ("and" or "but" or "who" or "that" or "which"); skipped++)
            verbAt--;
        // "X, Apple's senior vice president": after a possessive, up to two plain words modify the title.
        int possessive = Array.FindLastIndex(gap, w => w.Text == "'s");
        var modifiers = possessive >= 0 && gap.Length - possessive - 1 <= 2 && gap[(possessive + 1)..].All(w => w.Text.All(char.IsLower)) ? gap[(possessive + 1)..] : [];
        bool fillerOnly = gap[..(gap.Length - modifiers.Length)].All(w => Fillers.Contains(w.Stem) || w.Text == "," || w.Capitalized);
        if (verbAt >= clauseFrom && fillerOnly && gap.Length <= 3)
        {
            if (lexicon.DoneToEndings.MatchAt(words, verbAt) > 0 || EndsAt(lexicon.DoneToEndings, words, verbAt))
            {
                var replacer = s.PersonIn(Math.Max(clauseFrom, verbAt - 6), verbAt, verbAt);
                // "Y to replace X as CEO", "Y will succeed X": X is replaced later, so X holds the post now.
                bool toCome = FutureBefore(words, replacer?.To ?? clauseFrom, verbAt) || (verbAt > 0 && words[verbAt - 1].Stem == "to");
                yield return new Holding(p.Key, toCome ? Stance.Holds : Stance.Ended, s, null);
                if (replacer is { } r && r.Key != p.Key)
                    yield return new Holding(r.Key, toCome ? Stance.Future : Stance.Starts, s, null);
                yield break;
            }
            if (lexicon.StartVerbs.MatchAt(words, verbAt) > 0 || EndsAt(lexicon.StartVerbs, words, verbAt))
            {
                bool future = FutureBefore(words, clauseFrom, verbAt + 1) || titleStance == Stance.Future;
                // Only a body that hires names its own post: a court that declares a winner does not.
                string? appointer = lexicon.Appointing.MatchAt(words, verbAt) > 0 || EndsAt(lexicon.Appointing, words, verbAt) ? AppointerBefore(s, clauseFrom, verbAt) : null;
                foreach (long appointee in appointees)
                    yield return new Holding(appointee, future ? Stance.Future : titleStance == Stance.Ended ? Stance.Ended : Stance.Starts, s, appointer);
                yield break;
            }
        }
        // "X, the prime minister"; "X plays for Y" (the title is the verb); "X has joined Y".
        if (linked || (fillerOnly && gap.Length > 0 && gap[0].Text == ",") || gap.Length == 0 || gap.All(w => w.Stem is "ha" or "has" or "have" or "had" or "official" or "officially" or "now" or "also"))
            yield return new Holding(p.Key, stance, s, null);
    }

    /// <summary>"Manchester United have appointed X as head coach": the organization that appoints is the one whose post it is.</summary>
    private string? AppointerBefore(ReadSentence s, int clauseFrom, int verbAt)
    {
        var words = s.Words;
        int start = verbAt;
        while (start > clauseFrom && verbAt - start < 3 && words[start - 1].Stem is "has" or "have" or "ha" or "had" or "formally" or "officially" or "today" or "on") start--;
        var appointer = s.Mentions.FirstOrDefault(m => m.To == start && m.From >= clauseFrom && m.Type != EntityType.Person);
        return appointer.To > 0 ? Text(words, appointer.From, appointer.To) : null;
    }

    /// <summary>The words of a gap without bracketed asides ("X (pictured) was sworn in as"): a balanced pair and what it holds.</summary>
    private static Word[] WithoutAsides(Word[] gap)
    {
        int open = Array.FindIndex(gap, w => w.Text == "(");
        if (open < 0) return gap;
        int close = Array.FindIndex(gap, open + 1, w => w.Text == ")");
        if (close < 0 || close - open > 8) return gap;
        return WithoutAsides([.. gap[..open], .. gap[(close + 1)..]]);
    }

    /// <summary>A person joined by "and" before the one at <paramref name="from"/>, with a description between ("finance chief A and operations head B").</summary>
    private (long Key, int From, int To)? ConjunctBefore(ReadSentence s, int from)
    {
        var words = s.Words;
        int at = from - 1;
        // Skip the person's description: title words and plain lower-case words ("operations head").
        for (int skipped = 0; at >= 0 && skipped < 3 && words[at].Stem != "and" && !words[at].Capitalized && words[at].Text.All(char.IsLetter); skipped++)
            at--;
        if (at < 1 || words[at].Stem != "and") return null;
        var person = s.PersonIn(Math.Max(0, at - 5), at, at);
        if (person is not { } c) return null;
        var between = words[c.To..at];
        return between.All(w => !w.Capitalized && w.Text.All(char.IsLetter)) && between.Length <= 3 ? c : null;
    }

    /// <summary>Whether a phrase of the set ends at <paramref name="at"/> ("was appointed" ending on "appointed").</summary>
    private static bool EndsAt(PhraseSet set, Word[] words, int at)
    {
        for (int start = Math.Max(0, at - 3); start <= at; start++)
            if (set.MatchAt(words, start) == at - start + 1) return true;
        return false;
    }

    private bool FutureBefore(Word[] words, int from, int to) => lexicon.FutureCues.AnyIn(words, from, to) || lexicon.FutureVerbs.AnyIn(words, from, to);

    /// <summary>What the words between a person and a title say: "will become" (future), "was named" (starts), "served as" (ended), "is" (holds).</summary>
    private Stance GapStance(Word[] gap, Stance titleStance, out bool linked)
    {
        linked = false;
        if (lexicon.NegationCues.AnyIn(gap, 0, gap.Length)) { linked = true; return Stance.Negated; }
        // "X will be stepping down as chief executive", "X, who will remain CEO until ...": X holds the post now.
        if (lexicon.OwnEndings.AnyIn(gap, 0, gap.Length))
        {
            linked = true;
            return lexicon.FutureCues.AnyIn(gap, 0, gap.Length) || lexicon.FutureVerbs.AnyIn(gap, 0, gap.Length) || gap.Any(w => w.Stem is "is" or "are") ? Stance.Holds : Stance.Ended;
        }
        if (gap.Any(w => w.Stem is "remain" or "stay")) { linked = true; return Stance.Holds; }
        if (lexicon.FutureVerbs.AnyIn(gap, 0, gap.Length) || lexicon.FutureCues.AnyIn(gap, 0, gap.Length)) { linked = true; return Stance.Future; }
        int start = lexicon.StartVerbs.FirstIn(gap, 0, gap.Length);
        if (start >= 0)
        {
            // "X appointed the prime minister": an active appointing verb makes X the one who appoints, not the holder.
            // An adverb may stand between the auxiliary and the verb ("was formally sworn in").
            int auxiliary = start - 1;
            while (auxiliary > 0 && gap[auxiliary].Text.EndsWith("ly", StringComparison.Ordinal)) auxiliary--;
            bool passive = auxiliary >= 0 && gap[auxiliary].Stem is "was" or "were" or "been" or "be" or "is" or "are" or "being" or "get" or "got";
            // A headline drops the auxiliary: "X appointed French Prime Minister" (no article before the title) is passive.
            passive |= gap[(start + 1)..].All(w => w.Capitalized);
            int verbEnd = start + lexicon.StartVerbs.MatchAt(gap, start);
            bool asTitle = gap[start..verbEnd].Any(w => w.Stem == "as") || (verbEnd < gap.Length && gap[verbEnd].Stem == "as");
            if (!passive && lexicon.Appointing.MatchAt(gap, start) > 0 && !asTitle) return Stance.Holds;
            linked = true;
            return titleStance == Stance.Holds ? Stance.Starts : titleStance;
        }
        if (lexicon.CurrentVerbs.AnyIn(gap, 0, gap.Length)) { linked = true; return titleStance; }
        if (lexicon.PastVerbs.AnyIn(gap, 0, gap.Length)) { linked = true; return Stance.Ended; }
        return titleStance;
    }
}
