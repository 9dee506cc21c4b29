using Chronicle.Domain.Documents;

namespace Chronicle.Text;

/// <summary>Splits article paragraphs into sentences whose spans point into the page text.</summary>
public static class SentenceSplitter
{
    // Placeholder until the splitting rules land: one sentence per paragraph.
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Select((p, i) => new Sentence(i, p.Span, text[p.Span.Start..p.Span.End])).ToList();

    /// <summary>Splits free text (no cleaning): every non-blank line is a paragraph.</summary>
    public static IReadOnlyList<Sentence> Split(string text) =>
        Split(text, ParagraphsOf(text));

    public static IReadOnlyList<Paragraph> ParagraphsOf(string text)
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
        return paragraphs;
    }
}
