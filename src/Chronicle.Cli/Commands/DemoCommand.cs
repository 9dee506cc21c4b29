namespace Chronicle.Cli.Commands;

public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Usage => "demo";
    public string Summary => "";

    public int Run(CommandContext context) => 2;
}
