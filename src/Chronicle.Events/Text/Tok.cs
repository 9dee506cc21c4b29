using Chronicle.Domain.Documents;

namespace Chronicle.Events.Text;

/// <summary>A token of a sentence with page offsets; <see cref="Lower"/> is lower case with typographic quotes folded.</summary>
public readonly record struct Tok(int Start, int End, string Text, string Lower, TokenKind Kind = TokenKind.Word)
{
    /// <summary>A web address, e-mail address, @handle or #hashtag: never part of a name run ("CBSNews.com and CBS News").</summary>
    public bool IsAddress => Kind is TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag;

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsNumber => Text.Length > 0 && (char.IsDigit(Text[0]) || (Text[0] == '$' && Text.Length > 1));
    public bool IsAllCaps => Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);
}

/// <summary>The event stage's view of the Text project's tokens (Chronicle.Text.Tokenizer).</summary>
public static class EventTokenizer
{
    public static List<Tok> Tokenize(string text, int start, int end)
    {
        var tokens = Chronicle.Text.Tokenizer.Tokenize(text, start, end);
        var result = new List<Tok>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // An amount is read whole: "$3.8" is one word to the patterns and role rules, as "3.8" is.
            if (token.Text is "$" && i + 1 < tokens.Count && tokens[i + 1].Start == token.End && tokens[i + 1].Kind == TokenKind.Number)
            {
                result.Add(Make(token.Start, tokens[i + 1].End, text[token.Start..tokens[i + 1].End], TokenKind.Number));
                i++;
                continue;
            }
            result.Add(Make(token.Start, token.End, token.Text, token.Kind));
        }
        return result;
    }

    private static Tok Make(int s, int e, string t, TokenKind kind)
    {
        string lower = t.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('‘', '\'');
        if (lower == "n't" || lower == "n'") lower = "n't";
        return new Tok(s, e, t, lower, kind);
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
