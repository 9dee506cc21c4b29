using Chronicle.Domain.Entities;

namespace Chronicle.Entities.Linking;

/// <summary>The type a stored entity takes from the types its mentions were given.</summary>
public static class EntityTypes
{
    /// <summary>
    /// The most frequent type among the mentions, a tie decided by <see cref="TiePrecedence"/>, so that the answer is a
    /// function of the counts alone. <paramref name="current"/> when there are no mentions.
    /// </summary>
    public static EntityType OfMentions(IReadOnlyDictionary<EntityType, int> counts, EntityType current) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => Array.IndexOf(TiePrecedence, c.Key))
            .Select(c => (EntityType?)c.Key).FirstOrDefault() ?? current;

    /// <summary>
    /// A place before an organization: a place named as an actor ("Madrid said", a stadium for its club) is the
    /// common confusion (of the 5 ties in the dev storylines, 3 were places: a stadium, a training ground, a prison).
    /// </summary>
    private static readonly EntityType[] TiePrecedence = [EntityType.Person, EntityType.Location, EntityType.Organization, EntityType.Product];
}
