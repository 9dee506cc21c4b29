namespace Chronicle.Cli;

/// <summary>One CLI verb. Run returns the process exit status (0 ok, 1 partial failure, 2 usage error).</summary>
public interface ICommand
{
    string Name { get; }
    string Usage { get; }
    string Summary { get; }
    int Run(CommandContext context);
}
