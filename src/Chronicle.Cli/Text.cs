using Chronicle.Contracts;

namespace Chronicle.Cli;

/// <summary>Small formatting helpers for human output.</summary>
internal static class Text
{
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Replaces the store's match markers with the given ones (ANSI colours, brackets or Markdown).</summary>
    public static string Highlight(string marked, string open, string close) =>
        Highlights.Mark(marked, open, close);
}
