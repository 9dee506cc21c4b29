using Chronicle.Contracts;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

public sealed class ShowCommand : ICommand
{
    public string Name => "show";
    public string Usage => "show DOC";
    public string Summary => "one stored document, cleaned, with numbered sentences";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count != 1) throw new UsageException("show needs one document id (or the start of one; see 'chronicle docs')");
        string id = context.Args.Positional[0];
        using var store = context.OpenStore();
        StoredDocument? document;
        try
        {
            document = store.GetDocument(id);
        }
        catch (AmbiguousDocumentException e)
        {
            throw new UsageException(e.Message);
        }
        if (document is null)
        {
            context.Err.WriteLine($"chronicle show: no document '{id}' in {context.DbName}");
            return 1;
        }
        var d = document.Summary;
        if (context.Json)
        {
            context.WriteJson(DocumentAnswers.Show(document));
            return 0;
        }
        context.Out.WriteLine($"{d.Title}");
        context.Out.WriteLine($"{d.Date:yyyy-MM-dd} · {d.Source} · {d.Id}{(d.Url is null ? "" : " · " + d.Url)}");
        context.Out.WriteLine($"{document.Sentences.Count} sentences; {document.Noise.Count} noise spans removed\n");
        foreach (var s in document.Sentences)
            context.Out.WriteLine($"{s.Index,4}  {s.Text}");
        return 0;
    }
}
