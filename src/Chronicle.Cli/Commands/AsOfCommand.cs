using Chronicle.Contracts;
using Chronicle.Query;

namespace Chronicle.Cli.Commands;

/// <summary>The facts that hold on a date, according to the articles published on or before it.</summary>
public sealed class AsOfCommand : ICommand
{
    public string Name => "asof";
    public string Usage => "asof DATE [ENTITY] [--json]";
    public string Summary => "facts that hold on DATE";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count == 0) throw new UsageException("asof needs a DATE (YYYY-MM-DD), e.g. chronicle asof 2023-03-01 \"Alec Baldwin\"");
        var date = CliArgs.ParseDate(context.Args.Positional[0], "DATE");
        string? entity = context.Args.Positional.Count > 1 ? string.Join(' ', context.Args.Positional.Skip(1)) : null;
        using var store = context.OpenStore();
        var rows = new FactQueries(new StoreEventSource(store)).AsOf(date, entity);
        FactOutput.Write(context, rows);
        return 0;
    }
}

internal static class FactOutput
{
    public static void Write(CommandContext context, IReadOnlyList<FactRow> rows)
    {
        if (context.Json)
        {
            context.WriteJson(FactAnswers.Facts(rows));
            return;
        }
        if (rows.Count == 0) { context.Out.WriteLine("no facts"); return; }
        foreach (var r in rows)
        {
            context.Out.WriteLine($"{r.Relation}({r.Subject}{(r.Object is null ? "" : ", " + r.Object)})  {r.ValidFrom ?? "?"} .. {r.ValidTo ?? ""}{(r.EndedBy is null ? "" : $"  ended by {r.EndedBy}")}{(r.Conflicting ? "  [conflicting reports]" : "")}");
            foreach (var s in r.Sources.Take(2)) context.Out.WriteLine($"    {s.Date:yyyy-MM-dd} {s.Doc}: {TimelineCommand.Clip(s.Sentence)}");
        }
    }
}
