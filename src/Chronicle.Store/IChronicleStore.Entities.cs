using Chronicle.Domain.Entities;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>Entities whose name or an alias is <paramref name="name"/> (normalized: case, accents and apostrophes do not count), most documents first; else people whose surname it is.</summary>
    IReadOnlyList<EntityRecord> FindEntities(string name);

    /// <summary>An entity with its aliases and roles, or null.</summary>
    EntityProfile? GetEntity(long key);

    /// <summary>Entities by number of documents, then mentions.</summary>
    IReadOnlyList<EntityRecord> ListEntities(int limit = 50, EntityType? type = null);

    /// <summary>The stored mentions of one document, each with the key of its canonical entity.</summary>
    IReadOnlyList<StoredEntityMention> EntityMentions(string documentId);
}

public sealed record EntityRecord(long Key, string Name, EntityType Type, int Documents, int Mentions, DateOnly FirstSeen, DateOnly LastSeen);

public sealed record EntityAlias(string Name, int Mentions);

public sealed record EntityRoleRecord(string Role, string Text, string? Organization, bool Possessive, DateOnly Date, string DocumentId);

public sealed record EntityProfile(EntityRecord Entity, IReadOnlyList<EntityAlias> Aliases, IReadOnlyList<EntityRoleRecord> Roles);

public sealed record StoredEntityMention(long EntityKey, string Entity, int Start, int End, string Text, EntityType Type, MentionKind Kind, int Chain);
