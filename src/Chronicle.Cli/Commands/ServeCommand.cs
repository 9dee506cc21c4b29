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
        string? demoFolder = null;
        if (context.Args.Flag("demo"))
        {
            demoFolder = Directory.CreateTempSubdirectory("chronicle-demo-").FullName;
            db = Path.Combine(demoFolder, "demo.db");
            string samples = Path.Combine(AppContext.BaseDirectory, "samples");
            int status = CommandLine.Run(["--db", db, "ingest", samples], TextReader.Null, context.Out, context.Err);
            if (status != 0) return status;
            string site = (context.Args.Option("urls") ?? ServeOptions.DefaultUrls).Split(';')[0].TrimEnd('/');
            context.Out.WriteLine($"Open {site}/entity/Steve%20Jobs for a timeline, or {site}/check for a claim check.");
        }
        List<string> args = ["--db", db];
        foreach (string option in (string[])["urls", "rate-limit", "max-ingest-bytes"])
            if (context.Args.Option(option) is { } value) args.AddRange([$"--{option}", value]);
        if (context.Args.Flag("allow-ingest")) args.Add("--allow-ingest");
        if (context.Args.Positional.Count > 0) throw new UsageException($"serve takes no arguments, only options (usage: chronicle {Usage})");
        try
        {
            return ChronicleServer.Run([.. args]);
        }
        finally
        {
            // The demo's store is a scratch copy: gone when the server stops.
            if (demoFolder is not null) try { Directory.Delete(demoFolder, recursive: true); } catch (IOException) { }
        }
    }
}
