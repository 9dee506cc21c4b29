namespace Chronicle.Cli.Commands;

public sealed class DocsCommand : ICommand
{
    public string Name => "docs";
    public string Usage => "docs";
    public string Summary => "";

    public int Run(CommandContext context) => 2;
}
