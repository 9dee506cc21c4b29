namespace Chronicle.Cli.Commands;

public sealed class TimelineCommand : ICommand
{
    public string Name => "timeline";
    public string Usage => "timeline ENTITY [--from DATE] [--to DATE]";
    public string Summary => "an entity's events in time order";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle timeline: not implemented yet");
        return 2;
    }
}
