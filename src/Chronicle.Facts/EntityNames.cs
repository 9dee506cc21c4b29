using Chronicle.Domain.Events;

namespace Chronicle.Facts;

/// <summary>
/// The name a stored entity is shown by in facts: the one its event arguments use most over every stored event
/// (<see cref="EntityIdentities.Display"/>), so a state reads the same whichever partition it was kept in. Ingest
/// keeps it per entity and recomputes it for the entities a run's events name.
/// </summary>
public static class EntityNames
{
    /// <summary>The name of one entity from every argument that names it (null: none does).</summary>
    public static string? Of(long entityKey, IEnumerable<EventArgument> arguments) => Of(arguments.Where(a => a.EntityKey == entityKey)).GetValueOrDefault(entityKey);

    public static Dictionary<long, string> Of(IEnumerable<EventArgument> arguments) =>
        arguments.Where(a => a.NamesEntity && a.EntityKey is not null).GroupBy(a => a.EntityKey!.Value)
            .ToDictionary(g => g.Key, g => EntityIdentities.Display(g.ToList()));
}
