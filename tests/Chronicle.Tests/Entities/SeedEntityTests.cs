using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

/// <summary>The cases of the seed page that the entity stage must get right.</summary>
public class SeedEntityTests
{
    private static readonly Lazy<IReadOnlyList<EntityMention>> Seed = new(() =>
    {
        string text = File.ReadAllText(Fixtures.SeedPath);
        return new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false))
            .Analyze(new Document("seed", new DateOnly(2023, 4, 20), text)).Entities;
    });

    private static IReadOnlyList<EntityMention> Mentions => Seed.Value;

    private static List<EntityMention> Called(string text) => Mentions.Where(m => m.Text == text).ToList();

    [Theory]
    [InlineData("Alec Baldwin")]
    [InlineData("Baldwin")]
    [InlineData("The 65-year-old actor")]
    public void Baldwin_his_surname_and_the_actor_are_one_person(string text)
    {
        var found = Called(text);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(("Alec Baldwin", EntityType.Person), (m.Canonical, m.Type)));
        Assert.Single(Mentions.Where(m => m.Canonical == "Alec Baldwin").Select(m => m.Chain).Distinct());
    }

    [Fact]
    public void The_actor_is_a_reference_not_a_name()
    {
        Assert.Equal(MentionKind.Nominal, Called("The 65-year-old actor").Single().Kind);
        Assert.All(Called("Baldwin"), m => Assert.Equal(MentionKind.Name, m.Kind));
    }

    [Fact]
    public void A_misspelt_possessive_of_Hutchins_is_Hutchins()
    {
        var typo = Mentions.Single(m => m.Text == "Halyna Hutchin");
        Assert.Equal("Halyna Hutchins", typo.Canonical);
        Assert.Equal(Called("Halyna Hutchins")[0].Chain, typo.Chain);
        Assert.All(Called("Hutchins"), m => Assert.Equal("Halyna Hutchins", m.Canonical));
    }

    [Theory]
    [InlineData("Hannah Gutierrez-Reed")]
    [InlineData("Gutierrez-Reed")]
    [InlineData("Hannah")]
    public void Gutierrez_Reed_by_full_name_surname_and_given_name_in_a_quote(string text)
    {
        var found = Called(text);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(("Hannah Gutierrez-Reed", EntityType.Person), (m.Canonical, m.Type)));
    }

    [Theory]
    [InlineData("Rust Move Productions", EntityType.Organization)]
    [InlineData("ABC", EntityType.Organization)]
    [InlineData("NBC", EntityType.Organization)]
    [InlineData("Variety", EntityType.Organization)]
    [InlineData("Deadline", EntityType.Organization)]
    [InlineData("SANTA FE", EntityType.Location)]
    [InlineData("New Mexico", EntityType.Location)]
    [InlineData("Montana", EntityType.Location)]
    [InlineData("Rust", EntityType.Product)]
    [InlineData("Joel Souza", EntityType.Person)]
    [InlineData("Melina Spadone", EntityType.Person)]
    public void Names_are_found_with_their_type(string text, EntityType type)
    {
        var found = Called(text);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(type, m.Type));
    }

    [Fact]
    public void Four_outlets_in_a_list_are_four_organizations()
    {
        var outlets = Mentions.Where(m => m.Text is "ABC" or "NBC" or "Variety" or "Deadline").Take(4).ToList();
        Assert.Equal(4, outlets.Select(m => m.Chain).Distinct().Count());
    }

    [Theory]
    [InlineData("Hannah Gutierrez-Reed", "weapons supervisor", false)]
    [InlineData("Halyna Hutchins", "cinematographer", false)]
    [InlineData("Joel Souza", "director", false)]
    [InlineData("Baldwin", "lawyer", true)]
    [InlineData("Jason Bowles", "lawyer", false)]
    [InlineData("Melina Spadone", "attorney", false)]
    public void Roles_are_kept_with_the_person(string text, string role, bool possessive)
    {
        Assert.Contains(Called(text), m => m.Role is { } r && r.Role == role && r.Possessive == possessive);
    }

    [Fact]
    public void The_attorney_works_for_the_production_company()
    {
        Assert.Contains(Called("Melina Spadone"), m => m.Role?.Organization == "Rust Move Productions");
    }

    [Fact]
    public void Offsets_point_into_the_original_page()
    {
        string text = File.ReadAllText(Fixtures.SeedPath);
        Assert.All(Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(Mentions.Where(m => m.Role is not null), m => Assert.Equal(m.Role!.Text, text[m.Role.Start..m.Role.End]));
    }

    [Fact]
    public void Nothing_is_mistaken_for_a_person_in_the_seed()
    {
        var people = Mentions.Where(m => m.Type == EntityType.Person).Select(m => m.Canonical).Distinct().Order().ToList();
        Assert.Equal(["Alec Baldwin", "Halyna Hutchins", "Hannah Gutierrez-Reed", "Jason Bowles", "Joel Souza", "Melina Spadone", "Todd Bullion"], people);
    }
}
