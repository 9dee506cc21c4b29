using System.Text;
using Chronicle.Store;
using Chronicle.Server.Queries;
using static Chronicle.Server.Pages.Html;

namespace Chronicle.Server.Pages;

/// <summary>The front page: full-text search with date filters, the matched words highlighted.</summary>
public static class SearchPage
{
    public static IResult Render(ChronicleQueries queries, string? q, string? after, string? before)
    {
        var body = new StringBuilder($"""
            <h1>Search the news</h1>
            <form class="search" action="/" method="get" role="search">
              <input type="search" name="q" value="{E(q)}" placeholder="e.g. manslaughter charges" aria-label="Search words" maxlength="{Parameters.MaxTextLength}" autofocus>
              <label>from <input type="date" name="after" value="{E(after)}"></label>
              <label>to <input type="date" name="before" value="{E(before)}"></label>
              <button type="submit">Search</button>
            </form>
            """);
        if (string.IsNullOrWhiteSpace(q))
        {
            body.Append("<p class=\"hint\">Or open <a href=\"/entities\">an entity's timeline</a>, <a href=\"/check\">check a claim</a> as of a date, or browse <a href=\"/docs\">the documents</a>.</p>");
            return Page("Search", body.ToString());
        }
        var hits = queries.SearchHits(q, after, before, "50");
        body.Append($"<p class=\"count\">{hits.Count} matching sentence{(hits.Count == 1 ? "" : "s")}</p><ol class=\"hits\">");
        foreach (var hit in hits)
        {
            body.Append($"""
                <li class="hit">
                  <div class="meta"><time>{hit.Date:yyyy-MM-dd}</time> {Link(DocumentPath(hit.DocumentId, hit.Sentence), hit.Title ?? hit.DocumentId[..12], "doc-link")}</div>
                  <blockquote>{Highlighted(hit.Highlighted)}</blockquote>
                </li>
                """);
        }
        body.Append("</ol>");
        return Page($"Search: {q}", body.ToString());
    }

    /// <summary>The sentence with each match in &lt;mark&gt;: split at the store's markers, each piece encoded.</summary>
    public static string Highlighted(string marked)
    {
        var html = new StringBuilder();
        foreach (string part in marked.Split(SearchQuery.MatchOpen))
        {
            int close = part.IndexOf(SearchQuery.MatchClose, StringComparison.Ordinal);
            if (close < 0) { html.Append(E(part)); continue; }
            html.Append("<mark>").Append(E(part[..close])).Append("</mark>").Append(E(part[(close + 1)..]));
        }
        return html.ToString();
    }
}
