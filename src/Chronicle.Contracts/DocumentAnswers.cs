using Chronicle.Store;

namespace Chronicle.Contracts;

/// <summary>The JSON of `search`, `docs` and `show`.</summary>
public static class DocumentAnswers
{
    public static object Search(IReadOnlyList<SearchHit> hits) => hits.Select(h => new
    {
        doc = h.DocumentId, date = ContractJson.Day(h.Date), title = h.Title, sentence_index = h.SentenceIndex,
        start = h.Span.Start, end = h.Span.End, sentence = h.Sentence,
        highlighted = Highlights.Mark(h.Highlighted, "**", "**"), score = Math.Round(h.Score, 4),
    });

    public static object List(IReadOnlyList<DocumentSummary> documents) => documents.Select(d => new
    {
        id = d.Id, date = ContractJson.Day(d.Date), title = d.Title, source = d.Source, url = d.Url,
        characters = d.Characters, sentences = d.Sentences,
    });

    public static object Show(StoredDocument document)
    {
        var d = document.Summary;
        return new
        {
            id = d.Id, date = ContractJson.Day(d.Date), title = d.Title, source = d.Source, url = d.Url,
            sentences = document.Sentences.Select(s => new { index = s.Index, start = s.Start, end = s.End, text = s.Text }),
            noise = document.Noise.Select(n => new { start = n.Span.Start, end = n.Span.End, reason = n.Reason, text = document.Text[n.Span.Start..n.Span.End] }),
        };
    }
}
