using Chronicle.Events.Ontology;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>Every claim form in the ontology parses its own examples to its relation, subject, object and organization.</summary>
public class ClaimFormExampleTests
{
    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        var forms = EventOntology.Default.ClaimForms;
        for (int i = 0; i < forms.Count; i++)
            foreach (var example in forms[i].Examples) data.Add(i, example.Claim);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_claim_form_parses_its_examples(int formIndex, string claim)
    {
        var form = EventOntology.Default.ClaimForms[formIndex];
        var expected = form.Examples.Single(e => e.Claim == claim);
        // The first form that reads the claim wins, so an example shadowed by an earlier form fails here too.
        var parsed = ClaimParser.Default.Parse(claim);
        Assert.NotNull(parsed);
        Assert.Equal(form.Relation, parsed.Relation);
        Assert.Equal(expected.Subject, parsed.Subject);
        Assert.Equal(expected.Object, parsed.Object);
        Assert.Equal(expected.Organization, parsed.Organization);
        Assert.Equal(form.SingletonOnly, parsed.SingletonOnly);
    }

    [Fact]
    public void The_shipped_forms_cover_every_relation_a_claim_can_name()
    {
        var relations = EventOntology.Default.ClaimForms.Select(f => f.Relation).ToHashSet();
        foreach (var relation in new[] { "holds_position", "named_to_position", "faces_charge", "convicted", "sentenced", "in_custody", "owns", "agreed_to_acquire", "blocked", "suing", "dead", "married", "bankrupt" })
            Assert.Contains(relation, relations);
    }

    [Fact]
    public void Forms_are_tried_in_order_so_the_generic_is_last()
    {
        // "is charged with" must be read as a charge, not as holding a post called "charged with ...".
        Assert.Equal("faces_charge", ClaimParser.Default.Parse("Mira Castell is charged with fraud")!.Relation);
        Assert.Equal("holds_position", EventOntology.Default.ClaimForms[^1].Relation);
    }
}
