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
        var sentences = SentenceSplitter.Split(document.Text, cleaned.Paragraphs);
        if (document.Title is null) document = document with { Title = TitleOf(document.Text, cleaned.Paragraphs) };
        var analysis = new DocumentAnalysis(document)
        {
            Paragraphs = cleaned.Paragraphs,
            Noise = cleaned.Noise,
            Sentences = sentences,
        };
        bool time = _options.Time || _options.Events;
        if (time) analysis.Times = TagTimes(analysis);
        // Without the entity stage, events find their participants' names with their own simpler name finder.
        if (_options.Entities) analysis.Entities = EntityRecognizer.Default.Recognize(document.Text, analysis.Sentences, analysis.Noise);
        if (_options.Events) analysis.Events = EventExtractor.Default.Extract(analysis);
        return analysis;
    }

    /// <summary>The first headline the cleaner kept, else the first paragraph, cut to a line's length.</summary>
    internal static string? TitleOf(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var chosen = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Headline) ?? paragraphs.FirstOrDefault();
        if (chosen is null) return null;
        string title = text[chosen.Span.Start..chosen.Span.End];
        const int MaxLength = 120;
        if (title.Length <= MaxLength) return title;
        int cut = title.LastIndexOf(' ', MaxLength);
        return title[..(cut > 40 ? cut : MaxLength)] + "…";
    }

    private static IReadOnlyList<Domain.Time.TimeMention> TagTimes(DocumentAnalysis analysis)
    {
        var tagger = TimeTagger.Default;
        var found = new List<Domain.Time.TimeMention>();
        // One discourse per document, so "the next day" follows the time the previous sentences talked about.
        var discourse = new Chronicle.Time.Normalization.DiscourseTime(analysis.Document.Date);
        foreach (var sentence in analysis.Sentences)
            foreach (var mention in tagger.Tag(sentence.Text, analysis.Document.Date, discourse))
                found.Add(mention.ShiftBy(sentence.Start));
        return found;
    }
}
