using Chronicle.Domain.Documents;

namespace Chronicle.Events;

/// <summary>
/// The event stage: it dates events with the time stage's mentions, so it needs them; it reads the entity
/// stage's names when that stage ran, and without it finds participants with its own simpler name finder.
/// </summary>
public sealed class EventStage(EventExtractor? extractor = null) : IAnalysisStage
{
    public AnalysisLayer Adds => AnalysisLayer.Events;
    public IReadOnlyList<AnalysisLayer> Needs { get; } = [AnalysisLayer.Text, AnalysisLayer.Times];
    public IReadOnlyList<AnalysisLayer> Uses { get; } = [AnalysisLayer.Entities];

    public void Run(DocumentAnalysis analysis) => analysis.Events = (extractor ?? EventExtractor.Default).Extract(analysis);
}
