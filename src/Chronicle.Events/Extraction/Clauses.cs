using Chronicle.Events.Ontology;

namespace Chronicle.Events.Extraction;

/// <summary>Clause limits around a token: punctuation breaks and subordinating words, skipping ", who ... ," relatives.</summary>
internal static class Clauses
{
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "when", "while", "although", "though", "since", "if", "once", "because", "until", "unless", "whether",
    };

    public static (int Start, string? Opener) StartOf(Lexicon lexicon, SentenceView view, int token)
    {
        var t = view.Tokens;
        int lastComma = -1;
        for (int i = token - 1; i >= view.From; i--)
        {
            string w = t[i].Lower;
            if (w == "," && lastComma < 0) lastComma = i;
            // "Weeks after Musk announced he would step down, Yaccarino has taken over": the trigger is in the main clause after the comma.
            if (lastComma > i && Subordinators.Contains(w) && i <= view.From + 2) return (lastComma + 1, null);
            if (lexicon.ClauseBreaks.Contains(w) && !(w == "\"" || w == "(" || w == ")")) return (i + 1, null);
            if (!IsOpener(lexicon, view, i)) continue;
            // ", who fired the fatal shot, faces ..." — the relative clause ended before the trigger: keep looking left.
            if (w is "who" or "which" or "whose" && i > view.From && t[i - 1].Lower == ","
                && Enumerable.Range(i + 1, Math.Max(0, token - i - 1)).Any(k => t[k].Lower == ","))
            {
                i--;
                continue;
            }
            return (i + 1, w);
        }
        return (view.From, null);
    }

    public static int EndOf(Lexicon lexicon, SentenceView view, int token)
    {
        var t = view.Tokens;
        for (int i = token + 1; i < view.To; i++)
        {
            string w = t[i].Lower;
            if (lexicon.ClauseBreaks.Contains(w) && w is not ("\"" or "(" or ")")) return i;
            if (w is "." or "!" or "?") return i;
            if (IsOpener(lexicon, view, i) && w is not ("after" or "before" or "since" or "until")) return i;
        }
        return view.To;
    }

    private static bool IsOpener(Lexicon lexicon, SentenceView view, int i)
    {
        string w = view.Tokens[i].Lower;
        if (!lexicon.ClauseOpeners.Contains(w)) return false;
        // "that" as a determiner ("that role", "that Baldwin faced" is still a clause) — only "that" followed by a determiner-like word is not.
        if (w == "that" && i + 1 < view.To && view.Tokens[i + 1].Lower is "role" or "post" or "position" or "job" or "case" or "deal" or "charge" or "decision" or "contest" or "time") return false;
        return true;
    }
}
