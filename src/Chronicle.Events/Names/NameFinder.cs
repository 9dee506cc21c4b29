using Chronicle.Events.Ontology;
using Chronicle.Events.Text;

namespace Chronicle.Events.Names;

/// <summary>
/// The fallback name finder used when the entity stage gave no mentions: runs of capitalized words
/// (with "of", "and", "&amp;" inside organization names), minus sentence-initial common words, months,
/// honorifics and position titles.
/// </summary>
public sealed class NameFinder(Lexicon lexicon, IReadOnlySet<string> triggerWords)
{
    public List<(int From, int To)> Find(List<Tok> tokens, int from, int to)
    {
        bool titleCase = IsTitleCase(tokens, from, to);
        var spans = new List<(int, int)>();
        int i = from;
        while (i < to)
        {
            if (!CanStart(tokens, i, from, titleCase)) { i++; continue; }
            int j = i + 1;
            while (j < to)
            {
                if (CanContinue(tokens[j], titleCase)) { j++; continue; }
                if (tokens[j].Lower is "of" or "and" or "&" or "for" && j + 1 < to && CanContinue(tokens[j + 1], titleCase)
                    && (tokens[j].Lower != "and" || EndsOrganization(tokens, j + 1, to, titleCase)))
                {
                    j += 2;
                    continue;
                }
                break;
            }
            spans.Add((i, j));
            i = j;
        }
        return spans;
    }

    private bool EndsOrganization(List<Tok> tokens, int k, int to, bool titleCase)
    {
        while (k < to && CanContinue(tokens[k], titleCase)) k++;
        return lexicon.OrgSuffixes.Contains(tokens[k - 1].Lower);
    }

    private static bool IsTitleCase(List<Tok> tokens, int from, int to)
    {
        int words = 0, caps = 0;
        for (int i = from; i < to; i++)
        {
            if (!tokens[i].IsWord) continue;
            words++;
            if (tokens[i].IsCapitalized) caps++;
        }
        return words >= 5 && caps >= words * 0.75;
    }

    private bool CanStart(List<Tok> tokens, int i, int sentenceStart, bool titleCase)
    {
        var t = tokens[i];
        if (!IsNameToken(t, titleCase)) return false;
        bool initial = i == sentenceStart || tokens[i - 1].Lower is "\"" or "'" or "(" or "—" or "–" or ":" or "-";
        if (initial && (lexicon.NameStopwords.Contains(t.Lower) || lexicon.Determiners.Contains(t.Lower) || lexicon.Prepositions.Contains(t.Lower)
            || triggerWords.Contains(t.Lower) || t.Lower.EndsWith("ly", StringComparison.Ordinal)))
            return false;
        return true;
    }

    private bool CanContinue(Tok t, bool titleCase) => IsNameToken(t, titleCase) && !lexicon.Honorifics.Contains(t.Lower);

    private bool IsNameToken(Tok t, bool titleCase)
    {
        if (!t.IsCapitalized || !t.IsWord || t.IsAddress) return false;
        string l = t.Lower;
        if (lexicon.Months.Contains(l) || lexicon.Weekdays.Contains(l) || lexicon.Honorifics.Contains(l)) return false;
        if (lexicon.PositionIndex.TryGetValue(l, out var positions) && positions.Any(p => p.Tokens.Length == 1)) return false;
        if (l is "i" or "the" or "a" or "an" or "and" or "or" or "but" or "of" or "in" or "on" or "at" or "to" or "for" or "by" or "with") return false;
        if (titleCase && (lexicon.NameStopwords.Contains(l) || lexicon.Determiners.Contains(l) || lexicon.Prepositions.Contains(l)
            || triggerWords.Contains(l) || lexicon.BeAux.Contains(l) || lexicon.HaveAux.Contains(l) || l.EndsWith("ly", StringComparison.Ordinal)))
            return false;
        return true;
    }
}
