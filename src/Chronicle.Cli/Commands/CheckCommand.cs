namespace Chronicle.Cli.Commands;

public sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Usage => "check \"CLAIM\" --as-of DATE";
    public string Summary => "supported, outdated or not_supported as of DATE";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle check: not implemented yet");
        return 2;
    }
}
