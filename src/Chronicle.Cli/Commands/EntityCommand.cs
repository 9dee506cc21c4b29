namespace Chronicle.Cli.Commands;

public sealed class EntityCommand : ICommand
{
    public string Name => "entity";
    public string Usage => "entity NAME";
    public string Summary => "a stored entity: aliases, type, roles, documents";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle entity: not implemented yet");
        return 2;
    }
}
