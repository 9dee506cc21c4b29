using Chronicle.Domain.Events;
using Chronicle.Domain.Time;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;
using Chronicle.Time.Normalization;

namespace Chronicle.Events.Extraction;

/// <summary>What an event's context says about it: modality, polarity, attribution and time.</summary>
internal sealed record Reading(Modality Modality, bool Negated, string? Attribution, string? Time, TimeAnchor Anchor, bool PendingPosition);

/// <summary>Reads voice, modality ("set to be dropped", "will step down", "could be refiled"), negation, attribution and time around a trigger.</summary>
internal sealed class EventReading(Lexicon lexicon)
{
    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "took", "taken", "became", "left", "won", "bought", "stood", "went", "gone", "chose", "chosen", "gave", "given", "got", "made", "found",
        "met", "ran", "paid", "held", "led", "began", "begun", "brought", "sold", "put", "set", "withdrew", "withdrawn", "threw", "thrown", "wed",
        "quit", "shot", "struck", "sworn", "fell", "hit", "lost", "sent", "told", "said", "pled", "thrown", "forced",
    };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "would", "'ll", "shall", "could", "may", "might", "can", "should", "must" };

    public bool IsParticiple(string w) => w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || IrregularPast.Contains(w);

    /// <summary>"the current charges", "Activision's appeal": a verb pattern whose first word is used as a noun.</summary>
    public bool IsNounUse(SentenceView v, int start, int end)
    {
        string w = v.Tokens[start].Lower;
        if (IsParticiple(w) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        if (start == v.From) return false;
        var prev = v.Tokens[start - 1];
        string p = prev.Lower;
        bool objectFollows = end < v.To && (v.MentionAt(end) is not null || lexicon.Pronouns.ContainsKey(v.Tokens[end].Lower) && v.Tokens[end].Lower is not ("his" or "her" or "its" or "their"));
        if (objectFollows) return false;
        bool verbBefore = lexicon.BeAux.Contains(p) || lexicon.HaveAux.Contains(p) || lexicon.Adverbs.Contains(p) || Modals.Contains(p)
                          || p is "to" or "not" or "n't" or "never" or "they" or "he" or "she" or "it" or "we" or "i" or "you" or "who" or "which" or ","
                          || v.MentionAt(start - 1) is { Possessive: false };
        return !verbBefore;
    }

    public Voice VoiceOf(SentenceView v, int start, int end, int clauseEnd, RoleFiller filler)
    {
        string w = v.Tokens[start].Lower;
        int k = SkipBack(v, start - 1, out _);
        bool beforeIsBe = k >= v.From && lexicon.BeAux.Contains(v.Tokens[k].Lower) || k >= v.From && v.Tokens[k].Lower is "get" or "got" or "gets";
        for (int j = k + 1; j < start && !beforeIsBe; j++) beforeIsBe = v.Tokens[j].Lower is "be" or "been" or "being";
        if (beforeIsBe && IsParticiple(w)) return Voice.Passive;
        bool hasObject = false;
        for (int j = end; j < Math.Min(clauseEnd, end + 4); j++)
        {
            var t = v.Tokens[j];
            if (v.MentionAt(j) is not null || lexicon.Pronouns.ContainsKey(t.Lower) && t.Lower is not "it") { hasObject = true; break; }
            if (!(lexicon.Determiners.Contains(t.Lower) || t.IsCapitalized || lexicon.PersonNouns.Contains(t.Lower))) break;
        }
        if (hasObject) return Voice.Active;
        // "Baldwin charged with ...", "executives terminated by Musk": a participle with no object is passive; "dismissed the case" is not.
        bool nounPhraseFollows = end < clauseEnd && (lexicon.Determiners.Contains(v.Tokens[end].Lower) || v.Tokens[end].IsNumber);
        if (IsParticiple(w) && !nounPhraseFollows && !(k >= v.From && lexicon.HaveAux.Contains(v.Tokens[k].Lower))) return Voice.Passive;
        return Voice.Active;
    }

    /// <summary>Index of the first token before <paramref name="k"/> that is not an adverb, auxiliary or negation.</summary>
    private int SkipBack(SentenceView v, int k, out bool negated)
    {
        negated = false;
        while (k >= v.From)
        {
            string w = v.Tokens[k].Lower;
            if (w is "not" or "n't" or "never") { negated = true; k--; continue; }
            if (lexicon.Adverbs.Contains(w) || w is "be" or "been" or "being" or "have" or "has" or "had") { k--; continue; }
            break;
        }
        return k;
    }

    public Reading Read(MatchContext c, List<Filled> filled)
    {
        var v = c.View;
        int k = SkipBack(v, c.Start - 1, out bool negated);
        var modality = Modality.Asserted;
        bool nounAfterTo = c.Voice == Voice.Noun && k >= v.From && v.Tokens[k].Lower == "to";
        if (k >= v.From && !nounAfterTo && !EndsWithCue(v, k, lexicon.DoneDecisionCues))
        {
            if (EndsWithCue(v, k, lexicon.PossibleCues)) modality = Modality.Possible;
            else if (EndsWithCue(v, k, lexicon.ExpectedCues)) modality = Modality.Expected;
            else if (lexicon.BeAux.Contains(v.Tokens[k].Lower) && k - 1 >= v.From && EndsWithCue(v, k - 1, lexicon.ExpectedCues) && v.Tokens[k - 1].Lower is "will" or "would" or "'ll")
                modality = Modality.Expected;
            if (v.Tokens[k].Lower is "is" or "are" or "'s" or "'re" && v.Tokens[c.Start].Lower.EndsWith("ing", StringComparison.Ordinal) && k - 1 >= v.From
                && v.Tokens[k - 1].Lower is "going") modality = Modality.Expected;
        }
        if (c.Opener is "whether" or "if" or "unless") modality = Modality.Possible;
        if (modality == Modality.Asserted)
            for (int j = c.Start + 1; j < c.End - 1; j++)
                if (v.Tokens[j].Lower is "will" or "would" or "'ll" or "expected" or "set" or "plans" or "plan") modality = Modality.Expected;
                else if (v.Tokens[j].Lower is "could" or "may" or "might") modality = Modality.Possible;
        if (modality == Modality.Asserted && IsConditionalFuture(c)) modality = Modality.Expected;
        if (modality == Modality.Asserted && c.Voice != Voice.Noun && IsPurpose(v, c.Start) && !EndsWithCue(v, k, lexicon.DoneDecisionCues)) modality = Modality.Expected;
        if (!negated && k >= v.From && v.Tokens[k].Lower is "no") negated = true;

        bool pendingPosition = false;
        for (int j = Math.Max(v.From, c.Start); j < Math.Min(v.To, c.End + 8); j++)
            if (lexicon.PendingModifiers.Contains(v.Tokens[j].Lower) && filled.Any(f => f.Kind == RoleKind.Position && j < f.From && f.From - j <= 3)) pendingPosition = true;

        var (time, anchor) = TimeOf(c, modality, filled);
        return new Reading(modality, negated, Attribution(v, c.Start), time, anchor, pendingPosition);
    }

    private static bool EndsWithCue(SentenceView v, int k, IReadOnlyList<string[]> cues)
    {
        foreach (var cue in cues)
        {
            int from = k - cue.Length + 1;
            if (from < v.From) continue;
            bool ok = true;
            for (int i = 0; i < cue.Length && ok; i++) ok = v.Tokens[from + i].Lower == cue[i];
            if (ok) return true;
        }
        return false;
    }

    /// <summary>"once the deal closes, ... will", "after the acquisition is completed" — a condition on a future event.</summary>
    private bool IsConditionalFuture(MatchContext c)
    {
        if (c.Opener is null || !lexicon.SubordinateFuture.Contains(c.Opener)) return false;
        var v = c.View;
        bool present = false;
        for (int j = c.ClauseStart; j <= c.Start; j++)
            if (v.Tokens[j].Lower is "is" or "are" || (j == c.Start && v.Tokens[j].Lower.EndsWith('s') && !v.Tokens[j].Lower.EndsWith("ss", StringComparison.Ordinal)))
                present = true;
        if (!present) return false;
        for (int j = v.From; j < v.To; j++)
            if (v.Tokens[j].Lower is "will" or "would" or "'ll" or "expected") return true;
        return false;
    }

    /// <summary>"To convict her, jurors ...", "a motion to dismiss": an infinitive names a goal, not a fact.</summary>
    private bool IsPurpose(SentenceView v, int start)
    {
        int k = start - 1;
        while (k >= v.From && lexicon.Adverbs.Contains(v.Tokens[k].Lower)) k--;
        return k >= v.From && v.Tokens[k].Lower == "to";
    }

    private static string? Attribution(SentenceView v, int trigger)
    {
        var t = v.Tokens;
        for (int i = v.From; i < v.To; i++)
        {
            string w = t[i].Lower;
            if (w == "according" && i + 1 < v.To && t[i + 1].Lower == "to")
            {
                int end = i + 2;
                while (end < v.To && t[end].Lower is not ("," or "." or ";" or ":")) end++;
                return v.Text(i, end);
            }
            if (w == "per" && i > v.From && t[i - 1].Lower == "," && i + 1 < v.To && t[i + 1].IsCapitalized)
            {
                int end = i + 1;
                while (end < v.To && t[end].Lower is not ("," or "." or ";")) end++;
                return v.Text(i, end);
            }
        }
        for (int i = v.From + 1; i < v.To; i++)
        {
            string w = t[i].Lower;
            if (i == trigger || w is not ("said" or "says" or "told" or "reported" or "reports" or "confirmed" or "announced" or "stated" or "wrote" or "posted")) continue;
            int from = i - 1;
            while (from > v.From && i - from < 6 && t[from - 1].Lower is not ("," or "." or ";" or ":" or "\"" or "that" or "and")) from--;
            if (!t.GetRange(from, i - from).Any(x => x.IsCapitalized || x.Lower is "prosecutors" or "officials" or "police" or "lawyers" or "attorneys" or "sources" or "he" or "she" or "they"))
                continue;
            return v.Text(from, i + 1);
        }
        return null;
    }

    private (string? Value, TimeAnchor Anchor) TimeOf(MatchContext c, Modality modality, List<Filled> filled)
    {
        var v = c.View;
        var dct = c.Doc.Dct;
        var timeEnds = v.Times.GroupBy(x => x.Token).ToDictionary(g => g.Key, g => v.TokenAt(g.First().Time.End - 1) + 1);
        var excluded = filled.Where(f => f.Role == "until").Select(f => f.From).ToHashSet();
        (int Token, string Value)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (token, time) in v.Times)
        {
            if (token < c.ClauseStart || token >= c.ClauseEnd || excluded.Contains(token)) continue;
            if (FirstDayOf(time.Parsed) is not { } first) continue;
            // "faces trial, scheduled for July": a later date in a report of what holds now dates something else.
            if (modality == Modality.Asserted && first > dct) continue;
            string value = time.Value;
            int timeEnd = timeEnds.GetValueOrDefault(token, token + 1);
            if (value.Length == 4 && timeEnd == token + 1 && IsModifierYear(v, token) || IsModifierDate(v, token, timeEnd)) continue;
            int distance = token >= c.End ? token - c.End : c.Start - token + 2;
            if (distance < bestDistance) { best = (token, value); bestDistance = distance; }
        }
        if (best is { } b) return (b.Value, TimeAnchor.Explicit);
        if (modality != Modality.Asserted || c.Voice == Voice.Noun) return (TimexFormat.Day(dct), TimeAnchor.Publication);
        return IsSimplePast(v, c.Start) ? (null, TimeAnchor.Undated) : (TimexFormat.Day(dct), TimeAnchor.Publication);
    }

    /// <summary>
    /// The first day a time can date an event by: a calendar value from a year down to a minute. Decades and
    /// centuries ("the 1990s") date an era, not one event; references, durations and sets date nothing.
    /// </summary>
    internal static DateOnly? FirstDayOf(TimexValue time) =>
        time.Earliest is { } earliest && time.Granularity >= TimexGranularity.Year ? DateOnly.FromDateTime(earliest) : null;

    /// <summary>"the fatal 2021 shooting": a year used as a modifier dates the noun, not the event.</summary>
    private static bool IsModifierYear(SentenceView v, int token)
    {
        int next = token + 1;
        return next < v.To && v.Tokens[next].IsWord && !v.Tokens[next].IsCapitalized
               && v.Tokens[next].Lower is not ("when" or "after" or "before" or "and" or "but" or "that" or "as" or "in" or "on" or "for" or "to" or "with" or "by" or "at" or "of");
    }

    /// <summary>"the fatal October 2021 shooting": a date between a modifier and a noun describes the noun.</summary>
    private bool IsModifierDate(SentenceView v, int token, int end)
    {
        if (token <= v.From) return false;
        var prev = v.Tokens[token - 1];
        if (lexicon.Prepositions.Contains(prev.Lower) || !prev.IsWord || prev.IsCapitalized) return false;
        int next = Math.Max(token + 1, end);
        while (next < v.To && (v.Tokens[next].IsNumber || v.Tokens[next].IsCapitalized || v.Tokens[next].Lower == ",")) next++;
        return next < v.To && v.Tokens[next].IsWord && !v.Tokens[next].IsCapitalized && !lexicon.Prepositions.Contains(v.Tokens[next].Lower)
               && !lexicon.Adverbs.Contains(v.Tokens[next].Lower) && !lexicon.ClauseOpeners.Contains(v.Tokens[next].Lower) && v.Tokens[next].Lower is not ("and" or "or");
    }

    private bool IsSimplePast(SentenceView v, int start)
    {
        string w = v.Tokens[start].Lower;
        int k = SkipBack(v, start - 1, out _);
        string before = k >= v.From ? v.Tokens[k].Lower : "";
        if (lexicon.HaveAux.Contains(before) && before is "has" or "have" or "'ve") return false;
        if (v.Tokens.Skip(Math.Max(v.From, start - 4)).Take(Math.Min(4, start - v.From)).Any(t => t.Lower is "has" or "have")) return false;
        if (before is "is" or "are" or "am") return false;
        if (before is "was" or "were" or "had") return true;
        return IsParticiple(w) || IrregularPast.Contains(w);
    }
}
