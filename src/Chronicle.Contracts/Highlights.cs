using Chronicle.Store;

namespace Chronicle.Contracts;

/// <summary>The store marks each matched word of a search hit; readers want their own marks.</summary>
public static class Highlights
{
    /// <summary>Replaces the store's match markers with the given ones (ANSI colours, brackets, Markdown or HTML).</summary>
    public static string Mark(string marked, string open, string close) =>
        marked.Replace(SearchQuery.MatchOpen, open).Replace(SearchQuery.MatchClose, close);
}
