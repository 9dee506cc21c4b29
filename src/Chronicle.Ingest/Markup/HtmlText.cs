using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Markup;

/// <summary>
/// The readable text of an HTML element: block elements become lines, white space inside a line is
/// folded, and parts that are never article text (scripts, navigation, forms, captions) are dropped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button",
        "figcaption", "select", "object", "embed", "canvas", "audio", "video",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "br", "hr", "address", "time",
    };

    public static string Of(IElement root)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, text, line);
        EndLine(text, line);
        return text.ToString().Trim();
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendFolded(line, t.Data);
                    break;
                case IElement e when Dropped.Contains(e.LocalName) || e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true":
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    EndLine(text, line);
                    Walk(e, text, line);
                    EndLine(text, line);
                    break;
                case IElement e:
                    Walk(e, text, line);
                    break;
            }
        }
    }

    private static void AppendFolded(StringBuilder line, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else line.Append(c);
        }
    }

    /// <summary>Paragraphs are separated by a blank line, as in the dated-page format.</summary>
    private static void EndLine(StringBuilder text, StringBuilder line)
    {
        string trimmed = line.ToString().Trim();
        line.Clear();
        if (trimmed.Length == 0) return;
        if (text.Length > 0) text.Append("\n\n");
        text.Append(trimmed);
    }
}
