using Chronicle.Domain.Documents;

namespace Chronicle.Ingest;

/// <summary>The article text of a page, separated from the noise around and inside it.</summary>
public sealed record CleanedPage(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<NoiseSpan> Noise);

/// <summary>Separates article paragraphs from page noise, keeping offsets into the original text.</summary>
public static class PageCleaner
{
    // Placeholder until the cleaning rules land: every non-blank line is a body paragraph.
    public static CleanedPage Clean(string text)
    {
        var paragraphs = new List<Paragraph>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                int s = lineStart, e = i;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) paragraphs.Add(new Paragraph(paragraphs.Count, new TextSpan(s, e), ParagraphKind.Body));
                lineStart = i + 1;
            }
        }
        return new CleanedPage(paragraphs, []);
    }
}
