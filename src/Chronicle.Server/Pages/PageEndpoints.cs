using System.Reflection;
using Chronicle.Server.Queries;

namespace Chronicle.Server.Pages;

/// <summary>The web pages: server-rendered HTML that works without scripts, plus one local script for the timeline.</summary>
public static class PageEndpoints
{
    public static void MapChroniclePages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (ChronicleQueries q, HttpRequest r) => Guard(() => SearchPage.Render(q, r.Query["q"], r.Query["after"], r.Query["before"])));
        pages.MapGet("/docs", (StoreAccess stores) => Guard(() => ListPages.Documents(stores)));
        pages.MapGet("/doc/{id}", (StoreAccess stores, ChronicleQueries q, string id, HttpRequest r) => Guard(() => DocumentPage.Render(stores, q, id, r.Query["find"])));
        pages.MapGet("/entities", (StoreAccess stores, HttpRequest r) => Guard(() => ListPages.Entities(stores)));
        pages.MapGet("/entity/{name}", (ChronicleQueries q, string name, HttpRequest r) => Guard(() => EntityPage.Render(q, name, r.Query["as_of"])));
        pages.MapGet("/check", (ChronicleQueries q, HttpRequest r) => Guard(() => CheckPage.Render(q, r.Query["claim"], r.Query["as_of"])));
        pages.MapGet("/assets/{name}", Asset);
    }

    /// <summary>A bad parameter shows the page's message with status 400, as the API does.</summary>
    private static IResult Guard(Func<IResult> render)
    {
        try
        {
            return render();
        }
        catch (BadParameterException e)
        {
            return Html.Page("Bad request", Html.Message(e.Message), 400);
        }
    }

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
    };

    /// <summary>The page assets, embedded in the assembly: nothing is fetched from elsewhere and no request names a file.</summary>
    private static IResult Asset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("assets/" + name);
        if (stream is null || !ContentTypes.TryGetValue(Path.GetExtension(name), out string? type)) return Results.NotFound();
        return Results.Stream(stream, type);
    }
}
