using Chronicle.Domain.Entities;
using Chronicle.Domain.Events;
using Chronicle.Domain.Time;

namespace Chronicle.Domain.Documents;

/// <summary>Everything the pipeline learned about one document; the store persists it as one unit.</summary>
public sealed class DocumentAnalysis(Document document)
{
    public Document Document { get; } = document;
    public IReadOnlyList<Paragraph> Paragraphs { get; set; } = [];
    public IReadOnlyList<NoiseSpan> Noise { get; set; } = [];
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    /// <summary>Time expressions with page offsets.</summary>
    public IReadOnlyList<TimeMention> Times { get; set; } = [];
    public IReadOnlyList<EntityMention> Entities { get; set; } = [];
    public IReadOnlyList<EventMention> Events { get; set; } = [];
}
