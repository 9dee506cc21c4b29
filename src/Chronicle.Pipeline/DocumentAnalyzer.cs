using Chronicle.Domain.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Ingest;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>Which analysis layers are asked for after cleaning and sentence splitting; a layer brings the layers its stage needs.</summary>
public sealed record AnalysisOptions(bool Time = true, bool Entities = true, bool Events = true)
{
    public static AnalysisOptions All { get; } = new();
    public static AnalysisOptions TextOnly { get; } = new(false, false, false);

    public IEnumerable<AnalysisLayer> Layers
    {
        get
        {
            if (Time) yield return AnalysisLayer.Times;
            if (Entities) yield return AnalysisLayer.Entities;
            if (Events) yield return AnalysisLayer.Events;
        }
    }
}

/// <summary>
/// Cleans and splits a page into sentences, then runs the stages the options ask for, with the stages they
/// need, in the order their declarations give (<see cref="StagePlan"/>): time → entities → events.
/// </summary>
public sealed class DocumentAnalyzer
{
    private static readonly IAnalysisStage[] Stages = [new TimeStage(), new EntityStage(), new EventStage()];

    public DocumentAnalyzer(AnalysisOptions? options = null) =>
        Plan = StagePlan.For((options ?? AnalysisOptions.All).Layers, Stages);

    /// <summary>The stages that run after the text layer, in order.</summary>
    public IReadOnlyList<IAnalysisStage> Plan { get; }

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
        foreach (var stage in Plan) stage.Run(analysis);
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
}
