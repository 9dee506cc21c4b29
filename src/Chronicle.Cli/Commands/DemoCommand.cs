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
        string db = context.DbPath;
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
        return worst;
    }

    private static string Quote(string arg) => arg.Contains(' ') ? $"\"{arg}\"" : arg;
}
