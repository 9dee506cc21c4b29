using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Ingest.Markup;

/// <summary>
/// HTML nested deeper than <see cref="MaxDepth"/> elements is flattened before parsing: tags that would open
/// below that depth (and their end tags) are dropped, their text kept, as browsers stop nesting at a depth
/// too (Chromium at 512). The HTML parser checks element scope by walking the open elements, so without a
/// cap 100,000 nested elements cost 100,000² steps. Pages within the cap are parsed exactly as written.
/// </summary>
public static partial class NestingLimit
{
    public const int MaxDepth = 512;

    /// <summary>Elements without content, and those whose end tag is usually left out, do not deepen the count.</summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "!doctype",
    };

    [GeneratedRegex(@"<(/?)([A-Za-z!][A-Za-z0-9-]*)[^<>]*?(/?)>")]
    private static partial Regex Tag();

    public static string Flatten(string html)
    {
        if (!TooDeep(html)) return html;
        var flat = new StringBuilder(html.Length);
        int depth = 0, copied = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (!Nests(tag)) continue;
            bool end = tag.Groups[1].Length > 0;
            if (!end) depth++;
            if (depth > MaxDepth)
            {
                flat.Append(html, copied, tag.Index - copied);
                copied = tag.Index + tag.Length;
            }
            if (end) depth = Math.Max(0, depth - 1);
        }
        flat.Append(html, copied, html.Length - copied);
        return flat.ToString();
    }

    private static bool TooDeep(string html)
    {
        int depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (!Nests(tag)) continue;
            if (tag.Groups[1].Length > 0) depth = Math.Max(0, depth - 1);
            else if (++depth > MaxDepth) return true;
        }
        return false;
    }

    private static bool Nests(Match tag) => tag.Groups[3].Length == 0 && !NotNesting.Contains(tag.Groups[2].Value);
}
