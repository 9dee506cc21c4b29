using Chronicle.Contracts;
using Chronicle.Domain.Entities;

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
            context.WriteJson(EntityAnswers.List(entities));
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

    public static EntityType? ParseType(string? type) => EntityAnswers.TryParseType(type, out var parsed)
        ? parsed
        : throw new UsageException($"--type must be PERSON, ORGANIZATION, LOCATION or PRODUCT, not '{type}'");
}
