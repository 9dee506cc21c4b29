using Chronicle.Entities.Chains;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary>The stored entity a name refers to: aliases, type, roles with dates, documents, first and last seen; the candidates when the name is ambiguous.</summary>
public sealed class EntityCommand : ICommand
{
    public string Name => "entity";
    public string Usage => "entity NAME [--json]";
    public string Summary => "a stored entity: aliases, type, roles, documents";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count == 0) throw new UsageException("entity needs a NAME, e.g. chronicle entity \"Alec Baldwin\"");
        string name = string.Join(' ', context.Args.Positional);
        using var store = context.OpenStore();
        var found = store.FindEntities(name);
        if (found.Count == 0)
        {
            if (context.Json) context.WriteJson(new { query = name, found = false, candidates = Array.Empty<object>() });
            else context.Err.WriteLine($"chronicle entity: no entity called '{name}' in {context.DbName}");
            return 1;
        }
        if (IsAmbiguous(found, name))
        {
            if (context.Json) context.WriteJson(new { query = name, found = true, ambiguous = true, candidates = found.Select(StoredEntities.ToJson) });
            else
            {
                context.Out.WriteLine($"'{name}' may be any of {found.Count} entities:");
                foreach (var e in found)
                    context.Out.WriteLine($"  {e.Name} ({EntitiesCommand.TypeName(e.Type)}, {e.Documents} documents, {e.FirstSeen:yyyy-MM-dd} to {e.LastSeen:yyyy-MM-dd})");
            }
            return 0;
        }
        var profile = store.GetEntity(found.FirstOrDefault(e => NameKey.Of(e.Name) == NameKey.Of(name))?.Key ?? found[0].Key)!;
        if (context.Json)
        {
            var e = profile.Entity;
            context.WriteJson(new
            {
                query = name, found = true, ambiguous = false,
                id = e.Key, name = e.Name, type = EntitiesCommand.TypeName(e.Type), documents = e.Documents, mentions = e.Mentions,
                first_seen = e.FirstSeen.ToString("yyyy-MM-dd"), last_seen = e.LastSeen.ToString("yyyy-MM-dd"),
                aliases = profile.Aliases.Select(a => new { name = a.Name, mentions = a.Mentions }),
                roles = profile.Roles.Select(r => new
                {
                    role = r.Role, text = r.Text, organization = r.Organization, possessive = r.Possessive,
                    date = r.Date.ToString("yyyy-MM-dd"), document = r.DocumentId,
                }),
            });
            return 0;
        }
        Write(context.Out, profile);
        return 0;
    }

    /// <summary>Ambiguous when several entities go by the name and not exactly one of them is called exactly that.</summary>
    private static bool IsAmbiguous(IReadOnlyList<EntityRecord> found, string name)
    {
        if (found.Count < 2) return false;
        string key = NameKey.Of(name);
        return found.Count(e => NameKey.Of(e.Name) == key) != 1;
    }

    private static void Write(TextWriter w, EntityProfile profile)
    {
        var e = profile.Entity;
        w.WriteLine($"{e.Name}  ({EntitiesCommand.TypeName(e.Type)})");
        w.WriteLine($"  seen in {e.Documents} documents, {e.Mentions} mentions, from {e.FirstSeen:yyyy-MM-dd} to {e.LastSeen:yyyy-MM-dd}");
        w.WriteLine($"  also called: {string.Join(", ", profile.Aliases.Where(a => a.Name != e.Name).Select(a => $"{a.Name} ({a.Mentions})"))}");
        if (profile.Roles.Count == 0) return;
        w.WriteLine("  roles:");
        foreach (var role in profile.Roles.GroupBy(r => (r.Role, r.Organization, r.Possessive)))
        {
            string what = (role.Key.Possessive ? ("aeiou".Contains(role.Key.Role[0]) ? "has an " : "has a ") : "") + role.Key.Role + (role.Key.Organization is null ? "" : " at " + role.Key.Organization);
            w.WriteLine($"    {what}: {role.First().Date:yyyy-MM-dd}{(role.Count() > 1 ? $" to {role.Last().Date:yyyy-MM-dd} ({role.Count()} mentions)" : "")}");
        }
    }
}
