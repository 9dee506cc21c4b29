using Chronicle.Domain.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Pipeline;

public class StagePlanTests
{
    private sealed class Stage(AnalysisLayer adds, AnalysisLayer[] needs, AnalysisLayer[]? uses = null) : IAnalysisStage
    {
        public AnalysisLayer Adds => adds;
        public IReadOnlyList<AnalysisLayer> Needs => needs;
        public IReadOnlyList<AnalysisLayer> Uses => uses ?? [];
        public void Run(DocumentAnalysis analysis) { }
    }

    private static readonly IAnalysisStage[] Stages =
    [
        new Stage(AnalysisLayer.Events, [AnalysisLayer.Text, AnalysisLayer.Times], [AnalysisLayer.Entities]),
        new Stage(AnalysisLayer.Entities, [AnalysisLayer.Text]),
        new Stage(AnalysisLayer.Times, [AnalysisLayer.Text]),
    ];

    private static AnalysisLayer[] Plan(params AnalysisLayer[] wanted) => StagePlan.For(wanted, Stages).Select(s => s.Adds).ToArray();

    [Fact]
    public void A_stage_brings_the_stages_it_needs_and_runs_after_them()
    {
        Assert.Equal([AnalysisLayer.Times, AnalysisLayer.Events], Plan(AnalysisLayer.Events));
    }

    [Fact]
    public void A_layer_a_stage_only_uses_is_not_added_but_runs_first_when_chosen()
    {
        Assert.DoesNotContain(AnalysisLayer.Entities, Plan(AnalysisLayer.Events));
        Assert.Equal([AnalysisLayer.Times, AnalysisLayer.Entities, AnalysisLayer.Events], Plan(AnalysisLayer.Events, AnalysisLayer.Entities));
    }

    [Fact]
    public void Text_alone_runs_no_stage_and_a_missing_stage_or_a_cycle_is_refused()
    {
        Assert.Empty(Plan());
        Assert.Throws<InvalidOperationException>(() => StagePlan.For([AnalysisLayer.Events], [Stages[0]]));
        IAnalysisStage[] cycle = [new Stage(AnalysisLayer.Times, [AnalysisLayer.Entities]), new Stage(AnalysisLayer.Entities, [AnalysisLayer.Times])];
        Assert.Throws<InvalidOperationException>(() => StagePlan.For([AnalysisLayer.Times], cycle));
    }

    [Fact]
    public void The_analyzer_runs_the_time_stage_for_events_even_when_time_was_not_asked_for()
    {
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: false, Events: true));
        Assert.Equal([AnalysisLayer.Times, AnalysisLayer.Events], analyzer.Plan.Select(s => s.Adds));
        var analysis = analyzer.Analyze(new Document("p", new DateOnly(2023, 1, 20),
            "Prosecutors said that actor Alec Baldwin was charged with involuntary manslaughter on Thursday."));
        Assert.Contains(analysis.Times, t => t.Value == "2023-01-19");
        Assert.Contains(analysis.Events, e => e.Time == "2023-01-19");
    }
}
