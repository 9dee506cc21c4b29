using Chronicle.Domain.Events;
using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

/// <summary>Who an event argument is: the stored entity where the entity stage resolved it, else its name's cluster.</summary>
public class EntityIdentitiesTests
{
    private static EventArgument Person(string name, long? key = null) => new("person", name, name, 0, 1, "person", key);

    [Fact]
    public void Keyed_arguments_that_share_a_surname_stay_two_people()
    {
        var arguments = new[] { Person("Marcus Baldwin", 1), Person("Baldwin", 1), Person("Marcus Baldwin", 1), Person("Nora Baldwin", 2), Person("Baldwin", 2) };
        var identities = new EntityIdentities(arguments, []);
        Assert.Equal("Marcus Baldwin", identities.Of(arguments[1]));
        Assert.Equal("Nora Baldwin", identities.Of(arguments[4]));
        Assert.False(identities.Same("Marcus Baldwin", "Nora Baldwin"));
        Assert.Equal([2L], identities.KeysOf("Nora Baldwin"));
        Assert.True(identities.Refers("Nora Baldwin", "Nora Baldwin", 2));
        Assert.False(identities.Refers("Marcus Baldwin", "Baldwin", 2));
    }

    [Fact]
    public void Without_keys_names_cluster_as_before()
    {
        var arguments = new[] { Person("Marcus Baldwin"), Person("Marcus Baldwin"), Person("Baldwin"), Person("Nora Baldwin") };
        var identities = new EntityIdentities(arguments, []);
        var clusters = new EntityClusters(arguments.Select(a => a.Value), []);
        foreach (var a in arguments) Assert.Equal(clusters.Of(a.Value), identities.Of(a));
        Assert.Equal("Marcus Baldwin", identities.Of(arguments[2]));
        Assert.Empty(identities.KeysOf("Marcus Baldwin"));
        // A query's entity key does not hide states of stores without keys: the name decides.
        Assert.True(identities.Refers("Marcus Baldwin", "Marcus Baldwin", 7));
    }

    [Fact]
    public void An_unkeyed_name_joins_the_entity_its_keyed_uses_name_and_a_rename_joins_two_entities()
    {
        var arguments = new[]
        {
            new EventArgument("organization", "Twitter", "Twitter", 0, 1, "org", 5), new EventArgument("organization", "Twitter", "Twitter", 0, 1, "org", 5),
            new EventArgument("org_context", "Twitter", "Twitter", 0, 0, "org"), new EventArgument("organization", "X Corp", "X Corp", 0, 1, "org", 9),
        };
        var identities = new EntityIdentities(arguments, [("X Corp", "Twitter")]);
        Assert.Equal(identities.Of(arguments[0]), identities.Of(arguments[2]));
        Assert.Equal(identities.Of(arguments[0]), identities.Of(arguments[3]));
        Assert.Equal([5L, 9L], identities.KeysOf("X Corp").Order());
    }

    [Fact]
    public void An_entity_shown_by_a_name_another_entity_uses_more_does_not_take_that_name()
    {
        // The entity stage found "Baldwin" alone as a place in some articles; the arguments mostly mean the actor.
        var arguments = new List<EventArgument> { Person("Alec Baldwin", 75), Person("Baldwin", 75), Person("Baldwin", 75), new("organization", "Baldwin", "Baldwin", 0, 1, "org", 495), Person("Baldwin") };
        var identities = new EntityIdentities(arguments, []);
        Assert.Equal("Alec Baldwin", identities.Of(arguments[4]));
        Assert.Equal("Alec Baldwin", identities.Of("Baldwin"));
        Assert.Equal("Baldwin [entity 495]", identities.Of(arguments[3]));
        Assert.Equal([495L], identities.KeysOf(identities.Of(arguments[3])));
    }
}
