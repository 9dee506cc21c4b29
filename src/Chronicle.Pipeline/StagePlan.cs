using Chronicle.Domain.Documents;

namespace Chronicle.Pipeline;

/// <summary>
/// Builds the run order of stages from what each declares: the stages of the layers asked for, the stages of
/// every layer they need (transitively), each placed after the chosen stages it needs or uses. The text layer
/// is always there: the analyzer makes it before any stage runs.
/// </summary>
public static class StagePlan
{
    public static IReadOnlyList<IAnalysisStage> For(IEnumerable<AnalysisLayer> wanted, IEnumerable<IAnalysisStage> available)
    {
        var byLayer = available.ToDictionary(s => s.Adds);
        var chosen = new HashSet<AnalysisLayer>();
        void Choose(AnalysisLayer layer)
        {
            if (layer == AnalysisLayer.Text || !chosen.Add(layer)) return;
            if (!byLayer.TryGetValue(layer, out var stage)) throw new InvalidOperationException($"No stage adds the layer {layer}.");
            foreach (var need in stage.Needs) Choose(need);
        }
        foreach (var layer in wanted) Choose(layer);

        var ordered = new List<IAnalysisStage>();
        var placed = new HashSet<AnalysisLayer> { AnalysisLayer.Text };
        var placing = new HashSet<AnalysisLayer>();
        void Place(AnalysisLayer layer)
        {
            if (placed.Contains(layer)) return;
            if (!placing.Add(layer)) throw new InvalidOperationException($"The stages' needs form a cycle through {layer}.");
            var stage = byLayer[layer];
            foreach (var before in stage.Needs.Concat(stage.Uses))
                if (chosen.Contains(before)) Place(before);
            placed.Add(layer);
            ordered.Add(stage);
        }
        // Layers in declaration order, so that independent stages keep one fixed order.
        foreach (var layer in chosen.Order()) Place(layer);
        return ordered;
    }
}
