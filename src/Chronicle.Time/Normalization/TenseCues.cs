using System.Runtime.CompilerServices;
using Chronicle.Time.Matching;

namespace Chronicle.Time.Normalization;

/// <summary>
/// Decides whether an under-specified expression ("in March", "Friday") lies before or after the document date,
/// from the nearest tense cue in its clause: future cues (will, expected, begins...) and past cues (was, said,
/// verbs in -ed) come from lexicon.json. Returns 0 when there is no cue; callers then lean to the past.
/// </summary>
public static class TenseCues
{
    private const int LeftWindow = 16, RightWindow = 8, ReportingReach = 2;

    /// <summary>The cue classes of one lexicon, looked up once.</summary>
    private sealed record CueBits(UInt128 Future, UInt128 Past, UInt128 Passive, UInt128 Deadline, UInt128 Reporting,
        UInt128 Adjective, UInt128 NounAfterTo);

    private static readonly ConditionalWeakTable<Lexicon, CueBits> Bits = new();

    private static CueBits BitsOf(Lexicon lexicon) => Bits.GetValue(lexicon, l => new CueBits(
        l.ClassBit("@future_cue"), l.ClassBit("@past_cue"), l.ClassBit("@passive_auxiliary"), l.ClassBit("@weak_future_cue"),
        l.ClassBit("@reporting_verb"), l.ClassBit("@adjective_marker"), l.ClassBit("@not_a_verb_after_to")));

    public static int Direction(Lexicon lexicon, List<TimeToken> tokens, int first, int last)
    {
        var bits = BitsOf(lexicon);
        int bestDistance = int.MaxValue, direction = 0;
        bool deadline = false, pastPerfect = false;
        // "until Tuesday", "by Jan. 14": a deadline right before the expression looks ahead unless the clause is in the past perfect
        bool immediateDeadline = first > 0 && !tokens[first].BreakBefore && (tokens[first - 1].Classes & bits.Deadline) != 0;
        // "Wednesday's ruling": an expression that owns a thing names when it happened
        bool possessive = last + 2 < tokens.Count && tokens[last + 1].Lower == "'" && tokens[last + 2].Lower == "s"
                          && tokens[last + 1].Start == tokens[last].End;
        bool infinitive = false;
        for (int i = first - 1, d = 1; i >= 0 && d <= LeftWindow; i--, d++)
        {
            if (tokens[i + 1].BreakBefore || EndsClause(tokens, i)) break;
            pastPerfect |= tokens[i].Lower == "had";
            int cue = Cue(bits, tokens, i, d);
            // "decided to admit them in March": a past verb governing an infinitive does not date what follows
            if (cue < 0 && infinitive && direction == 0) break;
            if (cue != 0 && direction == 0) { bestDistance = d; direction = cue; }
            deadline |= (tokens[i].Classes & bits.Deadline) != 0;
            infinitive |= tokens[i].Lower == "to" && i + 1 < first && tokens[i + 1].Kind == TokenKind.Word
                          && !tokens[i + 1].Capitalized && (tokens[i + 1].Classes & bits.NounAfterTo) == 0;
        }
        int rightDirection = 0;
        // "in September." may end its sentence with the full stop it matched: the next sentence says nothing about it
        bool sentenceEnded = EndsClause(tokens, last);
        // a name is one unit however many words it has: "On Tuesday, the National Rifle Association plans to …"
        for (int i = last + 1, d = 1; !sentenceEnded && i < tokens.Count && d <= RightWindow && i - last <= 2 * RightWindow; i++, d += tokens[i - 1].Capitalized ? 0 : 1)
        {
            if (tokens[i].BreakBefore || EndsClause(tokens, i)) break;
            pastPerfect |= tokens[i].Lower == "had";
            int cue = Cue(bits, tokens, i, d);
            if (cue != 0 && rightDirection == 0 && d < bestDistance) rightDirection = cue;
        }
        if (pastPerfect || possessive) return -1;
        if (immediateDeadline) return 1;
        if (rightDirection != 0) direction = rightDirection;
        return direction == 0 && deadline ? 1 : direction;
    }

    private static int Cue(CueBits bits, List<TimeToken> tokens, int i, int distance)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word) return 0;
        if ((token.Classes & bits.Reporting) != 0 && distance > ReportingReach) return 0;
        if ((token.Classes & bits.Future) != 0) return 1;
        bool participle = i > 0 && (tokens[i - 1].Classes & (bits.Passive | bits.Adjective)) != 0;
        if (((token.Classes & bits.Past) != 0 || token.PastForm) && !participle) return -1;
        return 0;
    }

    private static bool EndsClause(List<TimeToken> tokens, int i)
    {
        var lower = tokens[i].Lower;
        if (lower is "!" or "?" or ";" or "\"") return true;
        // a full stop ends the sentence unless it closes an abbreviation ("Sept.") or sits inside a number (9.5)
        if (lower != "." || i == 0) return false;
        var before = tokens[i - 1];
        if (before.Kind == TokenKind.Word && before.End - before.Start <= 4) return false;
        return i + 1 >= tokens.Count || tokens[i + 1].Start > tokens[i].End || tokens[i + 1].Kind == TokenKind.Punctuation;
    }
}
