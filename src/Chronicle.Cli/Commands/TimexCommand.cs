namespace Chronicle.Cli.Commands;

public sealed class TimexCommand : ICommand
{
    public string Name => "timex";
    public string Usage => "timex --dct DATE [--tml IN --out OUT]";
    public string Summary => "tag time expressions in stdin (or TimeML files)";

    public int Run(CommandContext context)
    {
        context.Err.WriteLine("chronicle timex: not implemented yet");
        return 2;
    }
}
