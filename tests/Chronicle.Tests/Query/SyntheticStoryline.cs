using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>A made-up storyline of dated one-paragraph pages, analysed by the whole pipeline, for claim-check tests.</summary>
internal static class SyntheticStoryline
{
    public static ClaimChecker Checker(IEnumerable<(string Date, string Text)> pages)
    {
        var analyzer = new DocumentAnalyzer();
        var records = new List<EventRecord>();
        foreach (var (date, text) in pages)
        {
            var analysis = analyzer.Analyze(new Document("doc-" + date, DateOnly.Parse(date), text));
            foreach (var e in analysis.Events)
                records.Add(new EventRecord(records.Count + 1, analysis.Document.Id, analysis.Document.Date, text[e.EvidenceStart..e.EvidenceEnd], e));
        }
        return new ClaimChecker(new InMemoryEventSource(records));
    }
}
