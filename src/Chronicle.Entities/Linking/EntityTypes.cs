using Chronicle.Domain.Entities;

namespace Chronicle.Entities.Linking;

/// <summary>The type a stored entity takes from the types its mentions were given.</summary>
public static class EntityTypes
{
    /// <summary>
    /// The most frequent type among the mentions; a tie goes to the type declared first in <see cref="EntityType"/>
    /// (an organization before a location: "Northwind Energy" named as often as a company as a place stays a company),
    /// so that the answer is a function of the counts alone. <paramref name="current"/> when there are no mentions.
    /// </summary>
    public static EntityType OfMentions(IReadOnlyDictionary<EntityType, int> counts, EntityType current) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => (EntityType?)c.Key).FirstOrDefault() ?? current;
}
