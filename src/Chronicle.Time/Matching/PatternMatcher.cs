using System.Runtime.CompilerServices;
namespace Chronicle.Time.Matching;

/// <summary>A rule matched on tokens [First, Last].</summary>
public readonly record struct RuleMatch(Rule Rule, int First, int Last);

/// <summary>
/// Finds, at one token position, every rule whose pattern matches there, longest first. Patterns are short
/// sequences with optional elements, so a depth-first search over the elements is enough.
/// </summary>
public static class PatternMatcher
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MatchesAt(RuleSet rules, List<TimeToken> tokens, int position, List<RuleMatch> found)
    {
        found.Clear();
        foreach (var rule in rules.CandidatesFor(tokens[position]))
        {
            if (!Context(rule, tokens, position)) continue;
            int end = LongestEnd(rule.Elements, 0, tokens, position, position, false);
            if (end <= position) continue;
            bool hasNext = end < tokens.Count && !tokens[end].BreakBefore;
            if (hasNext && rule.ForbiddenNext.Matches(tokens[end])) continue;
            if (!rule.RequiredNext.IsEmpty && !(hasNext && rule.RequiredNext.Matches(tokens[end]))) continue;
            found.Add(new RuleMatch(rule, position, end - 1));
        }
        if (found.Count > 1) found.Sort(LongestFirst);
    }

    private static readonly Comparison<RuleMatch> LongestFirst =
        static (a, b) => a.Last != b.Last ? b.Last.CompareTo(a.Last) : a.Rule.Priority.CompareTo(b.Rule.Priority);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Context(Rule rule, List<TimeToken> tokens, int position)
    {
        bool hasPrevious = position > 0 && !tokens[position].BreakBefore;
        if (!rule.RequiredPrevious.IsEmpty && !(hasPrevious && rule.RequiredPrevious.Matches(tokens[position - 1]))) return false;
        if (hasPrevious && rule.ForbiddenPrevious.Matches(tokens[position - 1])) return false;
        return true;
    }

    /// <summary>The end (exclusive token index) of the longest match of elements[e..] starting at token t; start when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LongestEnd(PatternElement[] elements, int e, List<TimeToken> tokens, int t, int start, bool previousMatched)
    {
        if (e == elements.Length) return t;
        var element = elements[e];
        int best = -1;
        if (t < tokens.Count && element.Tokens.Matches(tokens[t]) && (t == start || !tokens[t].BreakBefore)
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
