using Chronicle.Domain.Entities;

namespace Chronicle.Entities.Linking;

/// <summary>
/// What the <see cref="EntityLinker"/> reads from a store: the known entities, read inside the transaction
/// that will persist its decisions, so that it sees the entities that transaction decided so far.
/// </summary>
public interface IEntityCatalogue
{
    /// <summary>The entities whose name key, alias key or lookup word is <paramref name="key"/>.</summary>
    IReadOnlyCollection<long> EntitiesWithKey(string key);

    /// <summary>One stored entity: its row, alias keys and lookup words.</summary>
    CatalogueEntity Load(long key);

    /// <summary>For the entity's latest <paramref name="documents"/> documents, oldest first, the entities each mentions.</summary>
    IEnumerable<IReadOnlyCollection<long>> LatestDocuments(long entity, int documents);

    /// <summary>A key no stored entity and no entity decided in this transaction has.</summary>
    long NewEntityKey();

    /// <summary>How many of the entity's stored mentions (this transaction's included) have each type.</summary>
    IReadOnlyDictionary<EntityType, int> MentionTypes(long entity);
}

/// <summary>A stored entity as the linker needs it. Words are lookup words (surname parts, prefixed entity keys).</summary>
public sealed record CatalogueEntity(long Key, string Name, string NameKey, EntityType Type, int Documents,
    IReadOnlyCollection<string> AliasKeys, IReadOnlyCollection<string> Words);
