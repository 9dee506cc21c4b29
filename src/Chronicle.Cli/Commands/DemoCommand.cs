namespace Chronicle.Cli.Commands;

/// <summary>
/// The main job on the embedded default, for a first run: ingest the bundled pages, then show what was
/// stored, a search, an entity timeline and a claim check, each through the ordinary commands.
/// </summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Usage => "demo [--samples DIR]";
    public string Summary => "ingest the bundled sample pages and show what Chronicle answers";

    public int Run(CommandContext context)
    {
        string samples = context.Args.Option("samples") ?? Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(samples)) throw new UsageException($"no sample folder at {samples}");
        // Only a store named for the demo with --db is written; $CHRONICLE_DB and ./chronicle.db are never touched.
        string? named = context.Args.Option("db");
        string db = named ?? Path.Combine(Directory.CreateTempSubdirectory("chronicle-demo-").FullName, "demo.db");
        if (named is null) context.Out.WriteLine($"demo store: {db} (a fresh temporary store; name one with --db PATH to keep it)");
        string[][] steps =
        [
            ["ingest", samples],
            ["docs"],
            ["search", "manslaughter charges", "--limit", "3"],
            ["entity", "Baldwin"],
            ["timeline", "Alec Baldwin"],
            ["check", "Alec Baldwin faces an involuntary manslaughter charge", "--as-of", "2023-04-20"],
            ["timeline", "Steve Jobs"],
            ["check", "Steve Jobs is the CEO of Apple", "--as-of", "2011-09-01"],
        ];
        int worst = 0;
        foreach (var step in steps)
        {
            string[] args = ["--db", db, .. step];
            context.Out.WriteLine($"\n$ chronicle {string.Join(' ', step.Select(Quote))}");
            context.Out.Flush();
            int status = CommandLine.Run(args, TextReader.Null, context.Out, context.Err);
            worst = Math.Max(worst, status == 2 ? 1 : status);
        }
        if (named is null) TryDelete(Path.GetDirectoryName(db)!);
        return worst;
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Quote(string arg) => arg.Contains(' ') ? $"\"{arg}\"" : arg;
}
