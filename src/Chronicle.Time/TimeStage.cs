using Chronicle.Domain.Documents;
using Chronicle.Time.Normalization;

namespace Chronicle.Time;

/// <summary>The time stage: TIMEX3 mentions of every sentence, anchored to the publication date, with page offsets.</summary>
public sealed class TimeStage(TimeTagger? tagger = null) : IAnalysisStage
{
    public AnalysisLayer Adds => AnalysisLayer.Times;
    public IReadOnlyList<AnalysisLayer> Needs { get; } = [AnalysisLayer.Text];

    public void Run(DocumentAnalysis analysis)
    {
        var timeTagger = tagger ?? TimeTagger.Default;
        var found = new List<Domain.Time.TimeMention>();
        // One discourse per document, so "the next day" follows the time the previous sentences talked about.
        var discourse = new DiscourseTime(analysis.Document.Date);
        foreach (var sentence in analysis.Sentences)
            foreach (var mention in timeTagger.Tag(sentence.Text, analysis.Document.Date, discourse))
                found.Add(mention.ShiftBy(sentence.Start));
        analysis.Times = found;
    }
}
