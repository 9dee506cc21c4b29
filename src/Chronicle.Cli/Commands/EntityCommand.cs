using Chronicle.Contracts;
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
        var lookup = EntityLookup.Find(store, name);
        if (context.Json)
        {
            context.WriteJson(EntityAnswers.Lookup(lookup));
            return lookup.Found.Count == 0 ? 1 : 0;
        }
        if (lookup.Found.Count == 0)
        {
            context.Err.WriteLine($"chronicle entity: no entity called '{name}' in {context.DbName}");
            return 1;
        }
        if (lookup.Profile is not { } profile)
        {
            context.Out.WriteLine($"'{name}' may be any of {lookup.Found.Count} entities:");
            foreach (var e in lookup.Found)
                context.Out.WriteLine($"  {e.Name} ({EntitiesCommand.TypeName(e.Type)}, {e.Documents} documents, {e.FirstSeen:yyyy-MM-dd} to {e.LastSeen:yyyy-MM-dd})");
            return 0;
        }
        Write(context.Out, profile);
        return 0;
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
