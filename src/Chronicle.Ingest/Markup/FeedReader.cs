using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Chronicle.Domain.Documents;

namespace Chronicle.Ingest.Markup;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry with a date becomes a document whose text is
/// its title and its content (or summary) as plain text. A bad item fails alone, named by its line.
/// </summary>
internal static class FeedReader
{
    public static bool IsFeed(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('<', i);
            if (open < 0 || open + 1 >= text.Length) return false;
            char next = text[open + 1];
            if (next is '?' or '!') { i = open + 2; continue; }
            return text.AsSpan(open + 1).StartsWith("rss") || text.AsSpan(open + 1).StartsWith("feed")
                || text.AsSpan(open + 1).StartsWith("rdf:RDF");
        }
        return false;
    }

    public static IEnumerable<InputItem> Read(string name, string xml, DateOnly? fallbackDate)
    {
        XDocument feed;
        try
        {
            feed = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [new ReadFailure(new InputOrigin(name, e.LineNumber), $"malformed feed XML: {e.Message}")];
        }
        var items = feed.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0) return [new ReadFailure(new InputOrigin(name), "feed without items or entries")];
        return items.Select(item => ReadItem(name, item, fallbackDate)).ToList();
    }

    private static InputItem ReadItem(string name, XElement item, DateOnly? fallbackDate)
    {
        var origin = new InputOrigin(name, ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : null);
        string? title = Child(item, "title");
        string? dateText = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated");
        DateOnly? date = PublicationDate.Parse(dateText) ?? fallbackDate;
        if (date is null)
            return new ReadFailure(origin, dateText is null ? "feed item without a date (pubDate, published or updated)" : $"feed item with an unreadable date '{dateText}'");
        string? content = Child(item, "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        string body = content is null ? "" : AsText(content);
        string text = DocumentIdentity.Normalize(string.Join("\n\n", new[] { title, body }.Where(s => !string.IsNullOrWhiteSpace(s))));
        if (text.Length == 0) return new ReadFailure(origin, "feed item without a title or content");
        string? link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link") is { } l
            ? (l.Attribute("href")?.Value ?? l.Value).Trim() : null;
        return new ReadDocument(origin, new Document(DocumentIdentity.IdOf(text), date.Value, text,
            Title: title?.Trim(), Url: string.IsNullOrEmpty(link) ? null : link, Source: Path.GetFileName(name),
            ExternalId: Child(item, "guid") ?? Child(item, "id")));
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value is { Length: > 0 } v ? v : null;

    /// <summary>Feed content is usually escaped HTML.</summary>
    private static string AsText(string content) =>
        content.Contains('<') ? HtmlText.Of(new HtmlParser().ParseDocument($"<body>{content}</body>").Body!) : content.Trim();
}
