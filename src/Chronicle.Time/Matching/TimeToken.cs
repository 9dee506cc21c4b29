namespace Chronicle.Time.Matching;

public enum TokenKind : byte { Word, Number, Ordinal, Decade, ShortYear, Clock, Fraction, Punctuation }

/// <summary>
/// One token of the text: a word, a number (digits or merged number words), or a punctuation mark.
/// Number holds the numeric value for numbers, ordinals, decades ("1990s" → 1990), short years ("'98" → 98)
/// and clock times (hour * 100 + minute).
/// </summary>
public struct TimeToken
{
    public int Start;
    public int End;
    public string? Lower;
    public TokenKind Kind;
    public bool Capitalized;
    /// <summary>A line break separates this token from the previous one.</summary>
    public bool BreakBefore;
    /// <summary>A word of four or more letters ending in -ed: most likely a past-tense verb.</summary>
    public bool PastForm;
    public int Number;
    public int Digits;
    /// <summary>Bit set of the lexicon classes and pattern word groups this token belongs to.</summary>
    public UInt128 Classes;

    public readonly bool IsNumeric => Kind is TokenKind.Number;
}
