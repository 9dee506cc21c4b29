using Chronicle.Contracts;

namespace Chronicle.Cli.Commands;

public sealed class DocsCommand : ICommand
{
    public string Name => "docs";
    public string Usage => "docs [--limit N]";
    public string Summary => "list stored documents (id, date, title, source, characters)";

    public int Run(CommandContext context)
    {
        using var store = context.OpenStore();
        var documents = store.ListDocuments(context.Args.IntOption("limit") ?? int.MaxValue);
        if (context.Json)
        {
            context.WriteJson(DocumentAnswers.List(documents));
            return 0;
        }
        if (documents.Count == 0)
        {
            context.Out.WriteLine($"no documents in {context.DbName}; add some with 'chronicle ingest PATH'");
            return 0;
        }
        context.Out.WriteLine($"{"id",-12} {"date",-10} {"chars",6}  title (source)");
        foreach (var d in documents)
            context.Out.WriteLine($"{d.Id[..12],-12} {d.Date:yyyy-MM-dd} {d.Characters,6}  {Text.Shorten(d.Title ?? "", 70)}{(d.Source is null ? "" : $" ({d.Source})")}");
        context.Out.WriteLine($"{documents.Count} documents");
        return 0;
    }
}
