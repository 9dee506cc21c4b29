using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Time.Normalization;

namespace Chronicle.Events.Extraction;

/// <summary>
/// States written as descriptions rather than events: titles ("Twitter CEO Parag Agrawal"), appositives
/// ("Kotick, the CEO of Activision"), present-tense copulas ("Sunak is the UK's first Hindu PM"), definite
/// role references ("The PM said", read as the person the document is about), "former" titles, and renames
/// ("X, formerly known as Twitter").
/// </summary>
internal sealed class DescriptionFinder(Lexicon lexicon)
{
    public Dictionary<Mention, PositionPhrase> Titles(DocumentContext doc, SentenceView view)
    {
        var titles = new Dictionary<Mention, PositionPhrase>();
        var t = view.Tokens;
        foreach (var m in view.Mentions)
        {
            if (m.Kind != MentionKind.Person || !m.IsName) continue;
            // Title before the name, ending right at it (honorifics allowed between).
            int nameStart = m.From;
            while (nameStart > view.From && lexicon.Honorifics.Contains(t[nameStart - 1].Lower)) nameStart--;
            // The longest title that ends at the name: "chief executive Gavin Belson", not "executive".
            for (int k = Math.Max(view.From, nameStart - 4); k < nameStart; k++)
            {
                if (PositionPhrases.MatchAt(lexicon, t, k, nameStart) != nameStart) continue;
                var p = PositionPhrases.Parse(lexicon, view, k, nameStart, contextFrom: Math.Max(view.From, k - 6));
                if (p is not null && p.RoleTo == nameStart) { titles[m] = p with { Organization = p.Organization ?? OrgRightBefore(view, k) }; break; }
            }
            if (titles.ContainsKey(m)) continue;
            // Appositive or copula after the name.
            int j = m.To;
            if (j < view.To && t[j].Lower == ",")
            {
                int close = j + 1;
                while (close < view.To && t[close].Lower is not ("," or "." or ";")) close++;
                var p = PositionPhrases.Parse(lexicon, view, j + 1, close);
                // "Brewer, a spokeswoman for the district attorney": a position after a preposition is someone else's.
                if (p is not null && Enumerable.Range(j + 1, Math.Max(0, p.RoleFrom - j - 1)).Any(x => lexicon.Prepositions.Contains(t[x].Lower) && t[x].Lower != "of")) p = null;
                if (p is not null && (t[j + 1].Lower is "the" or "a" or "an" || view.MentionAt(j + 1) is { Kind: not MentionKind.Person } || p.RoleFrom == j + 1)
                    && !view.Mentions.Any(x => x.From > j && x.To <= p.RoleFrom && x.Kind == MentionKind.Person))
                {
                    titles[m] = p;
                    continue;
                }
                // "Ms Rowe, 51, is the country's first Green PM"
                if (close + 1 < view.To && t[close].Lower == "," && close - j <= 3) j = close + 1; else continue;
            }
            if (j < view.To && t[j].Lower is "is")
            {
                int end = Clauses.EndOf(lexicon, view, j);
                var p = PositionPhrases.Parse(lexicon, view, j + 1, Math.Min(end, j + 10));
                if (p is not null && t[j + 1].Lower is "the" or "a" or "an" || p is not null && view.MentionAt(j + 1) is not null) titles[m] = p!;
            }
        }
        return titles;
    }

    private static Mention? OrgRightBefore(SentenceView view, int roleStart)
    {
        int k = roleStart - 1;
        if (k >= view.From && view.Tokens[k].Lower is "'s" or "'") k--;
        var m = k >= view.From ? view.MentionAt(k) : null;
        return m is { Kind: not MentionKind.Person } ? m : null;
    }

    public IEnumerable<EventMention> Described(DocumentContext doc, SentenceView view, IReadOnlyDictionary<Mention, PositionPhrase> titles)
    {
        foreach (var (person, p) in titles)
        {
            if (p.Pending) continue;
            yield return Make(doc, view, p.Former ? "personnel.former" : "personnel.described", person.Canonical, person, p);
        }
        // "The PM was met with cheers", "the prime minister said": a singleton role standing for the person the document is about.
        var t = view.Tokens;
        for (int i = view.From; i < view.To; i++)
        {
            if (t[i].Lower != "the") continue;
            int k = i + 1;
            bool isNew = k < view.To && t[k].Lower is "new" or "outgoing";
            if (isNew) k++;
            int end = PositionPhrases.MatchAt(lexicon, t, k, view.To);
            if (end == k || doc.DominantPerson is not { } person) continue;
            var p = PositionPhrases.Parse(lexicon, view, k, end);
            if (p is null || !p.Position.Singleton || p.Pending || p.Position.Canonical is "king" or "queen") continue;
            bool atClauseStart = i == view.From || t[i - 1].Lower is "," or "after" or "as" or "when" or "while" or "that" or "\"";
            bool followedByName = end < view.To && view.MentionAt(end) is { IsName: true };
            if (!atClauseStart || followedByName || end < view.To && t[end].Lower is "of" or "'s" or "and" or ",") continue;
            var org = OrgRightBefore(view, k);
            yield return Make(doc, view, "personnel.described", person, null, p with { Organization = org });
        }
    }

    private EventMention Make(DocumentContext doc, SentenceView view, string type, string person, Mention? mention, PositionPhrase p)
    {
        var t = view.Tokens;
        var args = new List<EventArgument>
        {
            new("person", person, mention is null ? person : view.Text(mention.From, mention.To), mention is null ? t[p.RoleFrom].Start : t[mention.From].Start, mention is null ? t[p.RoleTo - 1].End : t[mention.To - 1].End, "person"),
            new("position", p.Position.Canonical, view.Text(p.RoleFrom, p.RoleTo), t[p.RoleFrom].Start, t[p.RoleTo - 1].End, "position"),
        };
        if (p.Organization is { } org) args.Add(new EventArgument("organization", org.Canonical, view.Text(org.From, org.To), t[org.From].Start, t[org.To - 1].End, "org"));
        else foreach (var o in doc.Organizations(8)) args.Add(new EventArgument("org_context", o, o, 0, 0, "org"));
        bool former = type == "personnel.former";
        return new EventMention(type, view.SentenceIndex, t[p.RoleFrom].Start, t[p.RoleTo - 1].End, view.Text(p.RoleFrom, p.RoleTo), args,
            former ? null : TimexFormat.Day(doc.Dct), Modality.Asserted)
        {
            TimeAnchor = former ? TimeAnchor.Undated : TimeAnchor.Publication,
            EvidenceStart = view.StartOffset,
            EvidenceEnd = view.EndOffset,
        };
    }

    /// <summary>"X, formerly known as Twitter", "X (formerly Twitter)", "the company formerly known as Twitter".</summary>
    public IEnumerable<EventMention> Renames(DocumentContext doc, SentenceView view)
    {
        var t = view.Tokens;
        for (int i = view.From; i < view.To; i++)
        {
            if (t[i].Lower != "formerly") continue;
            int k = i + 1;
            if (k + 1 < view.To && t[k].Lower is "known" or "called" && t[k + 1].Lower == "as") k += 2;
            var old = k < view.To ? view.MentionAt(k) : null;
            if (old is null || old.Kind == MentionKind.Person) continue;
            int b = i - 1;
            while (b >= view.From && t[b].Lower is "," or "(") b--;
            var renamed = b >= view.From ? view.MentionAt(b) : null;
            string? newName = renamed is { Kind: not MentionKind.Person } ? renamed.Canonical : null;
            if (newName is null && b >= view.From && lexicon.OrgNouns.Contains(t[b].Lower))
                newName = doc.Organizations(3).FirstOrDefault(o => !NameMatcher.Same(o, old.Canonical));
            if (newName is null || NameMatcher.Same(newName, old.Canonical)) continue;
            yield return new EventMention("entity.rename", view.SentenceIndex, t[i].Start, t[Math.Min(view.To - 1, k)].End, view.Text(i, k),
                [new EventArgument("new", newName, newName, t[Math.Max(view.From, b)].Start, t[Math.Max(view.From, b)].End, "org"),
                 new EventArgument("old", old.Canonical, view.Text(old.From, old.To), t[old.From].Start, t[old.To - 1].End, "org")],
                TimexFormat.Day(doc.Dct), Modality.Asserted)
            {
                TimeAnchor = TimeAnchor.Publication,
                EvidenceStart = view.StartOffset,
                EvidenceEnd = view.EndOffset,
            };
        }
    }
}
