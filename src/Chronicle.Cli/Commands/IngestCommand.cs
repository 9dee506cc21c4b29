namespace Chronicle.Cli.Commands;

public sealed class IngestCommand : ICommand
{
    public string Name => "ingest";
    public string Usage => "ingest";
    public string Summary => "";

    public int Run(CommandContext context) => 2;
}
