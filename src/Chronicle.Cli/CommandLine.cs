using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

public static class CommandLine
{
    /// <summary>Every verb, in the order the help lists them. Each lives in its own file under Commands/.</summary>
    public static readonly IReadOnlyList<ICommand> Commands =
    [
        new IngestCommand(), new DocsCommand(), new ShowCommand(), new SearchCommand(),
        new TimexCommand(),
        new EntitiesCommand(), new EntityCommand(),
        new TimelineCommand(), new AsOfCommand(), new ChangesCommand(), new CheckCommand(),
        new DemoCommand(), new ServeCommand(), new McpCommand(),
    ];

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parsed = CliArgs.Parse(args);
            if (parsed.Positional.Count == 0 || parsed.Positional[0] is "help" || (parsed.Positional.Count == 0 && parsed.Flag("help")))
            {
                WriteHelp(parsed.Positional.Count == 0 && !parsed.Flag("help") ? stderr : stdout);
                return parsed.Positional.Count == 0 && !parsed.Flag("help") ? 2 : 0;
            }
            string verb = parsed.Positional[0];
            parsed.Positional.RemoveAt(0);
            var command = Commands.FirstOrDefault(c => c.Name == verb)
                ?? throw new UsageException($"unknown command '{verb}' (see 'chronicle help')");
            if (parsed.Flag("help"))
            {
                stdout.WriteLine($"usage: chronicle {command.Usage}\n\n{command.Summary}");
                return 0;
            }
            var context = new CommandContext(parsed, stdin, stdout, stderr);
            // Global options count as read even for commands that do not use them.
            parsed.Has("db");
            parsed.Has("json");
            int status = command.Run(context);
            foreach (var unknown in parsed.Unread())
                stderr.WriteLine($"chronicle {verb}: warning: option --{unknown} was ignored");
            return status;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"chronicle: {e.Message}");
            return 2;
        }
    }

    private static void WriteHelp(TextWriter w)
    {
        w.WriteLine("usage: chronicle [--db PATH] [--json] COMMAND ...\n");
        foreach (var c in Commands) w.WriteLine($"  {c.Usage,-58} {c.Summary}");
        w.WriteLine("\n--db defaults to $CHRONICLE_DB, else chronicle.db in the working directory.");
    }
}
