using System.Text;
using Chronicle.Contracts;
using static Chronicle.Server.Pages.Html;

namespace Chronicle.Server.Pages;

/// <summary>The stored documents and entities, as lists to start from.</summary>
public static class ListPages
{
    public static IResult Documents(StoreAccess stores)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        var documents = store.ListDocuments(500);
        var body = new StringBuilder($"<h1>Documents</h1><p class=\"count\">{documents.Count} shown, oldest first</p><table class=\"list\"><thead><tr><th>date</th><th>title</th><th>source</th><th>sentences</th></tr></thead><tbody>");
        foreach (var d in documents)
            body.Append($"<tr><td><time>{d.Date:yyyy-MM-dd}</time></td><td>{Link(DocumentPath(d.Id), d.Title ?? d.Id[..12])}</td><td>{E(d.Source)}</td><td class=\"num\">{d.Sentences}</td></tr>");
        body.Append("</tbody></table>");
        return Page("Documents", body.ToString());
    }

    public static IResult Entities(StoreAccess stores)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        var entities = store.ListEntities(200);
        var body = new StringBuilder("<h1>Entities</h1><p class=\"count\">seen in the most documents first</p><table class=\"list\"><thead><tr><th>name</th><th>type</th><th>documents</th><th>first seen</th><th>last seen</th></tr></thead><tbody>");
        foreach (var e in entities)
            body.Append($"<tr><td>{Link(EntityPath(e.Name), e.Name)}</td><td><span class=\"type {EntityAnswers.TypeName(e.Type).ToLowerInvariant()}\">{EntityAnswers.TypeName(e.Type)}</span></td><td class=\"num\">{e.Documents}</td><td><time>{e.FirstSeen:yyyy-MM-dd}</time></td><td><time>{e.LastSeen:yyyy-MM-dd}</time></td></tr>");
        body.Append("</tbody></table>");
        return Page("Entities", body.ToString());
    }
}
