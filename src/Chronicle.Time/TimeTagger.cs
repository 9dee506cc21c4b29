using System.Runtime.CompilerServices;
using Chronicle.Domain.Time;
using Chronicle.Time.Matching;
using Chronicle.Time.Normalization;

namespace Chronicle.Time;

/// <summary>Finds time expressions and normalizes them to TIMEX3 values relative to the document creation time.</summary>
public sealed class TimeTagger
{
    public static TimeTagger Default { get; } = new(RuleSet.LoadDefault());

    private readonly RuleSet _rules;
    private readonly Func<MatchView, TimexResult?>[] _functions;

    public TimeTagger(RuleSet rules)
    {
        _rules = rules;
        _functions = rules.Rules
            .Select(r => Normalizers.ByName.TryGetValue(r.Function, out var f) ? f
                : throw new InvalidOperationException($"Time rule '{r.Name}' names the unknown function '{r.Function}'."))
            .ToArray();
    }

    public RuleSet Rules => _rules;

    public IReadOnlyList<TimeMention> Tag(string text, DateOnly documentDate) => Tag(text, documentDate, new DiscourseTime(documentDate));

    /// <summary>
    /// Tags one piece of a longer text: pass the same <paramref name="discourse"/> for the sentences of one document,
    /// in order, so that "the next day" or "a year earlier" in one sentence refers to the time of an earlier one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly documentDate, DiscourseTime discourse)
    {
        var tokens = TimeTokenizer.Tokenize(text, _rules.Lexicon);
        var mentions = new List<TimeMention>();
        var matches = new List<RuleMatch>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((tokens[i].Classes & _rules.StartClasses) == 0) continue;
            PatternMatcher.MatchesAt(_rules, tokens, i, matches);
            foreach (var match in matches)
            {
                var view = new MatchView(_rules.Lexicon, tokens, match, documentDate, discourse);
                var result = Normalize(match.Rule, view);
                if (result is null) continue;
                var mention = Mention(text, tokens, match, result);
                mentions.Add(mention);
                Remember(discourse, mention, match.Rule, documentDate);
                i = match.Last;
                break;
            }
        }
        return mentions;
    }

    /// <summary>
    /// A value that falls off the calendar ("5000 years ago", a date before year 1) rejects the match instead of
    /// failing the document: ingestion must never stop on one odd expression.
    /// </summary>
    private TimexResult? Normalize(Rule rule, MatchView view)
    {
        try { return _functions[rule.Priority](view); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException) { return null; } // OverflowException: "3333333333 years ago" (found by fuzzing)
    }

    private static bool IsRecentQuarter(DateOnly start, DateOnly documentDate) =>
        start < documentDate && start >= documentDate.AddMonths(-15);

    private static void Remember(DiscourseTime discourse, TimeMention mention, Rule rule, DateOnly documentDate)
    {
        if (mention.Type is TimexType.Set or TimexType.Duration) return;
        var parsed = mention.Parsed;
        // a quarter reached by going back a year is a comparison, not a new topic: "a year earlier" twice is not two years;
        // nor is a forecast ("the third quarter of 1990") or a comparison named by year ("the 1988 period"): the topic
        // of a report is a quarter that began in the fifteen months before it (fiscal quarters need not end with calendar ones)
        if (parsed is { Granularity: TimexGranularity.Quarter, Earliest: { } quarterStart }
            && rule.Function is not ("quarter_year_ago" or "ago") && IsRecentQuarter(DateOnly.FromDateTime(quarterStart), documentDate))
            discourse.LastQuarter = parsed.Value;
        if (parsed is { Granularity: >= TimexGranularity.Year and < TimexGranularity.Duration, Earliest: { } year })
            discourse.LastYear = year.Year;
        if (parsed is { Granularity: >= TimexGranularity.Month and < TimexGranularity.Duration, Earliest: { } start })
            discourse.Reference = DateOnly.FromDateTime(start);
        if (parsed is { Granularity: >= TimexGranularity.Day and < TimexGranularity.Duration, Earliest: { } day })
            discourse.DayReference = DateOnly.FromDateTime(day);
    }

    private static TimeMention Mention(string text, List<TimeToken> tokens, RuleMatch match, TimexResult result)
    {
        int first = match.First, last = match.Last;
        // a full stop belongs to the expression only when it closes an abbreviation ("Sept."), not the sentence
        if (last > first && tokens[last].Lower == "." && !IsAbbreviation(tokens[last - 1])) last--;
        if (last > first && tokens[last].Lower is "," or "-") last--;
        // "the" stays with the noun after a hyphenated modifier: the [third-quarter] results, the [two-week] trip
        if (last > first && tokens[first].Lower == "the" && HasHyphen(tokens, first, last) && NextIsWord(tokens, last)) first++;
        int start = tokens[first].Start, end = tokens[last].End;
        return new TimeMention(start, end, text[start..end], result.Type, result.Value, result.Inferred != TimexParts.None, result.Mod)
        {
            StatedParts = result.Stated,
            InferredParts = result.Inferred,
        };
    }

    private static bool HasHyphen(List<TimeToken> tokens, int first, int last)
    {
        for (int i = first + 1; i < last; i++)
            if (tokens[i].Lower == "-" && tokens[i].Start == tokens[i - 1].End) return true;
        return false;
    }

    private static bool NextIsWord(List<TimeToken> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Word && !tokens[last + 1].BreakBefore;

    private static bool IsAbbreviation(in TimeToken token) =>
        token.Kind == TokenKind.Word && token.End - token.Start <= 4 && token.Lower is not ("may" or "june" or "july");
}
