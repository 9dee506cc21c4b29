using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Query.Reading;

/// <summary>A word of a sentence or claim: its text, where it stands, and the folded, lightly stemmed form it is compared by.</summary>
public readonly record struct Word(string Text, int Start, int End, string Stem)
{
    /// <summary>Joined to the word before by a hyphen alone ("Duck-soo", "co-CEOs").</summary>
    public bool Hyphenated { get; init; }

    public bool Capitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>
/// Splits text into words the way the claim reader compares them: case, accents and inflection folded
/// ("Resigned", "resigns" → "resign"), hyphens dropped ("co-CEOs" → co, ceo), the possessive "'s" a word of its own.
/// The same folding is applied to the lexicon, so the two always agree.
/// </summary>
public static partial class Words
{
    // An abbreviation written with periods ("U.S.", "J.P.") is one word; a character outside the basic plane (an
    // emoji) is one word, never half of its surrogate pair.
    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[.,][\p{N}]+)*%?|'s\b|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}\-]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
        { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" };

    /// <summary>"42nd", "1st", "seventh".</summary>
    public static bool IsOrdinal(string word) =>
        OrdinalWords.Contains(word) || (word.Length > 2 && char.IsDigit(word[0]) && word[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsDigit));

    private static readonly HashSet<string> WeekdayWords = new(StringComparer.OrdinalIgnoreCase)
        { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>A bare weekday ("Friday", "on Friday"): the time tagger places it by the sentence's tense.</summary>
    public static bool IsWeekday(string expression) =>
        expression.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var parts && parts.Length is 1 or 2 && WeekdayWords.Contains(parts[^1])
        && (parts.Length == 1 || parts[0].Equals("on", StringComparison.OrdinalIgnoreCase));

    public static Word[] Split(string text)
    {
        string normalized = text.Replace('’', '\'').Replace('‘', '\'');
        var matches = WordPattern().Matches(normalized);
        var words = new Word[matches.Count];
        for (int i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            bool hyphenated = i > 0 && m.Index == words[i - 1].End + 1 && normalized[m.Index - 1] == '-';
            words[i] = new Word(m.Value, m.Index, m.Index + m.Length, Stem(m.Value)) { Hyphenated = hyphenated };
        }
        return words;
    }

    /// <summary>Stems of a phrase ("stepped down" → stepp, down).</summary>
    public static string[] Stems(string phrase) => Split(phrase).Select(w => w.Stem).ToArray();

    /// <summary>Lower case without accents: "Élisabeth" → "elisabeth".</summary>
    public static string Fold(string text)
    {
        // Most words are plain ASCII: lower case is all the folding they need.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        string decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>A light suffix stripper: enough to join "resigns", "resigned" and "resigning", never more than three letters.</summary>
    public static string Stem(string word)
    {
        if (StemCache.TryGetValue(word, out var cached)) return cached;
        string stem = StemOf(word);
        // Bounded, so a server reading an archive's whole vocabulary does not grow without end.
        if (StemCache.Count < StemCacheLimit) StemCache.TryAdd(word, stem);
        return stem;
    }

    private const int StemCacheLimit = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    private static string StemOf(string word)
    {
        string w = Fold(word);
        if (w == "'s") return w;
        // "C.E.O." is "CEO": an abbreviation of three letters or more is compared without its periods ("U.S." keeps
        // them, so it never reads as the pronoun "us").
        if (w.Length >= 6 && w[^1] == '.' && w.Count(c => c == '.') >= 3 && w.Replace(".", "").All(char.IsLetter)) w = w.Replace(".", "");
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    /// <summary>A set of words as the reader compares them: by their stems.</summary>
    public static HashSet<string> StemSet(params string[] words) => new(words.Select(Stem), StringComparer.Ordinal);

    /// <summary>
    /// A one-word term written as a hyphenated compound at <paramref name="at"/>: "pretrial" in "pre-trial",
    /// "cofounder" in "co-founder" (the compound's parts joined and stemmed as one word).
    /// </summary>
    public static bool CompoundAt(IReadOnlyList<Word> words, int at, string[] stems)
    {
        if (stems.Length != 1 || at + 1 >= words.Count || !words[at + 1].Hyphenated) return false;
        int last = at + 1;
        while (last + 1 < words.Count && words[last + 1].Hyphenated) last++;
        var joined = new StringBuilder();
        for (int k = at; k <= last; k++) joined.Append(words[k].Text);
        return Stem(joined.ToString()) == stems[0];
    }

    /// <summary>Whether the phrase's stems stand in the words at <paramref name="at"/>.</summary>
    public static bool At(IReadOnlyList<Word> words, int at, string[] phrase)
    {
        if (phrase.Length == 0 || at < 0 || at + phrase.Length > words.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (words[at + k].Stem != phrase[k]) return false;
        return true;
    }
}
