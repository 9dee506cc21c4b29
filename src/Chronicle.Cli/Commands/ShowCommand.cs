namespace Chronicle.Cli.Commands;

public sealed class ShowCommand : ICommand
{
    public string Name => "show";
    public string Usage => "show";
    public string Summary => "";

    public int Run(CommandContext context) => 2;
}
