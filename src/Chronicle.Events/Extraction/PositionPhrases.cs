using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;

namespace Chronicle.Events.Extraction;

/// <summary>A position read from a phrase: "the UK's prime minister", "CEO of Twitter", "Tory party leader".</summary>
internal sealed record PositionPhrase(PositionName Position, int RoleFrom, int RoleTo, Mention? Organization, bool Pending, bool Former, bool Interim);

internal static class PositionPhrases
{
    /// <summary>The end of the longest position name starting at token i, or i when none starts there.</summary>
    public static int MatchAt(Lexicon lexicon, List<Tok> t, int i, int limit) => Match(lexicon, t, i, limit, out _);

    private static int Match(Lexicon lexicon, List<Tok> t, int i, int limit, out PositionName? position)
    {
        position = null;
        if (i >= limit || !lexicon.PositionIndex.TryGetValue(t[i].Lower, out var candidates)) return i;
        foreach (var (tokens, name) in candidates)
        {
            if (i + tokens.Length > limit) continue;
            bool ok = true;
            for (int k = 1; k < tokens.Length && ok; k++) ok = t[i + k].Lower == tokens[k];
            if (!ok) continue;
            position = name;
            return i + tokens.Length;
        }
        return i;
    }

    /// <summary>Finds a position in tokens [from, to) and the organization it belongs to.</summary>
    public static PositionPhrase? Parse(Lexicon lexicon, SentenceView view, int from, int to, bool allowGeneric = false, int? contextFrom = null)
    {
        var t = view.Tokens;
        to = Math.Min(to, view.To);
        for (int i = from; i < to; i++)
        {
            int end = Match(lexicon, t, i, to, out var position);
            if (end == i || position is null) continue;
            if (!allowGeneric && position.Canonical == "employee") continue;
            var organization = OrganizationAfter(view, end, to) ?? OrganizationBefore(lexicon, view, contextFrom ?? from, i);
            bool pending = false, former = false, interim = false;
            for (int k = Math.Max(contextFrom ?? from, i - 4); k < i; k++)
            {
                string w = t[k].Lower;
                if (lexicon.PendingModifiers.Contains(w)) pending = true;
                if (lexicon.FormerModifiers.Contains(w) || w.StartsWith("ex-", StringComparison.Ordinal) || w.StartsWith("then-", StringComparison.Ordinal)) former = true;
                if (lexicon.InterimModifiers.Contains(w)) interim = true;
            }
            if (i < t.Count && (t[i].Lower.StartsWith("ex-", StringComparison.Ordinal))) former = true;
            if (end < view.To && t[end].Lower is "-designate" or "-elect" or "designate" or "elect") pending = true;
            return new PositionPhrase(position, i, end, organization, pending, former, interim);
        }
        return null;
    }

    private static Mention? OrganizationAfter(SentenceView view, int end, int to)
    {
        var t = view.Tokens;
        if (end >= view.To || t[end].Lower is not ("of" or "at" or "for" or "in")) return null;
        for (int k = end + 1; k < Math.Min(view.To, end + 5); k++)
        {
            var m = view.MentionAt(k);
            if (m is not null) return m.Kind == MentionKind.Person ? null : m;
            if (t[k].Lower is "," or "." or ";") break;
        }
        return null;
    }

    private static Mention? OrganizationBefore(Lexicon lexicon, SentenceView view, int from, int roleStart)
    {
        var t = view.Tokens;
        // Allow a possessive, a few modifiers ("long-time", "57th", "third ever female") and "party"/"company" between.
        for (int k = roleStart - 1; k >= Math.Max(view.From, Math.Min(from, roleStart) - 1) && k >= roleStart - 6; k--)
        {
            var m = view.MentionAt(k);
            if (m is not null) return m.Kind == MentionKind.Person || m.IsPronoun && m.Kind == MentionKind.Person ? null : m;
            string w = t[k].Lower;
            if (w is "," or "." or ";" or "and" or "as" or "to" || lexicon.Prepositions.Contains(w) && w != "of") break;
            // Only modifiers may stand between an organization and its position ("Activision's long-time CEO", "the UK's 57th prime minister").
            bool modifier = w is "'s" or "'" || lexicon.Determiners.Contains(w) || t[k].IsCapitalized || t[k].IsNumber || w.Contains('-')
                            || lexicon.OrgNouns.Contains(w) || lexicon.InterimModifiers.Contains(w) || lexicon.FormerModifiers.Contains(w)
                            || w is "new" or "ever" or "female" or "male" or "first" or "second" or "third" or "youngest" or "oldest" or "current" or "longtime" or "embattled" or "outgoing"
                            || w.EndsWith("th", StringComparison.Ordinal) && w.Length > 2 && char.IsDigit(w[0]);
            if (!modifier) break;
        }
        return null;
    }
}
