using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Events.Names;

namespace Chronicle.Tests.Entities;

/// <summary>One alias table (Entities/Resources/aliases.json) serves entity keys and the event stage's name matching.</summary>
public class AliasTableTests
{
    [Theory]
    [InlineData("PRC", "China")]
    [InlineData("People's Republic of China", "China")]
    [InlineData("U.K.", "Britain")]
    [InlineData("Tories", "Conservative Party")]
    [InlineData("FTC", "Federal Trade Commission")]
    [InlineData("Burma", "Myanmar")]
    public void Both_stages_take_an_alias_for_its_entity(string alias, string name)
    {
        Assert.Equal(EntityKey.Of(EntityType.Organization, name), EntityKey.Of(EntityType.Organization, alias));
        Assert.Equal(NameMatcher.Key(name), NameMatcher.Key(alias));
    }

    [Fact]
    public void The_preferred_name_is_the_first_and_china_is_called_china()
    {
        Assert.Equal("China", NameMatcher.Canonical("PRC"));
        Assert.Equal("china", EntityKey.Of(EntityType.Location, "People's Republic of China"));
        Assert.All(Aliases.Groups, g => Assert.NotEmpty(g.Names));
    }

    [Fact]
    public void A_demonym_stands_for_its_country_only_when_matching_event_arguments()
    {
        Assert.Equal(NameMatcher.Key("United Kingdom"), NameMatcher.Key("British"));
        Assert.NotEqual(EntityKey.Of(EntityType.Organization, "United Kingdom"), EntityKey.Of(EntityType.Organization, "British"));
    }

    [Fact]
    public void Every_name_belongs_to_one_entity_only()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Aliases.Groups)
            foreach (var name in group.Names.Concat(group.Demonyms))
                Assert.True(seen.TryAdd(NameKey.Of(name), group.Preferred) || seen[NameKey.Of(name)] == group.Preferred,
                    $"{name} is in the groups of {seen.GetValueOrDefault(NameKey.Of(name))} and {group.Preferred}");
    }
}
