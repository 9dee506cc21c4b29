using Chronicle.Domain.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;

namespace Chronicle.Facts;

/// <summary>
/// The unit in which states are kept and recomputed: the entity an effect is about (its subject, or its object for
/// relations that any subject can end). An argument the entity stage resolved is its stored entity ("e42"); any other
/// is its normalized name ("n:alec baldwin"). A new page recomputes only the partitions its events name.
/// </summary>
public sealed class FactPartitions(EventOntology ontology)
{
    public static FactPartitions Default { get; } = new(EventOntology.Default);

    /// <summary>Relations that some event closes for any subject ("the deal is off": blocked by anyone): their states are kept with their object's.</summary>
    private readonly HashSet<string> _byObject = ontology.Events.SelectMany(t => t.Effects).Where(f => f.AnySubject).Select(f => f.Relation).ToHashSet(StringComparer.Ordinal);

    public bool ByObject(string relation) => _byObject.Contains(relation);

    public static string Of(EventArgument argument) => Of(argument, argument.EntityKey);

    private static string Of(EventArgument argument, long? entityKey) =>
        entityKey is { } key ? "e" + key.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n:" + NameMatcher.Key(argument.Value);

    /// <summary>Events grouped by the partitions they belong to (an event in several partitions is in each), partitions in ordinal order.</summary>
    public SortedDictionary<string, List<EventRecord>> Group(IEnumerable<EventRecord> events)
    {
        var byPartition = new SortedDictionary<string, List<EventRecord>>(StringComparer.Ordinal);
        foreach (var r in events)
            foreach (var p in Of(r.Event))
            {
                if (!byPartition.TryGetValue(p, out var list)) byPartition[p] = list = [];
                list.Add(r);
            }
        return byPartition;
    }

    /// <summary>The partitions an event's effects belong to (<see cref="FactEngine.Versions"/> of each holds its part of them).</summary>
    /// <param name="entityKeys">The entity of each argument, where the caller has them apart from the event (a store writing it); else the arguments'.</param>
    public IReadOnlySet<string> Of(EventMention e, IReadOnlyList<long?>? entityKeys = null)
    {
        var partitions = new HashSet<string>(StringComparer.Ordinal);
        if (ontology.Find(e.Type) is not { } type) return partitions;
        foreach (var effect in type.Effects)
        {
            string? role = ByObject(effect.Relation) ? effect.Object : effect.Subject;
            for (int i = 0; i < e.Arguments.Count; i++)
                if (e.Arguments[i].Role == role) partitions.Add(Of(e.Arguments[i], entityKeys is null ? e.Arguments[i].EntityKey : entityKeys[i]));
        }
        return partitions;
    }
}
