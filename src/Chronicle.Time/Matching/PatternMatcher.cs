namespace Chronicle.Time.Matching;

/// <summary>A rule matched on tokens [First, Last].</summary>
public readonly record struct RuleMatch(Rule Rule, int First, int Last);

/// <summary>
/// Finds, at one token position, every rule whose pattern matches there, longest first. Patterns are short
/// sequences with optional elements, so a depth-first search over the elements is enough.
/// </summary>
public static class PatternMatcher
{
    public static void MatchesAt(RuleSet rules, List<TimeToken> tokens, int position, List<RuleMatch> found)
    {
        found.Clear();
        var first = tokens[position].Classes;
        foreach (var rule in rules.Rules)
        {
            if ((rule.FirstClasses & first) == 0) continue;
            if (!Context(rule, tokens, position)) continue;
            int end = LongestEnd(rule.Elements, 0, tokens, position, position, false);
            if (end <= position) continue;
            if (rule.ForbiddenNext != 0 && end < tokens.Count && (tokens[end].Classes & rule.ForbiddenNext) != 0 && !tokens[end].BreakBefore)
                continue;
            found.Add(new RuleMatch(rule, position, end - 1));
        }
        found.Sort(static (a, b) => a.Last != b.Last ? b.Last.CompareTo(a.Last) : a.Rule.Priority.CompareTo(b.Rule.Priority));
    }

    private static bool Context(Rule rule, List<TimeToken> tokens, int position)
    {
        bool hasPrevious = position > 0 && !tokens[position].BreakBefore;
        var previous = hasPrevious ? tokens[position - 1].Classes : UInt128.Zero;
        if (rule.RequiredPrevious != 0 && (previous & rule.RequiredPrevious) == 0) return false;
        if (rule.ForbiddenPrevious != 0 && (previous & rule.ForbiddenPrevious) != 0) return false;
        return true;
    }

    /// <summary>The end (exclusive token index) of the longest match of elements[e..] starting at token t; start when none.</summary>
    private static int LongestEnd(PatternElement[] elements, int e, List<TimeToken> tokens, int t, int start, bool previousMatched)
    {
        if (e == elements.Length) return t;
        var element = elements[e];
        int best = -1;
        if (t < tokens.Count && (tokens[t].Classes & element.Classes) != 0 && (t == start || !tokens[t].BreakBefore)
            && (previousMatched || !element.NeedsPrevious))
            best = LongestEnd(elements, e + 1, tokens, t + 1, start, true);
        if (element.Optional)
        {
            int skipped = LongestEnd(elements, e + 1, tokens, t, start, false);
            if (skipped > best) best = skipped;
        }
        return best == start && e == 0 ? -1 : best;
    }
}
