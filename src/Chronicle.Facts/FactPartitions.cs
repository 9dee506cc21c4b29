using Chronicle.Domain.Events;
using Chronicle.Events.Names;

namespace Chronicle.Facts;

/// <summary>
/// The unit in which states are kept and recomputed: the entity an effect is about (its subject, or its object for
/// relations that any subject can end). An argument the entity stage resolved is its stored entity ("e42"); any other
/// is its normalized name ("n:alec baldwin"). A new page recomputes only the partitions its events name.
/// </summary>
public static class FactPartitions
{
    public static string Of(EventArgument argument) =>
        argument.EntityKey is { } key ? "e" + key.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n:" + NameMatcher.Key(argument.Value);
}
