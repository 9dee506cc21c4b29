using System.Runtime.CompilerServices;
namespace Chronicle.Time.Matching;

/// <summary>
/// Splits text into the tokens the rules see. Deliberately simple and allocation-light: words are runs of
/// letters (with inner apostrophes, dotted abbreviations like "a.m." kept whole), numbers are runs of digits
/// (with the suffixes that matter for time: 1990s, 20th, 10:35, 1/2), everything else is one mark per token.
/// The possessive 's is split off so that "this year's" still shows the unit "year".
/// </summary>
public static class TimeTokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TimeToken> Tokenize(string text, Lexicon lexicon)
    {
        var tokens = new List<TimeToken>(text.Length / 5 + 4);
        int i = 0;
        bool pendingBreak = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') pendingBreak = true;
                i++;
                continue;
            }
            int start = i;
            TimeToken token;
            if (char.IsLetter(c)) token = ReadWord(text, ref i);
            else if (char.IsAsciiDigit(c)) token = ReadNumber(text, ref i);
            else if (IsApostrophe(c) && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                     && (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3])))
                token = ReadShortYear(text, ref i);
            else
            {
                i++;
                token = new TimeToken { Kind = TokenKind.Punctuation, Lower = Punctuation(c) };
            }
            token.Start = start;
            token.End = i;
            token.BreakBefore = pendingBreak;
            pendingBreak = false;
            lexicon.Classify(ref token, text);
            tokens.Add(token);
        }
        lexicon.MergeNumberWords(tokens);
        return tokens;
    }

    private static string Punctuation(char c) => c switch
    {
        '.' => ".", ',' => ",", '-' or '–' or '—' or '‐' => "-", '/' => "/", ':' => ":", ';' => ";", '!' => "!", '?' => "?",
        '\'' or '’' or '‘' => "'", '"' or '“' or '”' => "\"", '(' => "(", ')' => ")", '$' => "$", '%' => "%",
        _ => c.ToString(),
    };

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TimeToken ReadWord(string text, ref int i)
    {
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c)) { i++; continue; }
            // one letter and digits: quarter and half codes (Q3, H1)
            if (char.IsAsciiDigit(c) && i - start == 1)
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                break;
            }
            // inner apostrophe (o'clock, don't) but not the possessive 's, which becomes its own token
            if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && !((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            { i++; continue; }
            // dotted abbreviation: a.m., p.m., U.S.
            if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i - start == 1
                || c == '.' && i >= 2 && text[i - 2] == '.' && i - start == 3)
            { i++; continue; }
            break;
        }
        // "a.m" followed by "." keeps the final dot
        if (i < text.Length && text[i] == '.' && i - start == 3 && text[start + 1] == '.') i++;
        return new TimeToken
        {
            Kind = TokenKind.Word,
            Capitalized = char.IsUpper(text[start]),
            PastForm = i - start >= 4 && text[i - 1] == 'd' && text[i - 2] == 'e',
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TimeToken ReadNumber(string text, ref int i)
    {
        int start = i;
        long value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { if (i - start < 9) value = value * 10 + (text[i] - '0'); i++; }
        int digits = i - start;
        var token = new TimeToken { Kind = TokenKind.Number, Number = (int)value, Digits = digits };
        // 10:35 (optionally :20 seconds, ignored for the value's minute precision)
        if (digits <= 2 && i + 2 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
            && (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3])))
        {
            token.Kind = TokenKind.Clock;
            token.Number = (int)value * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            i += 3;
            if (i + 2 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])) i += 3;
        }
        // 1/2, 3/4 (fractions for "5 1/2 hours"); dates like 4/20/2023 stay separate numbers
        else if (digits == 1 && i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1])
                 && (i + 2 >= text.Length || !char.IsAsciiDigit(text[i + 2]) && text[i + 2] != '/') && value < text[i + 1] - '0')
        {
            token.Kind = TokenKind.Fraction;
            token.Number = (int)value * 100 / (text[i + 1] - '0');
            i += 2;
        }
        else if (i < text.Length && char.IsLetter(text[i]))
        {
            int suffixStart = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            switch (text.AsSpan(suffixStart, i - suffixStart).ToString().ToLowerInvariant())
            {
                case "s" when digits is 4 or 2 && value % 10 == 0: token.Kind = TokenKind.Decade; break;
                case "st" or "nd" or "rd" or "th": token.Kind = TokenKind.Ordinal; break;
                case "am" or "pm" or "a" or "p":
                    i = suffixStart; // "10pm" → 10 + pm
                    break;
                default: token.Kind = TokenKind.Word; break;
            }
        }
        return token;
    }

    private static TimeToken ReadShortYear(string text, ref int i)
    {
        int start = i;
        int value = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
        i += 3;
        var kind = TokenKind.ShortYear;
        if (i < text.Length && text[i] == 's' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]))) { kind = TokenKind.Decade; i++; }
        return new TimeToken { Kind = kind, Number = value, Digits = 2 };
    }
}
