using System.Globalization;
using Chronicle.Domain.Documents;

namespace Chronicle.Text;

/// <summary>
/// Splits news text into tokens whose offsets point into the text, following Penn Treebank conventions
/// where they fit news: clitics are their own tokens (Baldwin's → Baldwin 's; didn't → did n't;
/// can't → ca n't; I'm → I 'm), currency and percent signs are split from their numbers ($ 100,000;
/// 3.5 %), quotes, brackets and dashes are single tokens. Unlike Penn, an abbreviation keeps its period
/// even at a sentence end (U.S. is one token, with no extra "." token), because tokens never overlap.
/// Kept whole: numbers with separators (100,000; 3.5; 12:42; 2024-01-19; 24/7), hyphenated words
/// (Gutierrez-Reed, 18-month), names with an inner apostrophe (O'Brien), dotted acronyms (N.M.),
/// listed abbreviations (Gov., Jr.), initials (J.), ellipses (...), URLs, e-mail addresses,
/// @handles and #hashtags.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static IReadOnlyList<Token> Tokenize(string text, TextSpan span) => Tokenize(text, span.Start, span.End);

    /// <summary>Tokenizes text[start..end); offsets of the tokens are offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        var raw = new List<RawToken>();
        Scan(text, start, end, raw);
        var tokens = new Token[raw.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            var r = raw[i];
            tokens[i] = new Token(r.Start, r.End, text.Substring(r.Start, r.End - r.Start), r.Kind);
        }
        return tokens;
    }

    /// <summary>Appends the tokens of text[start..end) without materialising their strings.</summary>
    internal static void Scan(string text, int start, int end, List<RawToken> output) =>
        new TokenScanner(text, end, Abbreviations.Default, output).Run(start);
}

/// <summary>A token before its text is cut out of the page: what the sentence splitter needs.</summary>
internal readonly record struct RawToken(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

internal readonly struct TokenScanner(string text, int end, Abbreviations abbreviations, List<RawToken> output)
{
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "us", "ca", "au", "de", "fr", "in",
        "info", "biz", "news", "tv", "me", "ly", "ai", "app", "eu", "ie", "nz", "za", "jp", "cn", "ru", "tr", "il",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomainLookup =
        TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    // Bounds on look-ahead (RFC 5321 sizes), so that a long run of dotted text stays linear to tokenize.
    private const int MaxDomainLength = 253;
    private const int MaxEmailLocalPart = 64;
    private const int MaxAcronymGroups = 8;

    public void Run(int start)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (IsSpace(c)) { i++; continue; }
            i = ScanOne(i);
        }
    }

    private int ScanOne(int i)
    {
        char c = text[i];
        bool afterWord = i > 0 && IsWordChar(text[i - 1]);
        if (IsWordChar(c))
            return StartsUrl(i) ? ScanUrl(i) : ScanWord(i);
        if (IsApostrophe(c) && !afterWord && DigitsThenLetters(i + 1) is var decadeEnd && decadeEnd > i + 2)
            return Emit(i, decadeEnd, TokenKind.Number); // '90s, ’22
        if (c == '@' && !afterWord && i + 1 < end && IsHandleChar(text[i + 1]))
            return Emit(i, RunWhile(i + 1, IsHandleChar), TokenKind.Handle);
        if (c == '#' && !afterWord && i + 1 < end && IsLetter(text[i + 1]))
            return Emit(i, RunWhile(i + 1, IsHandleChar), TokenKind.Hashtag);
        if (c is '.' or '-' or '!' or '?')
            return Emit(i, RunOf(i + 1, c), TokenKind.Punctuation); // ... -- !!!
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            return Emit(i, RunOf(i + 2, '\uFE0F'), TokenKind.Symbol); // emoji with its variation selector
        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return Emit(i, i + 1, kind);
    }

    private int ScanWord(int i)
    {
        int j = i;
        while (true)
        {
            while (j < end && IsWordChar(text[j])) j++;
            if (j >= end) break;
            char c = text[j];
            bool wordAfter = j + 1 < end && IsWordChar(text[j + 1]);
            if (IsHyphen(c) && wordAfter) { j++; continue; }
            if (c is '.' or ',' or ':' or '/' && IsDigit(text[j - 1]) && j + 1 < end && IsDigit(text[j + 1])
                && (c != ',' || IsThousandsGroup(j + 1)))
            { j++; continue; }
            if (c == '&' && char.IsUpper(text[j - 1]) && j + 1 < end && char.IsUpper(text[j + 1])) { j++; continue; }
            if (IsApostrophe(c) && j + 1 < end && IsLetter(text[j + 1]))
            {
                int tailEnd = RunWhile(j + 1, IsLetter);
                var tail = text.AsSpan(j + 1, tailEnd - j - 1);
                if (IsClitic(tail))
                {
                    EmitWord(i, j);
                    return Emit(j, tailEnd, TokenKind.Word);
                }
                if (tail is "t" or "T" && j - 1 > i && text[j - 1] is 'n' or 'N')
                {
                    EmitWord(i, j - 1);
                    return Emit(j - 1, tailEnd, TokenKind.Word);
                }
                j = tailEnd; // an apostrophe inside a name: O'Brien
                continue;
            }
            if (c is '@' or '.' or '_' or '+' && TryEmail(i) is var emailEnd && emailEnd > 0)
                return Emit(i, emailEnd, TokenKind.Email);
            break;
        }
        if (j < end && text[j] == '.')
        {
            if (DottedAcronymEnd(i) is var dottedEnd && dottedEnd > 0) return Emit(i, dottedEnd, TokenKind.Word);
            if (DomainEnd(i) is var urlEnd && urlEnd > 0) return Emit(i, urlEnd, TokenKind.Url);
            if (KeepsPeriod(i, j)) return Emit(i, j + 1, TokenKind.Word);
        }
        EmitWord(i, j);
        return j;
    }

    /// <summary>Whether text[i..j) followed by '.' is a listed abbreviation or an initial.</summary>
    private bool KeepsPeriod(int i, int j)
    {
        if (j - i == 1 && char.IsUpper(text[i])) return true;
        if (!abbreviations.TryGet(text.AsSpan(i, j - i), out var kind)) return false;
        if (kind != AbbreviationKind.BeforeNumber) return true;
        int k = j + 1;
        while (k < end && text[k] == ' ') k++;
        return k < end && IsDigit(text[k]);
    }

    /// <summary>End (after the last period) of U.S., N.M., a.m., e.g. or a listed dotted form such as Ph.D.; 0 if none.</summary>
    private int DottedAcronymEnd(int i)
    {
        int pos = i, groups = 0;
        bool allSingle = true;
        while (pos < end && IsLetter(text[pos]) && groups < MaxAcronymGroups)
        {
            int groupEnd = RunWhile(pos, IsLetter);
            int length = groupEnd - pos;
            if (length > 2 || groupEnd >= end || text[groupEnd] != '.') break;
            allSingle &= length == 1;
            groups++;
            pos = groupEnd + 1;
        }
        if (groups < 2) return 0;
        if (pos < end && IsWordChar(text[pos])) return 0; // a longer dotted word such as a domain
        if (allSingle || abbreviations.TryGet(text.AsSpan(i, pos - 1 - i), out _)) return pos;
        return 0;
    }

    /// <summary>End of a bare domain with an optional path (pic.twitter.com/abc, Neowin.net); 0 if none.</summary>
    private int DomainEnd(int i)
    {
        int pos = i, labels = 0, lastLabelStart = i;
        while (true)
        {
            int labelEnd = RunWhile(pos, ch => IsAsciiLetterOrDigit(ch) || ch == '-');
            if (labelEnd == pos || labelEnd - i > MaxDomainLength) return 0;
            labels++;
            lastLabelStart = pos;
            if (labelEnd + 1 < end && text[labelEnd] == '.' && IsAsciiLetterOrDigit(text[labelEnd + 1])) { pos = labelEnd + 1; continue; }
            pos = labelEnd;
            break;
        }
        if (labels < 2 || !TopLevelDomainLookup.Contains(text.AsSpan(lastLabelStart, pos - lastLabelStart))) return 0;
        if (pos < end && IsWordChar(text[pos])) return 0;
        return pos < end && text[pos] == '/' ? UrlTailEnd(pos) : pos;
    }

    private bool StartsUrl(int i)
    {
        var rest = text.AsSpan(i, end - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private int ScanUrl(int i) => Emit(i, UrlTailEnd(i), TokenKind.Url);

    /// <summary>A URL runs to the next space; sentence punctuation and closing quotes after it are not part of it.</summary>
    private int UrlTailEnd(int i)
    {
        int j = RunWhile(i, ch => !IsSpace(ch) && ch is not ('"' or '“' or '”' or '<' or '>'));
        while (j > i + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’') j--;
        return j;
    }

    /// <summary>End of an e-mail address starting at i; 0 if there is none.</summary>
    private int TryEmail(int i)
    {
        int at = RunWhile(i, ch => IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '+' or '-' or '%', MaxEmailLocalPart);
        if (at >= end || text[at] != '@' || at == i) return 0;
        int domainEnd = RunWhile(at + 1, ch => IsAsciiLetterOrDigit(ch) || ch is '.' or '-', MaxDomainLength);
        while (domainEnd > at + 1 && text[domainEnd - 1] is '.' or '-') domainEnd--;
        int lastDot = text.LastIndexOf('.', domainEnd - 1, domainEnd - at - 1);
        return lastDot > at + 1 && domainEnd - lastDot > 2 ? domainEnd : 0;
    }

    private int DigitsThenLetters(int i)
    {
        int digitsEnd = RunWhile(i, IsDigit);
        return digitsEnd - i == 2 ? RunWhile(digitsEnd, IsLetter) : 0;
    }

    private bool IsThousandsGroup(int i) =>
        i + 3 <= end && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && (i + 3 == end || !IsDigit(text[i + 3]));

    private static bool IsClitic(ReadOnlySpan<char> tail) =>
        tail.Length switch
        {
            1 => tail[0] is 's' or 'S' or 'm' or 'M' or 'd' or 'D',
            2 => tail.Equals("ll", StringComparison.OrdinalIgnoreCase) || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
                 || tail.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    private void EmitWord(int i, int j)
    {
        if (j > i) Emit(i, j, IsNumber(i, j) ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>Digits with separators, optionally with a letter suffix (18th, 1990s, 5pm).</summary>
    private bool IsNumber(int i, int j)
    {
        if (!IsDigit(text[i])) return false;
        bool inSuffix = false;
        for (int k = i; k < j; k++)
        {
            char c = text[k];
            if (IsLetter(c)) inSuffix = true;
            else if (inSuffix) return false;
        }
        return true;
    }

    private int Emit(int start, int stop, TokenKind kind)
    {
        output.Add(new RawToken(start, stop, kind));
        return stop;
    }

    private int RunOf(int i, char c)
    {
        while (i < end && text[i] == c) i++;
        return i;
    }

    private int RunWhile(int i, Func<char, bool> predicate)
    {
        while (i < end && predicate(text[i])) i++;
        return i;
    }

    /// <summary>Like RunWhile, but looks at most <paramref name="max"/> characters ahead.</summary>
    private int RunWhile(int i, Func<char, bool> predicate, int max)
    {
        int stop = Math.Min(end, i + max);
        while (i < stop && predicate(text[i])) i++;
        return i;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static bool IsWordChar(char c) =>
        c < 128 ? IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c) || IsMark(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsDigit(char c) => char.IsAsciiDigit(c);

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
