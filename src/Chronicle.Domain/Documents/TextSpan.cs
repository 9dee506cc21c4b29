namespace Chronicle.Domain.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public TextSpan Shift(int delta) => new(Start + delta, End + delta);
    public override string ToString() => $"[{Start},{End})";
}

/// <summary>A span in one stored document: what every answer cites.</summary>
public sealed record SourceSpan(string DocumentId, TextSpan Span);
