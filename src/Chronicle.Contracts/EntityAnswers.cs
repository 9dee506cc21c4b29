using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Store;

namespace Chronicle.Contracts;

/// <summary>What a name refers to in the store: nothing, several candidates, or one entity's profile.</summary>
public sealed record EntityLookup(string Query, IReadOnlyList<EntityRecord> Found, EntityProfile? Profile)
{
    public bool Ambiguous => Profile is null && Found.Count > 0;

    public static EntityLookup Find(IChronicleStore store, string name)
    {
        var found = store.FindEntities(name);
        return new EntityLookup(name, found, EntityChoice.Chosen(found, name) is { } chosen ? store.GetEntity(chosen.Key) : null);
    }
}

/// <summary>The JSON of `entities` and `entity`.</summary>
public static class EntityAnswers
{
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => "PRODUCT",
    };

    /// <summary>PERSON, ORGANIZATION, LOCATION, PRODUCT or their three-letter forms, any case; false for anything else (null: no type given).</summary>
    public static bool TryParseType(string? text, out EntityType? type)
    {
        type = null;
        switch (text?.ToUpperInvariant())
        {
            case null: return true;
            case "PERSON" or "PER": type = EntityType.Person; return true;
            case "ORGANIZATION" or "ORG": type = EntityType.Organization; return true;
            case "LOCATION" or "LOC": type = EntityType.Location; return true;
            case "PRODUCT" or "PRO": type = EntityType.Product; return true;
            default: return false;
        }
    }

    public static object List(IReadOnlyList<EntityRecord> entities) => entities.Select(Summary);

    public static object Summary(EntityRecord e) => new
    {
        id = e.Key, name = e.Name, type = TypeName(e.Type), documents = e.Documents, mentions = e.Mentions,
        first_seen = ContractJson.Day(e.FirstSeen), last_seen = ContractJson.Day(e.LastSeen),
    };

    public static object Lookup(EntityLookup lookup)
    {
        if (lookup.Found.Count == 0) return new { query = lookup.Query, found = false, candidates = Array.Empty<object>() };
        if (lookup.Profile is not { } profile)
            return new { query = lookup.Query, found = true, ambiguous = true, candidates = lookup.Found.Select(Summary) };
        var e = profile.Entity;
        return new
        {
            query = lookup.Query, found = true, ambiguous = false,
            id = e.Key, name = e.Name, type = TypeName(e.Type), documents = e.Documents, mentions = e.Mentions,
            first_seen = ContractJson.Day(e.FirstSeen), last_seen = ContractJson.Day(e.LastSeen),
            aliases = profile.Aliases.Select(a => new { name = a.Name, mentions = a.Mentions }),
            roles = profile.Roles.Select(r => new
            {
                role = r.Role, text = r.Text, organization = r.Organization, possessive = r.Possessive,
                date = ContractJson.Day(r.Date), document = r.DocumentId,
            }),
        };
    }
}
