using Chronicle.Domain.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Ingest;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>Which analysis stages run after cleaning and sentence splitting.</summary>
public sealed record AnalysisOptions(bool Time = true, bool Entities = true, bool Events = true)
{
    public static AnalysisOptions All { get; } = new();
    public static AnalysisOptions TextOnly { get; } = new(false, false, false);
}

/// <summary>Runs the stages in order: clean → sentences → time → entities → events.</summary>
public sealed class DocumentAnalyzer(AnalysisOptions? options = null)
{
    private readonly AnalysisOptions _options = options ?? AnalysisOptions.All;

    public DocumentAnalysis Analyze(Document document)
    {
        var cleaned = PageCleaner.Clean(document.Text);
        var analysis = new DocumentAnalysis(document)
        {
            Paragraphs = cleaned.Paragraphs,
            Noise = cleaned.Noise,
            Sentences = SentenceSplitter.Split(document.Text, cleaned.Paragraphs),
        };
        bool time = _options.Time || _options.Events;
        bool entities = _options.Entities || _options.Events;
        if (time) analysis.Times = TagTimes(analysis);
        if (entities) analysis.Entities = EntityRecognizer.Default.Recognize(document.Text, analysis.Sentences);
        if (_options.Events) analysis.Events = EventExtractor.Default.Extract(analysis);
        return analysis;
    }

    private static IReadOnlyList<Domain.Time.TimeMention> TagTimes(DocumentAnalysis analysis)
    {
        var tagger = TimeTagger.Default;
        var found = new List<Domain.Time.TimeMention>();
        foreach (var sentence in analysis.Sentences)
            foreach (var mention in tagger.Tag(sentence.Text, analysis.Document.Date))
                found.Add(mention.ShiftBy(sentence.Start));
        return found;
    }
}
