namespace Chronicle.Ingest;

/// <summary>
/// Cheap counts over one line of a page, taken in a single pass, from which the cleaner tells article
/// prose from labels, timestamps, tables, share bars and captions.
/// </summary>
internal readonly record struct LineShape(
    int Words,
    int CapitalizedWords,
    int DigitWords,
    int TimestampWords,
    int SocialWords,
    int UpperOrNumericWords,
    int Letters,
    int UpperLetters,
    bool EndsLikeSentence,
    bool EndsWithQuestion,
    bool HasSentenceEnd,
    bool StartsLikeCaption)
{
    private const string EdgePunctuation = ",;:\"'“”‘’()[]{}!?*|•·«»-–—";
    private static readonly string[] NameJoiners = ["and", "&", "of", "de", "la", "van", "von", "bin", "al"];

    public bool IsAllCaps => Words >= 4 && Letters >= 12 && UpperLetters >= Letters * 0.85;

    /// <summary>Timestamps and share bars are short: longer lines skip the word-list lookups.</summary>
    private const int MaxWordsForLookups = 16;

    public static LineShape Of(ReadOnlySpan<char> line, NoiseRules rules)
    {
        bool lookUp = line.Count(' ') < MaxWordsForLookups;
        int words = 0, capitalizedWords = 0, digitWords = 0, timestampWords = 0, socialWords = 0, upperOrNumeric = 0, letters = 0, upperLetters = 0;
        int capitalizedBeforeFirstLowercase = 0;
        bool? startsLikeCaption = null;
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            var word = line[start..i].Trim(EdgePunctuation);
            int wordLetters = 0, wordUpper = 0;
            bool hasDigit = false;
            foreach (char c in word)
            {
                if (char.IsLetter(c)) { wordLetters++; if (char.IsUpper(c)) wordUpper++; }
                else if (char.IsDigit(c)) hasDigit = true;
            }
            if (wordLetters == 0 && !hasDigit) continue;
            words++;
            if (char.IsUpper(word[0])) capitalizedWords++;
            letters += wordLetters;
            upperLetters += wordUpper;
            if (hasDigit) digitWords++;
            var bare = word.TrimEnd('.');
            if (hasDigit || (lookUp && (rules.TimestampWords.Contains(word) || rules.TimestampWords.Contains(bare)))) timestampWords++;
            if (lookUp && rules.SocialWords.Contains(bare)) socialWords++;
            if (hasDigit || (wordLetters >= 2 && wordUpper == wordLetters)) upperOrNumeric++;
            if (startsLikeCaption is null && wordLetters > 0)
            {
                if (char.IsUpper(word[0])) capitalizedBeforeFirstLowercase++;
                else if (!IsNameJoiner(bare))
                    startsLikeCaption = capitalizedBeforeFirstLowercase > 0 && bare.EndsWith("ing", StringComparison.Ordinal);
            }
        }
        var (endsLikeSentence, endsWithQuestion) = Ending(line);
        return new LineShape(words, capitalizedWords, digitWords, timestampWords, socialWords, upperOrNumeric, letters, upperLetters,
            endsLikeSentence, endsWithQuestion, HasSentenceEndIn(line), startsLikeCaption == true);
    }

    /// <summary>Captions name people and then say what they are doing: "Boris and Carrie Johnson arriving at ...".</summary>
    private static bool IsNameJoiner(ReadOnlySpan<char> word)
    {
        foreach (var joiner in NameJoiners)
            if (word.Equals(joiner, StringComparison.Ordinal)) return true;
        return false;
    }

    private static (bool Sentence, bool Question) Ending(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd("\"'”’)]»* ");
        if (trimmed.IsEmpty) return (false, false);
        char last = trimmed[^1];
        return (last is '.' or '!' or '?' or ':' or ';' or '…', last == '?');
    }

    private static bool HasSentenceEndIn(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('.' or '!' or '?' or '…')) continue;
            if (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]) || line[i + 1] is '"' or '”' or '’' or '\'' or ')') return true;
        }
        return false;
    }
}
