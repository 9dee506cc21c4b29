namespace Chronicle.Domain.Documents;

/// <summary>What a stage adds to a <see cref="DocumentAnalysis"/>; later stages name the layers they read.</summary>
public enum AnalysisLayer
{
    /// <summary>Paragraphs, noise spans and sentences of the cleaned page.</summary>
    Text,
    /// <summary>TIMEX3 mentions (<see cref="DocumentAnalysis.Times"/>).</summary>
    Times,
    /// <summary>Entity mentions with their in-document chains and roles (<see cref="DocumentAnalysis.Entities"/>).</summary>
    Entities,
    /// <summary>Typed events (<see cref="DocumentAnalysis.Events"/>).</summary>
    Events,
}

/// <summary>
/// One stage of the document pipeline. It declares the layer it adds, the layers it cannot run without
/// (<see cref="Needs"/>: the pipeline adds their stages) and the layers it reads when they are there
/// (<see cref="Uses"/>: the pipeline runs those stages first when they are chosen, and does not add them).
/// </summary>
public interface IAnalysisStage
{
    AnalysisLayer Adds { get; }
    IReadOnlyList<AnalysisLayer> Needs { get; }
    IReadOnlyList<AnalysisLayer> Uses => [];
    void Run(DocumentAnalysis analysis);
}
