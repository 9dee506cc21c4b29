using Chronicle.Domain.Entities;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary>The `entities` listing of a store: entities by number of documents.</summary>
internal static class StoredEntities
{
    public static int List(CommandContext context)
    {
        var type = ParseType(context.Args.Option("type"));
        using var store = context.OpenStore();
        var entities = store.ListEntities(context.Args.IntOption("limit") ?? 50, type);
        if (context.Json)
        {
            context.WriteJson(entities.Select(ToJson));
            return 0;
        }
        if (entities.Count == 0)
        {
            context.Out.WriteLine($"no entities in {context.DbName}; add documents with 'chronicle ingest PATH'");
            return 0;
        }
        context.Out.WriteLine($"{"docs",5} {"mentions",8}  {"type",-12} {"first seen",-10} {"last seen",-10}  name");
        foreach (var e in entities)
            context.Out.WriteLine($"{e.Documents,5} {e.Mentions,8}  {EntitiesCommand.TypeName(e.Type),-12} {e.FirstSeen:yyyy-MM-dd} {e.LastSeen:yyyy-MM-dd}  {e.Name}");
        return 0;
    }

    public static object ToJson(EntityRecord e) => new
    {
        id = e.Key, name = e.Name, type = EntitiesCommand.TypeName(e.Type), documents = e.Documents, mentions = e.Mentions,
        first_seen = e.FirstSeen.ToString("yyyy-MM-dd"), last_seen = e.LastSeen.ToString("yyyy-MM-dd"),
    };

    public static EntityType? ParseType(string? type) => type?.ToUpperInvariant() switch
    {
        null => null,
        "PERSON" or "PER" => EntityType.Person,
        "ORGANIZATION" or "ORG" => EntityType.Organization,
        "LOCATION" or "LOC" => EntityType.Location,
        "PRODUCT" or "PRO" => EntityType.Product,
        _ => throw new UsageException($"--type must be PERSON, ORGANIZATION, LOCATION or PRODUCT, not '{type}'"),
    };
}
