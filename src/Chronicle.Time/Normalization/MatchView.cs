using Chronicle.Time.Matching;

namespace Chronicle.Time.Normalization;

/// <summary>
/// What a normalization function sees: the matched tokens (read by class: the first @month, the first #num…),
/// the document date, the tense direction of the sentence and the reference date for anaphora ("the next day").
/// </summary>
public sealed class MatchView(Lexicon lexicon, List<TimeToken> tokens, RuleMatch match, DateOnly documentDate, DiscourseTime discourse)
{
    private int? _direction;

    public Rule Rule => match.Rule;
    public DateOnly DocumentDate => documentDate;
    /// <summary>The day last talked about (the document date until a text names another): anchor of "the next day".</summary>
    public DateOnly Reference => discourse.Reference;

    /// <summary>The day last talked about to the day (else the document date): anchor of "the day before" and clock times.</summary>
    public DateOnly DayReference => discourse.DayReference;

    /// <summary>The quarter last talked about ("2023-Q1"), anchor of "a year earlier" in earnings reports.</summary>
    public string? LastQuarter => discourse.LastQuarter;

    /// <summary>The year last talked about at any precision, else the reference day's year.</summary>
    public int ReferenceYear => discourse.LastYear ?? discourse.Reference.Year;
    public Lexicon Lexicon => lexicon;
    public int First => match.First;
    public int Last => match.Last;

    /// <summary>-1 when the sentence places the expression before the document date, +1 after, 0 when it does not say.</summary>
    public int Direction => _direction ??= TenseCues.Direction(lexicon, tokens, match.First, match.Last);

    /// <summary>The direction, taking the past when the sentence does not say (news reports what happened).</summary>
    public int DirectionOrPast => Direction == 0 ? -1 : Direction;

    /// <summary>
    /// Which of candidates (relative positions to the document date, in some unit: negative = before) the sentence
    /// means: the tense decides; without a cue the nearest, a future candidate counting double.
    /// </summary>
    /// <param name="tolerance">how far a candidate may lie on the wrong side of the document date
    /// ("by Jan. 14" in a story of Jan. 15 still means that Jan. 14).</param>
    /// <param name="reach">how far the tense may carry: a candidate on the tense's side farther than this loses to the
    /// nearest one ("extended to Nov. 20" in a story of Nov. 2 is that Nov. 20, not last year's; a writer names the
    /// year of a date almost a year away)</param>
    public int Choose(IReadOnlyList<int> candidates, int tolerance = 0, (int Back, int Ahead)? reach = null)
    {
        int chosen = ChooseByTense(candidates, tolerance);
        var (back, ahead) = reach ?? (int.MaxValue, int.MaxValue);
        if (candidates[chosen] >= -back && candidates[chosen] <= ahead) return chosen;
        int nearest = chosen;
        for (int k = 0; k < candidates.Count; k++)
            if (Math.Abs((long)candidates[k]) < Math.Abs((long)candidates[nearest])) nearest = k;
        return nearest;
    }

    private int ChooseByTense(IReadOnlyList<int> candidates, int tolerance)
    {
        int best = 0;
        long bestCost = long.MaxValue;
        for (int k = 0; k < candidates.Count; k++)
        {
            int d = candidates[k];
            long cost = Direction switch
            {
                < 0 => d <= 0 ? -d : d <= tolerance ? 2L * d : long.MaxValue / 2 + d,
                > 0 => d >= 0 ? d : -d <= tolerance ? -2L * d : long.MaxValue / 2 - d,
                _ => d <= 0 ? -d : 2L * d,
            };
            if (cost < bestCost) { bestCost = cost; best = k; }
        }
        return best;
    }

    /// <summary>Index of the first matched token of a class (@month), built-in (#num) or literal word, or -1.</summary>
    public int Find(string className)
    {
        if (className[0] is '@' or '#')
        {
            var bit = lexicon.ClassBit(className);
            if (bit == 0) return -1;
            for (int i = match.First; i <= match.Last; i++)
                if ((tokens[i].Classes & bit) != 0) return i;
            return -1;
        }
        for (int i = match.First; i <= match.Last; i++)
            if (tokens[i].Lower == className) return i;
        return -1;
    }

    public bool Has(string className) => Find(className) >= 0;

    public TimeToken Token(int index) => tokens[index];

    /// <summary>The lexicon value of the first matched token of a class ("sept" in @month → "9").</summary>
    public string? Value(string className)
    {
        int i = Find(className);
        return i < 0 ? null : lexicon.Value(className, tokens[i].Lower);
    }

    public int? IntValue(string className) => int.TryParse(Value(className), out int v) ? v : null;

    public int? Number(string builtIn)
    {
        int i = Find(builtIn);
        return i < 0 ? null : tokens[i].Number;
    }

    /// <summary>The number of the first token of a built-in class after token index 'after' ("Nov. 6" after "5 p.m.").</summary>
    public int? NumberAfter(string builtIn, int after)
    {
        for (int i = Math.Max(after + 1, match.First); i <= match.Last; i++)
            if (lexicon.Has(tokens[i], builtIn)) return tokens[i].Number;
        return null;
    }

    /// <summary>The token just before the match, if it is in the same line.</summary>
    public TimeToken? Previous => match.First > 0 && !tokens[match.First].BreakBefore ? tokens[match.First - 1] : null;

    public TimeToken? Next => match.Last + 1 < tokens.Count && !tokens[match.Last + 1].BreakBefore ? tokens[match.Last + 1] : null;

    public bool PreviousIs(string className) => Previous is { } p && lexicon.Has(p, className);
    public bool NextIs(string className) => Next is { } n && lexicon.Has(n, className);

    /// <summary>A year written in full or as '98 (two digits: the century closest to the document date).</summary>
    public int? Year()
    {
        int i = Find("#year");
        if (i < 0) return null;
        var t = tokens[i];
        if (t.Kind != TokenKind.ShortYear) return t.Number;
        return ExpandYear(t.Number, documentDate);
    }

    public static int ExpandYear(int twoDigits, DateOnly documentDate)
    {
        int century = documentDate.Year / 100 * 100;
        int year = century + twoDigits;
        if (year > documentDate.Year + 20) year -= 100;
        return year;
    }
}
