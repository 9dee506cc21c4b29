using System.Text;
using System.Text.Encodings.Web;

namespace Chronicle.Server.Pages;

/// <summary>
/// Page building. Every value that came from a page, a request or the store goes through <see cref="E"/>
/// (text) or <see cref="Q"/> (a URL's query value), so stored script stays text and never becomes markup.
/// </summary>
public static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Q(string? value) => Uri.EscapeDataString(value ?? "");

    /// <summary>A link to a page of this server; <paramref name="path"/> is built here, its values escaped with <see cref="Q"/>.</summary>
    public static string Link(string path, string text, string? cssClass = null) =>
        $"<a href=\"{E(path)}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{E(text)}</a>";

    /// <summary>Only http and https links to other sites, so a stored "javascript:" URL is shown as text.</summary>
    public static string ExternalLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{E(url)}</a>"
            : E(url);

    public static string DocumentPath(string doc, string? sentence = null) =>
        $"/doc/{Q(doc)}" + (sentence is null ? "" : $"?find={Q(sentence)}#target");

    public static string EntityPath(string name) => $"/entity/{Q(name)}";

    public static IResult Page(string title, string body, int status = 200)
    {
        var page = new StringBuilder();
        page.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Chronicle</title>
            <link rel="stylesheet" href="/assets/site.css">
            <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
            </head>
            <body>
            <header class="top">
              <a class="brand" href="/">Chronicle</a>
              <nav><a href="/">Search</a><a href="/entities">Entities</a><a href="/check">Check a claim</a><a href="/docs">Documents</a></nav>
            </header>
            <main>
            {body}
            </main>
            <footer>Every answer cites its article, date and sentence. <a href="/reference">JSON API reference</a></footer>
            </body>
            </html>
            """);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Message(string text) => $"<p class=\"message\">{E(text)}</p>";
}
