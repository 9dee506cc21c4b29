namespace Chronicle.Cli.Commands;

public sealed class ChangesCommand : ICommand
{
    public string Name => "changes";
    public string Usage => "changes --from DATE --to DATE [ENTITY]";
    public string Summary => "facts that started or ended in a window";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle changes: not implemented yet");
        return 2;
    }
}
