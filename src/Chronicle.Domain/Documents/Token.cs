namespace Chronicle.Domain.Documents;

/// <summary>
/// Url, Email, Handle (@name) and Hashtag (#tag) are whole tokens so that later stages never mistake
/// their dots and letters for sentence ends or names.
/// </summary>
public enum TokenKind { Word, Number, Punctuation, Symbol, Url, Email, Handle, Hashtag }

/// <summary>A token with offsets into the text it was taken from; <see cref="Text"/> equals that text over [Start, End).</summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);
}
