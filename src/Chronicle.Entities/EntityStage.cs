using Chronicle.Domain.Documents;

namespace Chronicle.Entities;

/// <summary>The entity stage: mentions, within-document name chains and roles.</summary>
public sealed class EntityStage(EntityRecognizer? recognizer = null) : IAnalysisStage
{
    public AnalysisLayer Adds => AnalysisLayer.Entities;
    public IReadOnlyList<AnalysisLayer> Needs { get; } = [AnalysisLayer.Text];

    public void Run(DocumentAnalysis analysis) =>
        analysis.Entities = (recognizer ?? EntityRecognizer.Default).Recognize(analysis.Document.Text, analysis.Sentences, analysis.Noise);
}
