using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;

namespace Chronicle.Events;

/// <summary>Finds typed events with their arguments, time, modality, polarity and attribution.</summary>
public sealed class EventExtractor
{
    public static EventExtractor Default { get; } = new();

    // Placeholder until the ontology lands. Reads the sentences, times and entities already in the analysis.
    public IReadOnlyList<EventMention> Extract(DocumentAnalysis analysis) => [];
}
