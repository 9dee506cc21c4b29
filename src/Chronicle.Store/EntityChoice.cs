using Chronicle.Entities.Chains;

namespace Chronicle.Store;

/// <summary>
/// Which stored entity a name means, as `chronicle entity NAME` decides it: the one entity found, or among several the
/// one called exactly that; none when the name is unknown or ambiguous. Timelines, as-of facts and claim checks ask
/// the same question, so every command agrees on who NAME is.
/// </summary>
public static class EntityChoice
{
    /// <summary>The entity the name means among those <see cref="IChronicleStore.FindEntities"/> found, or null (none, or ambiguous).</summary>
    public static EntityRecord? Chosen(IReadOnlyList<EntityRecord> found, string name)
    {
        if (found.Count == 0) return null;
        if (found.Count == 1) return found[0];
        string key = NameKey.Of(name);
        var exact = found.Where(e => NameKey.Of(e.Name) == key).Take(2).ToList();
        return exact.Count == 1 ? exact[0] : null;
    }

    /// <summary>The stored entity the name means, or null.</summary>
    public static EntityRecord? Find(IChronicleStore store, string name) => Chosen(store.FindEntities(name), name);
}
