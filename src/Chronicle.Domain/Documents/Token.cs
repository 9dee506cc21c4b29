namespace Chronicle.Domain.Documents;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token with offsets into the text it was taken from.</summary>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
