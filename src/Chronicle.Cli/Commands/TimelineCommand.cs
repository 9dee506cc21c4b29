using Chronicle.Contracts;
using Chronicle.Query;

namespace Chronicle.Cli.Commands;

/// <summary>An entity's events in time order, with modality and the sentences that report them.</summary>
public sealed class TimelineCommand : ICommand
{
    public string Name => "timeline";
    public string Usage => "timeline ENTITY [--from DATE] [--to DATE] [--json]";
    public string Summary => "an entity's events in time order";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count == 0) throw new UsageException("timeline needs an ENTITY, e.g. chronicle timeline \"Alec Baldwin\"");
        string entity = string.Join(' ', context.Args.Positional);
        var from = context.Args.DateOption("from");
        var to = context.Args.DateOption("to");
        using var store = context.OpenStore();
        var entries = new FactQueries(new StoreEventSource(store)).Timeline(entity, from, to);
        if (context.Json)
        {
            context.WriteJson(FactAnswers.Timeline(entries));
            return entries.Count == 0 ? ExitCodes.NotFoundOrPartial : ExitCodes.Ok;
        }
        // Not found exits 1, as entity and show do.
        if (entries.Count == 0) { context.Out.WriteLine($"no events for '{entity}' in {context.DbName}"); return ExitCodes.NotFoundOrPartial; }
        foreach (var e in entries)
        {
            context.Out.WriteLine($"{e.Date,-12} {e.Type,-24} {e.Summary}{(e.Modality == "asserted" ? "" : $" [{e.Modality}]")}");
            foreach (var s in e.Sources.Take(3)) context.Out.WriteLine($"{"",13}{s.Date:yyyy-MM-dd} {s.Doc}: {Clip(s.Sentence)}");
        }
        return 0;
    }

    internal static string Clip(string sentence) => sentence.Length <= 160 ? sentence : sentence[..157] + "...";
}
