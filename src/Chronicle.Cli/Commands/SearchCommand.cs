namespace Chronicle.Cli.Commands;

public sealed class SearchCommand : ICommand
{
    public string Name => "search";
    public string Usage => "search";
    public string Summary => "";

    public int Run(CommandContext context) => 2;
}
