using Chronicle.Domain.Documents;

namespace Chronicle.Text;

/// <summary>
/// Splits article paragraphs into sentences whose spans point into the page text. A sentence never crosses
/// a paragraph. It ends at . ! ? … (with the closing quotes and brackets after them) when a space and
/// a capitalised word, a number or an opening quote follow. A period that belongs to an abbreviation ends
/// a sentence only when the abbreviation can close one (Inc., U.S., a.m., an initial; never Mr. or No. 5)
/// and a sentence starter such as "The" follows (Resources/abbreviations.json).
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>(paragraphs.Count * 3);
        var tokens = new List<RawToken>(128);
        foreach (var paragraph in paragraphs)
        {
            tokens.Clear();
            Tokenizer.Scan(text, paragraph.Span.Start, paragraph.Span.End, tokens);
            SplitParagraph(text, tokens, sentences);
        }
        return sentences;
    }

    /// <summary>Splits free text (no cleaning): every non-blank line is a paragraph.</summary>
    public static IReadOnlyList<Sentence> Split(string text) =>
        Split(text, ParagraphsOf(text));

    public static IReadOnlyList<Paragraph> ParagraphsOf(string text)
    {
        var paragraphs = new List<Paragraph>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                int s = lineStart, e = i;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(s, e), ParagraphKind.Body));
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static void SplitParagraph(string text, List<RawToken> tokens, List<Sentence> sentences)
    {
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var boundary = BoundaryAfter(text, tokens, i);
            if (boundary == Boundary.None) continue;
            int last = i;
            while (last + 1 < tokens.Count && Attached(tokens, last + 1) && ClosesSentence(text, tokens[last + 1])) last++;
            if (last + 1 < tokens.Count && !StartsSentence(text, tokens, last + 1, boundary)) { i = last; continue; }
            Add(text, tokens[first].Start, tokens[last].End, sentences);
            first = last + 1;
            i = last;
        }
        if (first < tokens.Count) Add(text, tokens[first].Start, tokens[^1].End, sentences);
    }

    /// <summary>How sure a token is to end a sentence, before looking at what follows it.</summary>
    private enum Boundary { None, Punctuation, Abbreviation }

    private static Boundary BoundaryAfter(string text, List<RawToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Punctuation)
            return text[token.Start] is '.' or '!' or '?' or '…' ? Boundary.Punctuation : Boundary.None;
        if (token.Kind != TokenKind.Word || token.Length < 2 || text[token.End - 1] != '.') return Boundary.None;
        var word = text.AsSpan(token.Start, token.Length - 1);
        bool dotted = word.Contains('.') || word.Length == 1;
        if (!dotted && Abbreviations.Default.TryGet(word, out var kind) && kind != AbbreviationKind.Ambiguous) return Boundary.None;
        return Boundary.Abbreviation;
    }

    /// <summary>Closing quotes, brackets and further stops that belong to the sentence just ended.</summary>
    private static bool ClosesSentence(string text, RawToken token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        return text[token.Start] is '”' or '’' or '"' or '\'' or '»' or ')' or ']' or '}' or '.' or '!' or '?' or '…';
    }

    private static bool StartsSentence(string text, List<RawToken> tokens, int next, Boundary boundary)
    {
        if (Attached(tokens, next)) return false;
        var token = tokens[next];
        char c = text[token.Start];
        bool openingQuote = c is '“' or '‘' or '"' or '\'' or '«';
        // After an abbreviation a bracket usually explains it: "Activision Blizzard, Inc. (Activision)".
        if (token.Kind == TokenKind.Punctuation && (openingQuote || (c is '(' or '[' && boundary == Boundary.Punctuation)))
        {
            int word = next + 1;
            while (word < tokens.Count && word <= next + 2 && text[tokens[word].Start] is '(' or '[' or '“' or '‘' or '"' or '\'') word++;
            return word < tokens.Count && IsCapitalOrDigit(text[tokens[word].Start]);
        }
        if (boundary == Boundary.Abbreviation)
            return token.Kind == TokenKind.Word && Abbreviations.Default.IsSentenceStarter(text.AsSpan(token.Start, token.Length));
        return IsCapitalOrDigit(c) || token.Kind is TokenKind.Handle or TokenKind.Hashtag;
    }

    private static bool IsCapitalOrDigit(char c) => char.IsUpper(c) || char.IsDigit(c);

    /// <summary>Whether a token follows the one before it with no space between.</summary>
    private static bool Attached(List<RawToken> tokens, int i) => i > 0 && tokens[i].Start == tokens[i - 1].End;

    private static void Add(string text, int start, int end, List<Sentence> sentences) =>
        sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), text.Substring(start, end - start)));
}
