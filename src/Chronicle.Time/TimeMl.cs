using System.Globalization;
using System.Text;
using Chronicle.Domain.Time;

namespace Chronicle.Time;

/// <summary>
/// Reads and writes TimeML files for evaluation: the document creation time from DCT, the characters of TEXT
/// without any inner tags, and TEXT written back with one TIMEX3 element per expression found.
/// Entity references (&amp;amp;) are left as they are so that TEXT's characters stay unchanged.
/// </summary>
public sealed class TimeMlDocument
{
    private const string TextClose = "</TEXT>";

    public required string Header { get; init; }
    public required string Text { get; init; }
    public required DateOnly DocumentDate { get; init; }
    /// <summary>The first tN not used by a TIMEX3 kept in the header (the DCT is usually t0).</summary>
    public int FirstFreeId { get; init; } = 1;

    /// <summary>The TEXT start tag, with or without attributes.</summary>
    private static int TextStart(string xml)
    {
        for (int at = xml.IndexOf("<TEXT", StringComparison.Ordinal); at >= 0; at = xml.IndexOf("<TEXT", at + 5, StringComparison.Ordinal))
            if (at + 5 < xml.Length && xml[at + 5] is '>' or ' ' or '\t' or '\n' or '\r') return at;
        return -1;
    }

    private static int FirstFreeTimexId(string header)
    {
        int next = 1;
        for (int at = header.IndexOf("tid=\"t", StringComparison.Ordinal); at >= 0; at = header.IndexOf("tid=\"t", at + 1, StringComparison.Ordinal))
        {
            int digits = at + 6, end = digits;
            while (end < header.Length && char.IsAsciiDigit(header[end])) end++;
            if (end > digits && int.TryParse(header.AsSpan(digits, end - digits), out int id)) next = Math.Max(next, id + 1);
        }
        return next;
    }

    public static TimeMlDocument Parse(string xml)
    {
        int open = TextStart(xml);
        int close = xml.IndexOf(TextClose, StringComparison.Ordinal);
        if (open < 0 || close < open) throw new FormatException("TimeML without a TEXT element");
        int contentStart = xml.IndexOf('>', open) + 1;
        string header = xml[..contentStart];
        return new TimeMlDocument
        {
            Header = header,
            Text = StripTags(xml.AsSpan(contentStart, close - contentStart)),
            DocumentDate = CreationDate(xml[..open]),
            FirstFreeId = FirstFreeTimexId(header),
        };
    }

    private static string StripTags(ReadOnlySpan<char> content)
    {
        var text = new StringBuilder(content.Length);
        bool inTag = false;
        foreach (char c in content)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) text.Append(c);
        }
        return text.ToString();
    }

    private static DateOnly CreationDate(string header)
    {
        int dct = header.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dct < 0) throw new FormatException("TimeML without a DCT element");
        int value = header.IndexOf("value=\"", dct, StringComparison.Ordinal);
        if (value < 0) throw new FormatException("DCT without a value");
        return DateOnly.ParseExact(header.AsSpan(value + 7, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The document with TEXT's characters unchanged and a TIMEX3 element around each mention.</summary>
    public string Write(IReadOnlyList<TimeMention> mentions)
    {
        var output = new StringBuilder(Header.Length + Text.Length * 2);
        output.Append(Header);
        int position = 0, id = FirstFreeId;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            if (m.Start < position) continue;
            output.Append(Text, position, m.Start - position);
            output.Append(CultureInfo.InvariantCulture,
                $"<TIMEX3 tid=\"t{id++}\" type=\"{TypeName(m.Type)}\" value=\"{m.Value}\">");
            output.Append(Text, m.Start, m.End - m.Start).Append("</TIMEX3>");
            position = m.End;
        }
        output.Append(Text, position, Text.Length - position);
        output.Append(TextClose).Append("\n\n</TimeML>\n");
        return output.ToString();
    }

    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
