using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Entities.Rules;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>Every example written next to an entity rule in the resources is run here.</summary>
public class RuleExampleTests
{
    private static IReadOnlyList<EntityMention> Recognize(string text) => EntityRecognizer.Default.Recognize(text, SentenceSplitter.Split(text));

    public static TheoryData<string, string, string, bool> RoleExamples()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var e in Lexicons.Roles.Examples) data.Add(e.Text, e.Person, e.Role, e.Possessive);
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleExamples))]
    public void Role_examples(string text, string person, string role, bool possessive)
    {
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == person && m.Role is { } r && r.Role == role && r.Possessive == possessive);
    }

    public static TheoryData<string, string, bool> ProductPatternExamples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var p in Lexicons.Products.Patterns)
        {
            foreach (var e in p.Examples) data.Add(p.Regex, e, true);
            foreach (var e in p.Counterexamples ?? []) data.Add(p.Regex, e, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProductPatternExamples))]
    public void Product_pattern_examples(string regex, string token, bool matches)
    {
        var pattern = Lexicons.Products.Patterns.Single(p => p.Regex == regex);
        Assert.Equal(matches, pattern.Matches(token));
    }

    public static TheoryData<string, string> ProductExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Lexicons.Products.Examples) data.Add(e.Text, e.Product);
        return data;
    }

    [Theory]
    [MemberData(nameof(ProductExamples))]
    public void Product_examples(string text, string product)
    {
        Assert.Contains(Recognize(text), m => m.Text == product && m.Type == EntityType.Product);
    }

    public static TheoryData<string, string, bool> NameShapePatternExamples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var shape in NameShapes.Rules.Shapes)
        {
            foreach (var e in shape.Examples) data.Add(shape.Regex, e, true);
            foreach (var e in shape.Counterexamples ?? []) data.Add(shape.Regex, e, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(NameShapePatternExamples))]
    public void Name_shape_pattern_examples(string regex, string token, bool matches)
    {
        Assert.Equal(matches, NameShapes.Rules.Shapes.Single(p => p.Regex == regex).Matches(token));
    }

    public static TheoryData<string, string, string> NameShapeExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var e in NameShapes.Rules.Examples) data.Add(e.Text, e.Name, e.Type);
        return data;
    }

    [Theory]
    [MemberData(nameof(NameShapeExamples))]
    public void Name_shape_examples(string text, string name, string type) => Designator_examples(text, name, type);

    public static TheoryData<string, string, string> DesignatorExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var e in DesignatorRule.Lists.Examples) data.Add(e.Text, e.Name, e.Type);
        return data;
    }

    [Theory]
    [MemberData(nameof(DesignatorExamples))]
    public void Designator_examples(string text, string name, string type)
    {
        var expected = type switch { "ORGANIZATION" => EntityType.Organization, "LOCATION" => EntityType.Location, _ => EntityType.Person };
        Assert.Contains(Recognize(text), m => m.Text == name && m.Type == expected);
    }

    [Theory]
    [InlineData("Talks with Quenford stalled on Friday.\nQuenford Corp. shares fell 4 percent.", "Quenford")]
    public void A_company_named_with_its_legal_form_is_an_organization_where_named_without(string text, string shortName)
    {
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == shortName);
        Assert.All(mentions.Where(m => m.Text == shortName), m => Assert.Equal(EntityType.Organization, m.Type));
    }

    // Each text names a made-up company the tagger reads as a person on every line; one cue in the wording makes it an organization on all of them.
    [Theory]
    [InlineData("Pemberton lost ground to rivals, analysts said. Pemberton's shareholders rejected the plan.", "Pemberton")]
    [InlineData("Analysts said Marlowe had lost ground to rivals. Marlowe's chief executive resigned on Monday.", "Marlowe")]
    [InlineData("Analysts said Dorsey had lost ground to rivals. Shares of Dorsey fell 3 percent.", "Dorsey")]
    [InlineData("Analysts said Kessler had lost ground to rivals. Kessler (NYSE: KSL) reports on Friday.", "Kessler")]
    [InlineData("Analysts said Halbrook had lost ground to rivals. Halbrook, the shipping company, did not comment.", "Halbrook")]
    [InlineData("Halbrook said it would cut 400 jobs. Analysts said Halbrook had lost ground. Halbrook said it expects lower sales.", "Halbrook")]
    [InlineData("Analysts said Marlowe had lost ground to rivals. Dorsey bought a stake in Marlowe last year.", "Marlowe")]
    [InlineData("Analysts said Pemberton had lost ground to rivals. She became chief executive of Pemberton in 2019.", "Pemberton")]
    public void A_name_the_article_shows_to_be_a_company_is_an_organization_on_every_line(string text, string company)
    {
        var mentions = Recognize(text).Where(m => m.Text == company).ToList();
        Assert.True(mentions.Count >= 2, $"{company} found {mentions.Count} times");
        Assert.All(mentions, m => Assert.Equal(EntityType.Organization, m.Type));
        Assert.Contains(mentions, m => m.TypeShown);
    }

    [Theory]
    [InlineData("Halbrook said it would rain. Mr. Halbrook said it again on Monday.", "Halbrook")]
    [InlineData("Halbrook said it would rain. Halbrook said he would stay home. Halbrook said it again.", "Halbrook")]
    [InlineData("Dana Halbrook spoke. Halbrook said it would rain. Halbrook said it again on Monday.", "Halbrook")]
    public void A_name_the_article_shows_to_be_a_person_stays_a_person(string text, string person)
    {
        var mentions = Recognize(text).Where(m => m.Text == person).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Theory]
    [InlineData("Analysts said Halbrook had lost ground. Halbrook said it was a fair result.")]
    [InlineData("Analysts said Halbrook had lost ground. Halbrook's stake in the firm rose.")]
    [InlineData("Analysts said Halbrook had lost ground. Halbrook's takeover of the firm was approved.")]
    public void One_weak_cue_or_what_a_person_may_own_does_not_retype_a_person(string text)
    {
        var mentions = Recognize(text).Where(m => m.Text == "Halbrook").ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Theory]
    [InlineData("Seattle-based Lumora Inc. cut 300 jobs on Monday.", "Lumora Inc.", EntityType.Organization)]
    [InlineData("Bill Gates-founded Microsoft offered to buy the firm.", "Microsoft", EntityType.Organization)]
    [InlineData("Bill Gates-founded Microsoft offered to buy the firm.", "Bill Gates", EntityType.Person)]
    public void A_participle_hyphened_to_a_name_describes_the_name_after_it(string text, string name, EntityType type)
    {
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == name && m.Type == type);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("-based", StringComparison.Ordinal) || m.Text.Contains("-founded", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Apple unveiled the iPhone 4 on Monday.", "iPhone 4")]
    [InlineData("Airbus delivered its first A380 to Singapore Airlines.", "A380")]
    [InlineData("Deliveries of the Boeing 787 were delayed again.", "787")]
    [InlineData("He starred in the film \"Rust\" last year.", "Rust")]
    public void Products_and_works(string text, string product)
    {
        Assert.Contains(Recognize(text), m => m.Text == product && m.Type == EntityType.Product);
    }
}
