namespace Chronicle.Entities.Recognition;

/// <summary>A token of one sentence with offsets into the text that was tokenized.</summary>
public readonly record struct NameToken(int Start, int End, string Text);

/// <summary>
/// Splits a sentence into tokens the way CoNLL-2003 (Penn Treebank style) does, so that the tagger sees at
/// run time the units it was trained on: punctuation apart, possessive 's and n't apart, hyphenated words
/// and abbreviations such as "N.M." or "Inc." whole.
/// </summary>
public static class NameTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "plc", "bros", "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres", "atty", "supt", "cmdr", "adm", "maj",
        "u.s", "u.k", "u.n", "d.c", "n.m", "calif", "fla", "mass", "ariz", "wash", "penn", "conn", "ill", "mich",
        "minn", "tenn", "okla", "ore", "colo", "wis", "ky", "ga", "ala", "la", "md", "va", "pa", "tex", "neb", "nev",
    };

    private const string LeadingPunctuation = "\"'“”‘’`([{<«¿¡*";
    private const string TrailingPunctuation = "\"'“”‘’`)]}>».,;:!?*";

    public static List<NameToken> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of news text.
        var tokens = new List<NameToken>(Math.Max(4, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            int chunkStart = i;
            while (i < end && !char.IsWhiteSpace(text[i])) i++;
            if (i > chunkStart) SplitChunk(text, chunkStart, i, tokens);
        }
        return tokens;
    }

    public static List<NameToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase) { "'s", "’s", "n't", "n’t", "'re", "'ve", "'ll", "'d", "'m", "’re", "’ve", "’ll", "’d", "’m" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CliticsBySpan = Clitics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxCliticLength = 3;

    private static void SplitChunk(string text, int start, int end, List<NameToken> tokens)
    {
        if (end - start <= MaxCliticLength && CliticsBySpan.Contains(text.AsSpan(start, end - start)))
        {
            tokens.Add(Make(text, start, end));
            return;
        }
        while (start < end && LeadingPunctuation.Contains(text[start]))
        {
            tokens.Add(Make(text, start, start + 1));
            start++;
        }
        List<NameToken>? trailing = null;
        while (end > start)
        {
            char c = text[end - 1];
            if (c == '.' && KeepsPeriod(text, start, end)) break;
            if (TrailingPunctuation.Contains(c))
            {
                int runStart = end - 1;
                // "..." stays one token
                if (c == '.') while (runStart > start && text[runStart - 1] == '.') runStart--;
                (trailing ??= []).Add(Make(text, runStart, end));
                end = runStart;
                continue;
            }
            break;
        }
        if (end > start) SplitWord(text, start, end, tokens);
        for (int k = (trailing?.Count ?? 0) - 1; k >= 0; k--) tokens.Add(trailing![k]);
    }

    private static bool KeepsPeriod(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start - 1);
        if (word.Length == 0) return false;
        // Initials and dotted abbreviations: "J.", "U.S.", "N.M."
        if (word.Length == 1 && char.IsLetter(word[0])) return true;
        if (word.Contains('.') && IsDottedAbbreviation(word)) return true;
        return AbbreviationsBySpan.Contains(word);
    }

    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!(char.IsLetter(c) || c == '.')) return false;
        return true;
    }

    private static void SplitWord(string text, int start, int end, List<NameToken> tokens)
    {
        // Currency symbol in front of a number: "$100,000"
        if (end - start > 1 && (text[start] is '$' or '£' or '€' or '¥') && char.IsDigit(text[start + 1]))
        {
            tokens.Add(Make(text, start, start + 1));
            start++;
        }
        // Em and en dashes joining words are separate tokens.
        for (int k = start; k < end; k++)
        {
            if (text[k] is '—' or '–' && k > start)
            {
                SplitWord(text, start, k, tokens);
                tokens.Add(Make(text, k, k + 1));
                if (k + 1 < end) SplitWord(text, k + 1, end, tokens);
                return;
            }
        }
        int clitic = CliticStart(text, start, end);
        if (clitic > start)
        {
            tokens.Add(Make(text, start, clitic));
            tokens.Add(Make(text, clitic, end));
            return;
        }
        tokens.Add(Make(text, start, end));
    }

    /// <summary>Where a possessive or contraction begins ("Baldwin|'s", "did|n't", "Hutchins|'"), else start.</summary>
    private static int CliticStart(string text, int start, int end)
    {
        int length = end - start;
        if (length >= 3 && IsApostrophe(text[end - 2]) && char.ToLowerInvariant(text[end - 1]) is 's' or 'd' or 'm')
            return end - 2;
        if (length >= 4 && IsApostrophe(text[end - 3]) && text.AsSpan(end - 2, 2).ToString().ToLowerInvariant() is "ll" or "re" or "ve")
            return end - 3;
        if (length >= 4 && char.ToLowerInvariant(text[end - 3]) == 'n' && IsApostrophe(text[end - 2]) && char.ToLowerInvariant(text[end - 1]) == 't')
            return end - 3;
        return start;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static NameToken Make(string text, int start, int end) => new(start, end, text.Substring(start, end - start));
}
