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

    /// <summary>
    /// Items are read one at a time, so a feed cut off (or broken) part-way keeps every complete item before the
    /// break and reports the break by its line. DTDs are refused (no external entities).
    /// </summary>
    public static IEnumerable<InputItem> Read(string name, string xml, DateOnly? fallbackDate)
    {
        var results = new List<InputItem>();
        int items = 0;
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        var lines = (IXmlLineInfo)reader;
        try
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    int line = lines.LineNumber;
                    var item = (XElement)XNode.ReadFrom(reader);
                    items++;
                    results.AddRange(ReadItem(new InputOrigin(name, line), item, fallbackDate));
                }
                else reader.Read();
            }
        }
        catch (XmlException e)
        {
            string lost = items == 0 ? "" : $" ({items} complete items before it were read)";
            results.Add(new ReadFailure(new InputOrigin(name, e.LineNumber), $"malformed feed XML{lost}: {e.Message}"));
            return results;
        }
        if (items == 0) return [new ReadFailure(new InputOrigin(name), "feed without items or entries")];
        return results;
    }

    private static IEnumerable<InputItem> ReadItem(InputOrigin origin, XElement item, DateOnly? fallbackDate)
    {
        string? title = Child(item, "title");
        string? dateText = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated");
        DateOnly? date = PublicationDate.Parse(dateText, out string? warning) ?? fallbackDate;
        if (date is null)
        {
            yield return new ReadFailure(origin, dateText is null ? "feed item without a date (pubDate, published or updated)" : $"feed item with an unreadable date '{dateText}'");
            yield break;
        }
        string? content = Child(item, "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        string body = content is null ? "" : AsText(content);
        string text = DocumentIdentity.Normalize(string.Join("\n\n", new[] { title, body }.Where(s => !string.IsNullOrWhiteSpace(s))));
        if (text.Length == 0)
        {
            yield return new ReadFailure(origin, "feed item without a title or content");
            yield break;
        }
        if (warning is not null) yield return new ReadWarning(origin, warning);
        string? link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link") is { } l
            ? (l.Attribute("href")?.Value ?? l.Value).Trim() : null;
        yield return new ReadDocument(origin, new Document(DocumentIdentity.IdOf(text), date.Value, text,
            Title: title?.Trim(), Url: string.IsNullOrEmpty(link) ? null : link, Source: Path.GetFileName(origin.File),
            ExternalId: Child(item, "guid") ?? Child(item, "id")));
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value is { Length: > 0 } v ? v : null;

    /// <summary>Feed content is usually escaped HTML.</summary>
    private static string AsText(string content) =>
        content.Contains('<') ? HtmlText.Of(new HtmlParser().ParseDocument($"<body>{NestingLimit.Flatten(content)}</body>").Body!) : content.Trim();
}
