using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;

namespace Chronicle.Events.Extraction;

/// <summary>A trigger match being turned into an event: where it is, its voice, and the clause around it.</summary>
internal sealed record MatchContext(
    DocumentContext Doc, SentenceView View, TriggerPattern Pattern, int Start, int End,
    IReadOnlyDictionary<string, (int From, int To)> Slots, Voice Voice, int ClauseStart, string? Opener, int ClauseEnd);

/// <summary>A filled role before it becomes an <see cref="EventArgument"/>; Raw is the page phrase it came from.</summary>
internal sealed record Filled(string Role, string Value, int From, int To, RoleKind Kind, Mention? Mention = null, string? Raw = null);

/// <summary>Fills argument roles with the rules each role lists in the ontology (see Resources/ontology.json).</summary>
internal sealed class RoleFiller(Lexicon lexicon)
{
    private static readonly HashSet<string> ChargeStops = new(StringComparer.Ordinal)
    {
        "in", "for", "against", "after", "over", "following", "by", "on", "to", "at", "as", "from", "during", "since", "under", "when",
        "that", "which", "who", "because", "while", "before", ",", ";", ":", ".", "—", "–", "(", ")", "\"", "or", "but", "facing", "carries",
        "carrying", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might", "involving", "stemming", "related",
        "relating", "connected", "tied", "months", "years",
    };

    public List<Filled> Fill(MatchContext c, RoleDefinition role, IReadOnlyDictionary<Mention, PositionPhrase> titles, List<Filled> already)
    {
        List<Filled>? generic = null;
        foreach (var rule in role.Fill)
        {
            if (!rule.AppliesIn(c.Voice)) continue;
            var found = Apply(c, role, rule, titles, already);
            if (found.Count == 0) continue;
            // "face one count of X": an empty charge from one rule gives way to a named one from the next.
            if (role.Kind == RoleKind.Charge && found.All(f => f.Value.Length == 0)) { generic ??= found; continue; }
            return found;
        }
        return generic ?? [];
    }

    /// <summary>Runs one rule (its voice already checked): what it finds for the role, or nothing.</summary>
    internal List<Filled> Apply(MatchContext c, RoleDefinition role, FillRule rule, IReadOnlyDictionary<Mention, PositionPhrase> titles, List<Filled> already)
    {
        var v = c.View;
        var kind = role.Kind;
        switch (rule)
        {
            case FillRule.Slot:
                return c.Slots.TryGetValue(role.Name, out var slot) ? FromSpan(c, role, slot.From, slot.To, whole: true) : [];
            case FillRule.Subject:
                return role.IsEntity ? Entities(role, Subject(c, kind)) : [];
            case FillRule.InsideTrigger:
            {
                var m = v.Mentions.FirstOrDefault(x => x.From >= c.Start && x.To <= c.End && x.Fits(kind) && !x.Possessive && !x.IsPronoun && x.Kind != MentionKind.Person);
                return m is null ? [] : Entities(role, [m]);
            }
            case FillRule.DirectObject:
                return Entities(role, ObjectMentions(c, kind));
            case FillRule.ObjectPhrase when c.Voice is not Voice.Passive:
                return FromSpan(c, role, c.End, c.ClauseEnd, whole: false);
            // "He was appointed Prime Minister": a passive verb's predicate names the position.
            case FillRule.ObjectPhrase when kind == RoleKind.Position && c.End < c.ClauseEnd && !lexicon.Prepositions.Contains(v.Tokens[c.End].Lower):
                return FromSpan(c, role, c.End, Math.Min(c.ClauseEnd, c.End + 4), whole: false);
            case FillRule.SubjectPhrase:
                return FromSpan(c, role, c.ClauseStart, c.Start, whole: false);
            case FillRule.DealObject when c.Voice is not Voice.Passive:
                return Entities(role, DealTarget(c, c.End, c.ClauseEnd));
            case FillRule.DealSubject:
                return Entities(role, DealTarget(c, c.ClauseStart, c.Start));
            case FillRule.Possessor:
            {
                var adjacent = v.Mentions.LastOrDefault(x => x.Possessive && x.To >= c.Start - 2 && x.To <= c.Start && x.Fits(kind) && !Used(x, already));
                if (adjacent is not null) return Entities(role, [adjacent]);
                var m = v.Mentions.FirstOrDefault(x => x.Possessive && x.From >= c.ClauseStart && x.To <= c.Start && x.Fits(kind) && !Used(x, already)
                                                        && (kind != RoleKind.Person || x.Kind == MentionKind.Person));
                return m is null ? [] : Entities(role, [m]);
            }
            case FillRule.AnyMention:
            {
                var m = v.Mentions.FirstOrDefault(x => x.From >= v.From && x.To <= v.To && x.Fits(kind) && !Used(x, already)
                                                        && (kind != RoleKind.Person || x.Kind == MentionKind.Person) && (kind != RoleKind.Org || x.Kind != MentionKind.Person));
                return m is null ? [] : Entities(role, [m]);
            }
            case FillRule.Title:
            {
                var patient = already.FirstOrDefault(f => f.Mention is not null)?.Mention;
                return patient is not null && titles.TryGetValue(patient, out var title) ? Position(role, title) : [];
            }
            case FillRule.Constant { Value: var value }:
                if (kind == RoleKind.Position && lexicon.FindPosition(value) is { } p) return [new Filled(role.Name, p.Canonical, c.Start, c.End, kind)];
                return [new Filled(role.Name, value, c.Start, c.End, kind)];
            case FillRule.Preposition { Word: var word, AnywhereInClause: var anywhere }:
            {
                int from = anywhere ? c.ClauseStart : c.End;
                // "the death of X": for a noun the preposition follows it directly.
                int limit = anywhere ? c.ClauseEnd : Math.Min(c.ClauseEnd, c.End + (c.Voice == Voice.Noun ? 1 : 8));
                for (int k = from; k < limit; k++)
                {
                    if (v.Tokens[k].Lower != word || (k >= c.Start && k < c.End) || (k > v.From && v.Tokens[k - 1].Lower == "along")) continue;
                    var result = AfterPreposition(c, role, k + 1);
                    if (result.Count > 0) return result;
                    if (!anywhere) break;
                }
                return [];
            }
            default:
                return [];
        }
    }

    private static bool Used(Mention m, List<Filled> already) => already.Any(f => ReferenceEquals(f.Mention, m));

    private List<Filled> AfterPreposition(MatchContext c, RoleDefinition role, int k)
    {
        var v = c.View;
        if (role.IsEntity)
        {
            for (int j = k; j < Math.Min(v.To, k + 4); j++)
            {
                var m = v.MentionAt(j);
                if (m is not null && m.Fits(role.Kind) && !IsModifier(v, m)) return Entities(role, WithConjuncts(v, m, role.Kind));
                if (m is null && !(lexicon.Determiners.Contains(v.Tokens[j].Lower) || lexicon.PersonNouns.Contains(v.Tokens[j].Lower) || v.Tokens[j].IsCapitalized
                                   || v.Tokens[j].Lower == "'s" || v.Tokens[j].Lower.Contains('-')))
                    break;
            }
            return [];
        }
        if (role.Kind == RoleKind.Time)
        {
            var time = v.Times.FirstOrDefault(x => x.Token >= k && x.Token < k + 6);
            return time.Time is null ? [] : [new Filled(role.Name, time.Time.Value, time.Token, time.Token + 1, RoleKind.Time)];
        }
        return FromSpan(c, role, k, c.ClauseEnd, whole: false);
    }

    /// <summary>Phrase roles read from a span: charges split on "and", positions parsed, sentences and amounts as written.</summary>
    private List<Filled> FromSpan(MatchContext c, RoleDefinition role, int from, int to, bool whole)
    {
        var v = c.View;
        if (from >= to) return role.Kind == RoleKind.Charge && whole ? [new Filled(role.Name, "", from, to, RoleKind.Charge, Raw: "")] : [];
        switch (role.Kind)
        {
            case RoleKind.Position:
            {
                var p = PositionPhrases.Parse(lexicon, v, from, Math.Min(to, from + 12), allowGeneric: true);
                if (p is null) return [];
                if (p.Position.Canonical == "employee" && p.RoleFrom > from && v.Tokens[p.RoleFrom - 1].Lower is "his" or "her" or "their" or "that" or "the")
                    return [];
                return Position(role, p);
            }
            case RoleKind.Person or RoleKind.Org or RoleKind.Entity:
            {
                var m = v.Mentions.FirstOrDefault(x => x.From >= from && x.To <= to && x.Fits(role.Kind) && !IsModifier(v, x));
                return m is null ? [] : Entities(role, WithConjuncts(v, m, role.Kind));
            }
            case RoleKind.Amount:
            {
                for (int k = from; k < to; k++)
                    if (v.Tokens[k].IsNumber)
                    {
                        int e = k + 1;
                        while (e < to && v.Tokens[e].Lower is "million" or "billion" or "thousand" or "trillion") e++;
                        return [new Filled(role.Name, v.Text(k, e), k, e, RoleKind.Amount)];
                    }
                return [];
            }
            case RoleKind.Sentence:
            {
                int end = from;
                while (end < Math.Min(to, from + 8) && v.Tokens[end].Lower is not ("," or "." or ";" or "for" or "on" or "after" or "and" or "by" or "as" or "over")) end++;
                string raw = v.Text(from, end);
                return raw.Length == 0 ? [] : [new Filled(role.Name, ChargeNormalizer.Sentence(raw), from, end, RoleKind.Sentence, Raw: raw)];
            }
            case RoleKind.Charge:
            {
                int end = from;
                int max = whole ? to : Math.Min(to, from + 10);
                while (end < max && (whole || !ChargeStops.Contains(v.Tokens[end].Lower) && v.MentionAt(end) is not { Kind: MentionKind.Person }
                                             && !lexicon.Weekdays.Contains(v.Tokens[end].Lower) && !(lexicon.Months.Contains(v.Tokens[end].Lower) && v.Tokens[end].IsCapitalized)
                       || (v.Tokens[end].Lower == "with" && end > from && v.Tokens[end - 1].Lower.EndsWith("ing", StringComparison.Ordinal)))) end++;
                string raw = v.Text(from, end);
                var parts = ChargeNormalizer.Split(lexicon, raw);
                return parts.Count == 0
                    ? [new Filled(role.Name, "", from, end, RoleKind.Charge, Raw: raw)]
                    : parts.Select(p => new Filled(role.Name, p, from, end, RoleKind.Charge, Raw: raw)).ToList();
            }
            default:
                return [new Filled(role.Name, v.Text(from, to), from, to, role.Kind)];
        }
    }

    private static List<Filled> Position(RoleDefinition role, PositionPhrase p)
    {
        var list = new List<Filled> { new(role.Name, p.Position.Canonical, p.RoleFrom, p.RoleTo, RoleKind.Position) };
        if (p.Organization is { } org) list.Add(new Filled("organization", org.Canonical, org.From, org.To, RoleKind.Org, org));
        return list;
    }

    private static List<Filled> Entities(RoleDefinition role, IEnumerable<Mention> mentions) =>
        mentions.Select(m => new Filled(role.Name, m.Canonical, m.From, m.To, role.Kind, m)).ToList();

    /// <summary>The grammatical subject: the leftmost entity of the clause before the trigger that is not a possessor, a modifier or inside a prepositional phrase.</summary>
    public List<Mention> Subject(MatchContext c, RoleKind kind)
    {
        var v = c.View;
        foreach (var m in v.Mentions)
        {
            if (m.From < c.ClauseStart || m.To > c.Start) continue;
            if (!m.Fits(kind) || m.Possessive && !m.IsPronoun || IsModifier(v, m) || AfterPreposition(v, m, c.ClauseStart)) continue;
            if (m.IsPronoun && m.Possessive) continue;
            return WithConjuncts(v, m, kind);
        }
        // "after storming to victory", "before announcing her departure": a gerund clause shares the main clause's subject.
        if (c.Opener is "after" or "before" or "while" or "since" or "when" or "by" or "upon" && c.ClauseStart < v.To && v.Tokens[c.ClauseStart].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            var (outerStart, outerOpener) = Clauses.StartOf(lexicon, v, c.ClauseStart - 1);
            return Subject(c with { ClauseStart = outerStart, Opener = outerOpener, Start = c.ClauseStart - 1 }, kind);
        }
        // ", who has been under pressure" — the relative pronoun stands for the entity before it.
        if (c.Opener is "who" or "which" && c.ClauseStart >= v.From + 2 && v.Tokens[c.ClauseStart - 2].Lower == ",")
        {
            var before = v.Mentions.LastOrDefault(m => m.To <= c.ClauseStart - 2 && m.Fits(kind));
            if (before is not null) return [before];
        }
        return [];
    }

    private bool AfterPreposition(SentenceView v, Mention m, int clauseStart)
    {
        int k = m.From - 1;
        while (k >= v.From && (lexicon.Determiners.Contains(v.Tokens[k].Lower) || v.Tokens[k].Lower is "'s" || (v.Tokens[k].IsCapitalized && v.MentionAt(k) is null && !lexicon.NameStopwords.Contains(v.Tokens[k].Lower))))
            k--;
        return k >= clauseStart && lexicon.Prepositions.Contains(v.Tokens[k].Lower) && v.Tokens[k].Lower is not "as";
    }

    /// <summary>"the New Mexico judge", "Twitter CEO", "Tesla and SpaceX owner": a name used to describe the noun after it.</summary>
    public bool IsModifier(SentenceView v, Mention m)
    {
        if (m.IsPronoun) return false;
        int k = m.To;
        if (k < v.To && v.Tokens[k].Lower is "'s" or "'") return false;
        while (k < v.To && v.Tokens[k].Lower is "and" or "&")
        {
            var next = v.MentionAt(k + 1);
            if (next is null) break;
            k = next.To;
        }
        if (k >= v.To) return false;
        string w = v.Tokens[k].Lower;
        // "named Jane Roe chief executive": a person before a title is the one who holds it, not a modifier.
        if (PositionPhrases.MatchAt(lexicon, v.Tokens, k, v.To) > k) return m.Kind != MentionKind.Person;
        return lexicon.PersonNouns.Contains(w) || lexicon.OrgNouns.Contains(w);
    }

    /// <summary>"Alec Baldwin and Hannah Gutierrez-Reed", "Parag Agrawal, CFO Ned Segal, and ... Vijaya Gadde".</summary>
    public List<Mention> WithConjuncts(SentenceView v, Mention first, RoleKind kind)
    {
        var list = new List<Mention> { first };
        var current = first;
        while (true)
        {
            int k = current.To;
            bool joined = false;
            while (k < v.To && (v.Tokens[k].Lower is "," or "and" or "&" || (joined && (PositionPhrases.MatchAt(lexicon, v.Tokens, k, v.To) > k || lexicon.PersonNouns.Contains(v.Tokens[k].Lower)
                       || (v.Tokens[k].IsWord && !v.Tokens[k].IsCapitalized && k + 1 < v.To && PositionPhrases.MatchAt(lexicon, v.Tokens, k + 1, v.To) > k + 1)))))
            {
                if (v.Tokens[k].Lower is "and" or "&") joined = true;
                if (v.Tokens[k].Lower == ",") joined = true;
                int roleEnd = PositionPhrases.MatchAt(lexicon, v.Tokens, k, v.To);
                k = roleEnd > k ? roleEnd : k + 1;
                if (k - current.To > 6) break;
            }
            var next = joined && k < v.To ? v.MentionAt(k) : null;
            if (next is null || next.From != k || !next.Fits(kind) || next.Kind != first.Kind || list.Contains(next) || next.Possessive) break;
            if (v.Tokens[current.To].Lower == "," && !HasAndAhead(v, next)) break;
            list.Add(next);
            current = next;
        }
        return list;
    }

    private static bool HasAndAhead(SentenceView v, Mention m)
    {
        for (int k = m.To; k < Math.Min(v.To, m.To + 10); k++)
        {
            string w = v.Tokens[k].Lower;
            if (w is "and" or "&") return true;
            if (w is "." or ";" or ":") return false;
        }
        return false;
    }

    /// <summary>The direct object: an entity right after the trigger, past determiners and titles ("terminated Twitter Chief Executive Parag Agrawal").</summary>
    public List<Mention> ObjectMentions(MatchContext c, RoleKind kind)
    {
        var v = c.View;
        for (int k = c.End; k < Math.Min(c.ClauseEnd, c.End + 7); k++)
        {
            var m = v.MentionAt(k);
            if (m is not null)
            {
                if (m.Fits(kind) && !IsModifier(v, m) && !(m.Possessive && kind != RoleKind.Person)) return WithConjuncts(v, m, kind);
                k = m.To - 1;
                continue;
            }
            var t = v.Tokens[k];
            bool skippable = lexicon.Determiners.Contains(t.Lower) || t.Lower is "'s" || lexicon.PersonNouns.Contains(t.Lower) || lexicon.OrgNouns.Contains(t.Lower)
                             || t.Lower.Contains('-') || t.IsCapitalized || t.IsNumber
                             || PositionPhrases.MatchAt(lexicon, v.Tokens, k, v.To) > k || t.Lower.EndsWith("-year-old", StringComparison.Ordinal) || t.Lower == ",";
            if (!skippable) break;
        }
        return [];
    }

    /// <summary>The company a deal is for: the last organization named in a deal phrase, not the possessive buyer.</summary>
    private List<Mention> DealTarget(MatchContext c, int from, int to)
    {
        var v = c.View;
        Mention? beforeDealWord = null;
        for (int k = from; k < Math.Min(to, from + 14); k++)
        {
            string w = v.Tokens[k].Lower;
            if (w is "once" or "that" or "which" or "because" or "after" or "while" or "over" or "amid") break;
            var m = v.MentionAt(k);
            if (m is null) continue;
            bool candidate = m.Kind != MentionKind.Person && m.Kind != MentionKind.Location && !m.Possessive && !m.IsPronoun;
            if (candidate && k > from && v.Tokens[k - 1].Lower is "of" or "acquire" or "buy" or "purchase" or "buying" or "acquiring") return [m];
            if (candidate) beforeDealWord = m;
            k = m.To - 1;
        }
        return beforeDealWord is null ? [] : [beforeDealWord];
    }
}
