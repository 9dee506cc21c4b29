namespace Chronicle.Events.Text;

/// <summary>A token of a sentence with page offsets; <see cref="Lower"/> is lower case with typographic quotes folded.</summary>
public readonly record struct Tok(int Start, int End, string Text, string Lower)
{
    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsNumber => Text.Length > 0 && (char.IsDigit(Text[0]) || (Text[0] == '$' && Text.Length > 1));
    public bool IsAllCaps => Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);
}

/// <summary>
/// A small tokenizer for event patterns: keeps hyphenated words, abbreviations (U.S., Inc.) and money ($100,000)
/// whole; splits possessive 's and n't so patterns can see them.
/// </summary>
public static class EventTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "ltd", "co", "jr", "sr", "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "no", "vs", "prof",
        "gen", "col", "lt", "sgt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    };

    public static List<Tok> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Tok>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c) || (c == '$' && i + 1 < end && char.IsDigit(text[i + 1])))
            {
                int j = ReadWord(text, i, end);
                AddWord(tokens, text, i, j);
                i = j;
                continue;
            }
            tokens.Add(Make(text, i, i + 1));
            i++;
        }
        return tokens;
    }

    private static int ReadWord(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c)) { j++; continue; }
            bool nextIsAlnum = j + 1 < end && char.IsLetterOrDigit(text[j + 1]);
            if ((c == '-' || c == '\'' || c == '’' || c == '&') && nextIsAlnum) { j++; continue; }
            if ((c == ',' || c == '.') && nextIsAlnum && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])) { j++; continue; }
            if (c == '.' && IsAbbreviationDot(text, i, j, end)) { j++; continue; }
            if (c == '%') { j++; break; }
            break;
        }
        return j;
    }

    private static bool IsAbbreviationDot(string text, int wordStart, int dot, int end)
    {
        var word = text.AsSpan(wordStart, dot - wordStart);
        int lastDot = word.LastIndexOf('.');
        var lastPart = lastDot >= 0 ? word[(lastDot + 1)..] : word;
        if (lastPart.Length == 1 && char.IsUpper(lastPart[0])) return true;          // U.S. N.M. J.
        if (Abbreviations.Contains(lastPart.ToString()) && char.IsUpper(word[0]))     // Inc. Mr. Oct.
            return true;
        return false;
    }

    private static void AddWord(List<Tok> tokens, string text, int s, int e)
    {
        // Possessive and negative clitics become their own tokens.
        int apostrophe = Math.Max(text.LastIndexOf('\'', e - 1, e - s), text.LastIndexOf('’', e - 1, e - s));
        if (apostrophe > s && e - apostrophe == 2 && (text[e - 1] == 's' || text[e - 1] == 'S'))
        {
            tokens.Add(Make(text, s, apostrophe));
            tokens.Add(Make(text, apostrophe, e));
            return;
        }
        if (apostrophe > s + 1 && e - apostrophe == 2 && (text[e - 1] == 't' || text[e - 1] == 'T') && (text[apostrophe - 1] == 'n' || text[apostrophe - 1] == 'N'))
        {
            tokens.Add(Make(text, s, apostrophe - 1));
            tokens.Add(Make(text, apostrophe - 1, e));
            return;
        }
        if (apostrophe > s && e - apostrophe == 3 && text.Substring(apostrophe + 1, 2).ToLowerInvariant() is "ll" or "re" or "ve")
        {
            tokens.Add(Make(text, s, apostrophe));
            tokens.Add(Make(text, apostrophe, e));
            return;
        }
        tokens.Add(Make(text, s, e));
    }

    private static Tok Make(string text, int s, int e)
    {
        string t = text[s..e];
        string lower = t.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('‘', '\'');
        if (lower == "n't" || lower == "n'") lower = "n't";
        return new Tok(s, e, t, lower);
    }

    /// <summary>Splits a token run into sentences at . ! ? followed by a capital, quote or digit.</summary>
    public static List<(int From, int To)> Sentences(List<Tok> tokens)
    {
        var result = new List<(int, int)>();
        int from = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i].Text;
            if (t is not ("." or "!" or "?")) continue;
            int next = i + 1;
            while (next < tokens.Count && tokens[next].Lower is "\"" or "'" or ")") next++;
            if (next >= tokens.Count) break;
            var n = tokens[next];
            if (n.IsCapitalized || n.IsNumber || n.Lower == "\"")
            {
                result.Add((from, next));
                from = next;
                i = next - 1;
            }
        }
        if (from < tokens.Count) result.Add((from, tokens.Count));
        return result;
    }
}
