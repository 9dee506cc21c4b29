namespace Chronicle.Domain.Documents;

/// <summary>
/// A dated page as it was read. <see cref="Id"/> is derived from the content hash, so the same
/// content ingested twice is one document. <see cref="Text"/> is the original page text; every
/// offset elsewhere in the model points into it.
/// </summary>
public sealed record Document(
    string Id,
    DateOnly Date,
    string Text,
    string? Title = null,
    string? Url = null,
    string? Source = null,
    string? ExternalId = null);

/// <summary>A run of article text (a paragraph, headline or dateline) kept by the cleaner.</summary>
public sealed record Paragraph(int Index, TextSpan Span, ParagraphKind Kind);

public enum ParagraphKind { Body, Headline }

/// <summary>A sentence of article text. <see cref="Text"/> equals the original page text over <see cref="Span"/>.</summary>
public sealed record Sentence(int Index, TextSpan Span, string Text)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

/// <summary>What the cleaner removed, kept so that it can be shown and audited.</summary>
public sealed record NoiseSpan(TextSpan Span, string Reason);
