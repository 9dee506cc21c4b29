namespace Chronicle.Cli.Commands;

public sealed class AsOfCommand : ICommand
{
    public string Name => "asof";
    public string Usage => "asof DATE [ENTITY]";
    public string Summary => "facts that hold on DATE";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle asof: not implemented yet");
        return 2;
    }
}
