using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Document = Chronicle.Domain.Documents.Document;

namespace Chronicle.Ingest.Markup;

/// <summary>
/// A saved news page in HTML. The article text is taken from &lt;article&gt; (else &lt;main&gt;, else the body),
/// the date from the page's publication metadata (else --date), the title and URL from its metadata.
/// The stored document text is the extracted text; offsets point into it.
/// </summary>
internal static class HtmlPageReader
{
    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publish-date']", "meta[name='date']", "meta[name='DC.date.issued']",
    ];

    public static InputItem Read(InputOrigin origin, string html, DateOnly? fallbackDate, string source)
    {
        var document = new HtmlParser().ParseDocument(NestingLimit.Flatten(html));
        DateOnly? date = PublishedDate(document) ?? fallbackDate;
        if (date is null)
            return new ReadFailure(origin, "HTML page without a publication date (no article:published_time, datePublished or <time datetime>) and no --date was given");
        string? title = Meta(document, "meta[property='og:title']") ?? document.Title?.Trim();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        string text = root is null ? "" : HtmlText.Of(root);
        if (title is { Length: > 0 } && !text.StartsWith(title, StringComparison.Ordinal) && root?.QuerySelector("h1") is null)
            text = title + "\n\n" + text;
        text = DocumentIdentity.Normalize(text);
        if (text.Length == 0) return new ReadFailure(origin, "HTML page without article text");
        string? url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(document, "meta[property='og:url']");
        return new ReadDocument(origin, new Document(DocumentIdentity.IdOf(text), date.Value, text,
            Title: string.IsNullOrWhiteSpace(title) ? null : title, Url: url, Source: Meta(document, "meta[property='og:site_name']") ?? source));
    }

    private static DateOnly? PublishedDate(IDocument document)
    {
        foreach (string selector in DateSelectors)
            if (PublicationDate.Parse(Meta(document, selector)) is { } date) return date;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate(script.TextContent) is { } date) return date;
        return PublicationDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static DateOnly? JsonLdDate(string json)
    {
        const string Key = "\"datePublished\"";
        int at = json.IndexOf(Key, StringComparison.Ordinal);
        if (at < 0) return null;
        int open = json.IndexOf('"', json.IndexOf(':', at + Key.Length) + 1);
        int close = open < 0 ? -1 : json.IndexOf('"', open + 1);
        return close < 0 ? null : PublicationDate.Parse(json[(open + 1)..close]);
    }

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } value ? value.Trim() : null;
}
