using Chronicle.Domain.Entities;

namespace Chronicle.Entities.Linking;

/// <summary>
/// The linker's decisions for one document, for the store to persist in its transaction: which entity each
/// name chain is, the entities to create and rename, and the aliases and lookup words to add.
/// </summary>
public sealed class DocumentLinks
{
    public static readonly DocumentLinks None = new();

    /// <summary>The entity key of each chain of the document's mentions.</summary>
    public Dictionary<int, long> EntityOfChain { get; } = [];
    /// <summary>New entities, each first seen on the document's date with no documents counted yet.</summary>
    public List<NewEntity> Created { get; } = [];
    /// <summary>Known entities that take a fuller name, in the order decided (a later one wins).</summary>
    public List<RenamedEntity> Renamed { get; } = [];
    public List<NewAlias> Aliases { get; } = [];
    public List<NewLookup> Lookups { get; } = [];
}

public sealed record NewEntity(long Key, string Name, string NameKey, EntityType Type);

/// <summary>A fuller name for a known entity; <see cref="FormerNameKey"/> is the name key it had.</summary>
public sealed record RenamedEntity(long Key, string Name, string NameKey, string FormerNameKey);

/// <summary>An alias to add, or to add <see cref="Mentions"/> to when the store already has it.</summary>
public sealed record NewAlias(long Entity, string Alias, string AliasKey, int Mentions);

public sealed record NewLookup(string Word, long Entity);

/// <summary>
/// What a batch adds to the counters of entities and of aliases that existed before the document that named them,
/// and what it changed in the catalogue (for other writers' linkers, see <see cref="CatalogueChanges"/>).
/// </summary>
public sealed record BatchCounts(IReadOnlyList<EntityCount> Entities, IReadOnlyList<AliasCount> Aliases, CatalogueChanges Changed)
{
    /// <summary>Entities whose type the batch's mentions changed, with their new type.</summary>
    public IReadOnlyList<EntityRetype> Retyped { get; init; } = [];
}

public sealed record EntityRetype(long Entity, EntityType Type);

/// <summary>
/// What other writers changed in the catalogue since a linker's last batch, so that it brings what it kept up to
/// date instead of reading everything again: the lookup keys whose entities changed (new names, former names,
/// aliases, lookup words), the entities whose name, aliases or lookup words changed, and the entities of each
/// document they stored, oldest first (which move document counts and the latest documents of an entity).
/// </summary>
public sealed record CatalogueChanges(IReadOnlyCollection<string> Keys, IReadOnlyCollection<long> Entities, IReadOnlyList<IReadOnlyCollection<long>> Documents)
{
    public static readonly CatalogueChanges None = new([], [], []);
}

public sealed record EntityCount(long Entity, int Documents, int Mentions, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record AliasCount(long Entity, string AliasKey, int Mentions);
