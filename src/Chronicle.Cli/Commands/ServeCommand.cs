using Chronicle.Server;

namespace Chronicle.Cli.Commands;

/// <summary>
/// `chronicle serve`: the JSON API, web pages and MCP tools over HTTP. With --demo, the bundled sample pages
/// are ingested into a fresh temporary store first, so one command gives a page to look at.
/// </summary>
public sealed class ServeCommand : ICommand
{
    public string Name => "serve";
    public string Usage => "serve [--urls URL] [--allow-ingest] [--demo]";
    public string Summary => "serve the JSON API, web pages and MCP tools (loopback, read-only by default)";

    public int Run(CommandContext context)
    {
        string db = context.DbPath;
        if (context.Args.Flag("demo"))
        {
            db = Path.Combine(Directory.CreateTempSubdirectory("chronicle-demo-").FullName, "demo.db");
            string samples = Path.Combine(AppContext.BaseDirectory, "samples");
            int status = CommandLine.Run(["--db", db, "ingest", samples], TextReader.Null, context.Out, context.Err);
            if (status != 0) return status;
            context.Out.WriteLine("Open http://127.0.0.1:5100/entity/Alec%20Baldwin for a timeline, or /check for a claim check.");
        }
        List<string> args = ["--db", db];
        foreach (string option in (string[])["urls", "rate-limit", "max-ingest-bytes"])
            if (context.Args.Option(option) is { } value) args.AddRange([$"--{option}", value]);
        if (context.Args.Flag("allow-ingest")) args.Add("--allow-ingest");
        if (context.Args.Positional.Count > 0) throw new UsageException($"serve takes no arguments, only options (usage: chronicle {Usage})");
        return ChronicleServer.Run([.. args]);
    }
}
