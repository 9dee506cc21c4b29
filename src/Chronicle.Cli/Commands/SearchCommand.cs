using Chronicle.Contracts;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

public sealed class SearchCommand : ICommand
{
    public string Name => "search";
    public string Usage => "search QUERY [--after DATE] [--before DATE] [--limit N]";
    public string Summary => "ranked full-text search over sentences (dates inclusive)";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count == 0) throw new UsageException("search needs a QUERY");
        var query = new SearchQuery(
            string.Join(' ', context.Args.Positional),
            context.Args.DateOption("after"), context.Args.DateOption("before"),
            context.Args.IntOption("limit") ?? 10);
        using var store = context.OpenStore();
        var hits = store.Search(query);
        if (context.Json)
        {
            context.WriteJson(DocumentAnswers.Search(hits));
            return 0;
        }
        if (hits.Count == 0)
        {
            context.Out.WriteLine("no matches");
            return 0;
        }
        bool color = context.IsTerminal;
        foreach (var h in hits)
        {
            context.Out.WriteLine($"{h.Date:yyyy-MM-dd}  {h.DocumentId[..12]}  #{h.SentenceIndex}  {Text.Shorten(h.Title ?? "", 60)}");
            context.Out.WriteLine("    " + (color ? Text.Highlight(h.Highlighted, "\u001b[1;33m", "\u001b[0m") : Text.Highlight(h.Highlighted, "[", "]")));
        }
        return 0;
    }
}
