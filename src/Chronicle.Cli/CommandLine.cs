using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>
/// The `chronicle` command line on System.CommandLine: each command's options are typed and checked before it
/// runs (an unknown or mistyped option is a usage error, exit 2), -h/--help per command, --version. Every fault
/// that escapes a command becomes one line on stderr and an exit code from <see cref="ExitCodes"/>.
/// </summary>
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

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            WriteHelp(stderr);
            return ExitCodes.Usage;
        }
        if (args is ["help", ..])
        {
            if (args.Length == 1) { WriteHelp(stdout); return ExitCodes.Ok; }
            args = [.. args[1..], "--help"];
        }
        string? storePath = null;
        try
        {
            var root = BuildRoot(stdin, stdout, stderr, path => storePath = path, out var status);
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            string? error = UnknownOptions.Find(parsed) ?? parsed.Errors.Select(e => e.Message).FirstOrDefault();
            if (error is not null && !AsksForHelpOrVersion(parsed))
            {
                string verb = parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";
                stderr.WriteLine($"chronicle {verb}: {error} (see 'chronicle {verb}--help')".Replace(" :", ":").Replace("  ", " "));
                return ExitCodes.Usage;
            }
            int invoked = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            return status() ?? invoked;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"chronicle: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Faults.Describe(e, storePath) is { } fault)
        {
            stderr.WriteLine($"chronicle: {fault.Message}");
            return fault.Status;
        }
    }

    private static bool AsksForHelpOrVersion(ParseResult parsed) =>
        parsed.Action is HelpAction || parsed.Tokens.Any(t => t.Value is "-h" or "--help" or "-?" or "--version");

    private static RootCommand BuildRoot(TextReader stdin, TextWriter stdout, TextWriter stderr, Action<string> storeChosen, out Func<int?> status)
    {
        var root = new RootCommand("Chronicle: a temporal knowledge base for news. Reads dated pages; answers as of a date.");
        root.Add(CommandOptions.Db);
        root.Add(CommandOptions.Json);
        int? result = null;
        status = () => result;
        foreach (var verb in Commands)
        {
            var command = new Command(verb.Name, verb.Summary);
            CommandOptions.Declare(command);
            command.SetAction(parsed =>
            {
                var context = new CommandContext(new CliArgs(parsed), stdin, stdout, stderr);
                // SQLite faults are explained by looking at the file; a PostgreSQL location is no file.
                if (!Store.Postgres.PostgresLocation.IsPostgres(context.DbPath)) storeChosen(context.DbPath);
                result = verb.Run(context);
                return result.Value;
            });
            root.Add(command);
        }
        root.SetAction(_ => { WriteHelp(stderr); return ExitCodes.Usage; }); // options but no command
        return root;
    }

    private static void WriteHelp(TextWriter w)
    {
        w.WriteLine("usage: chronicle [--db PATH] [--json] COMMAND ...   (chronicle COMMAND --help for its options)\n");
        foreach (var c in Commands) w.WriteLine($"  {c.Usage,-58} {c.Summary}");
        w.WriteLine("\n--db defaults to $CHRONICLE_DB, else chronicle.db in the working directory. --version prints the version.");
        w.WriteLine("Exit status: 0 ok, 1 not found or some inputs failed, 2 usage error, 3 store unusable, 4 cannot read or write, 70 internal error.");
    }
}
