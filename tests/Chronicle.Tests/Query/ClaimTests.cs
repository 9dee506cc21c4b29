using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

public class ClaimTests
{
    [Theory]
    [InlineData("Alec Baldwin faces an involuntary manslaughter charge", "faces_charge", "Alec Baldwin", "involuntary manslaughter", null)]
    [InlineData("Liz Truss is the prime minister of the United Kingdom", "holds_position", "Liz Truss", "prime minister", "United Kingdom")]
    [InlineData("Linda Yaccarino is the CEO of X (formerly Twitter)", "holds_position", "Linda Yaccarino", "chief executive officer", "X")]
    [InlineData("Hannah Gutierrez-Reed is in custody", "in_custody", "Hannah Gutierrez-Reed", null, null)]
    [InlineData("Microsoft has agreed to acquire Activision Blizzard", "agreed_to_acquire", "Microsoft", "Activision Blizzard", null)]
    [InlineData("Elon Musk owns Twitter", "owns", "Elon Musk", "Twitter", null)]
    public void Claims_map_to_states(string text, string relation, string subject, string? obj, string? organization)
    {
        var claim = ClaimParser.Default.Parse(text)!;
        Assert.Equal(relation, claim.Relation);
        Assert.Equal(subject, claim.Subject);
        Assert.Equal(obj, claim.Object);
        Assert.Equal(organization, claim.Organization);
    }

    private const string Seed = """
        Alec Baldwin was charged with involuntary manslaughter for his role in the death of cinematographer Halyna Hutchins.
        Criminal charges against Alec Baldwin for his role in the fatal "Rust" set shooting are set to be dropped, according to multiple media outlets and the actor's attorneys.
        The 65-year-old actor was charged in January along with weapons supervisor Hannah Gutierrez-Reed.
        """;

    [Fact]
    public void A_charge_reported_as_set_to_be_dropped_still_holds_and_says_so()
    {
        var analysis = new DocumentAnalyzer().Analyze(new Document("seed", new DateOnly(2023, 4, 20), Seed));
        var records = analysis.Events.Select((e, i) => new EventRecord(i + 1, "seed", new DateOnly(2023, 4, 20), Seed[e.EvidenceStart..e.EvidenceEnd], e)).ToList();
        var result = new ClaimChecker(new InMemoryEventSource(records)).Check("Alec Baldwin faces an involuntary manslaughter charge", new DateOnly(2023, 4, 20));
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(result.Pending, p => p.Sentence.Contains("set to be dropped"));
        var before = new ClaimChecker(new InMemoryEventSource(records)).Check("Alec Baldwin faces an involuntary manslaughter charge", new DateOnly(2023, 4, 19));
        Assert.Equal(Verdict.NotSupported, before.Verdict);
    }
}
