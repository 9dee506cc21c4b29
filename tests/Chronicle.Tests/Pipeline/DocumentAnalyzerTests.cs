using Chronicle.Domain.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Pipeline;

public class DocumentAnalyzerTests
{
    private const string Page = "Prosecutors said on Thursday that actor Alec Baldwin was charged with involuntary manslaughter in New Mexico.";

    private static DocumentAnalysis Analyze(AnalysisOptions options) =>
        new DocumentAnalyzer(options).Analyze(new Document("p", new DateOnly(2023, 1, 19), Page));

    [Fact]
    public void Events_without_the_entity_stage_find_their_participants_with_their_own_name_finder()
    {
        var withoutEntities = Analyze(new AnalysisOptions(Time: true, Entities: false, Events: true));
        var withEntities = Analyze(AnalysisOptions.All);

        Assert.Empty(withoutEntities.Entities);
        Assert.Contains(withEntities.Entities, m => m.Text == "Alec Baldwin");
        string type = Assert.Single(withEntities.Events).Type;
        foreach (var analysis in new[] { withoutEntities, withEntities })
        {
            var charged = Assert.Single(analysis.Events, e => e.Type == type);
            Assert.Contains(charged.Arguments, a => a.Text == "Alec Baldwin");
        }
    }
}
