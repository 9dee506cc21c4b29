using Chronicle.Query;

namespace Chronicle.Cli.Commands;

/// <summary>Facts that started or ended within a window.</summary>
public sealed class ChangesCommand : ICommand
{
    public string Name => "changes";
    public string Usage => "changes --from DATE --to DATE [ENTITY] [--json]";
    public string Summary => "facts that started or ended in a window";

    public int Run(CommandContext context)
    {
        var from = context.Args.DateOption("from") ?? throw new UsageException("changes needs --from DATE");
        var to = context.Args.DateOption("to") ?? throw new UsageException("changes needs --to DATE");
        if (to < from) throw new UsageException("--to must not be before --from");
        string? entity = context.Args.Positional.Count > 0 ? string.Join(' ', context.Args.Positional) : null;
        using var store = context.OpenStore();
        FactOutput.Write(context, new FactQueries(new StoreEventSource(store)).Changes(from, to, entity));
        return 0;
    }
}
