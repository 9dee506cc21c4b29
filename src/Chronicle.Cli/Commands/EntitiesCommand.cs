namespace Chronicle.Cli.Commands;

public sealed class EntitiesCommand : ICommand
{
    public string Name => "entities";
    public string Usage => "entities [--dct DATE]";
    public string Summary => "entity mentions in stdin; without stdin text, the stored entities";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle entities: not implemented yet");
        return 2;
    }
}
