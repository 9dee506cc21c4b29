using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>Every example sentence in Resources/ontology.json runs through the full pipeline and must yield its event.</summary>
public class OntologyExampleTests
{
    public static IEnumerable<object[]> Examples() =>
        EventOntology.Default.Events.SelectMany(t => (t.Examples ?? []).Select((e, i) => new object[] { t.Type, i }));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_yields_its_event(string type, int index)
    {
        var example = EventOntology.Default.Find(type)!.Examples![index];
        var analysis = new DocumentAnalyzer().Analyze(new Document("example", DateOnly.Parse(example.Dct), example.Text));
        var ofType = analysis.Events.Where(e => e.Type == type).ToList();
        if (example.Expect.Modality == "none")
        {
            Assert.DoesNotContain(ofType, e => e.Modality == Modality.Asserted);
            return;
        }
        if (example.KnownGap) Assert.DoesNotContain(ofType, e => Fits(e, example.Expect));
        else Assert.Contains(ofType, e => Fits(e, example.Expect));
    }

    private static bool Fits(EventMention e, ExampleExpectation expect)
    {
        if (expect.Modality is { } m && !string.Equals(e.Modality.ToString(), m, StringComparison.OrdinalIgnoreCase)) return false;
        if (expect.Time is { } t && e.Time != t) return false;
        if (expect.Attribution is { } a && e.Attribution != a) return false;
        foreach (var (role, value) in expect.Args ?? [])
            if (!e.All(role).Any(x => string.Equals(x.Value, value, StringComparison.OrdinalIgnoreCase) || NameMatcher.Key(x.Value) == NameMatcher.Key(value)))
                return false;
        return true;
    }

    [Fact]
    public void Every_event_type_has_an_example_and_known_relations()
    {
        foreach (var type in EventOntology.Default.Events)
        {
            Assert.NotEmpty(type.Examples ?? []);
            foreach (var effect in type.Effects) Assert.Contains(effect.Relation, EventOntology.Default.Relations.Keys);
        }
    }
}
