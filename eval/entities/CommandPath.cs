using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Pipeline;

namespace Chronicle.Eval.Entities;

/// <summary>
/// What <c>chronicle entities --dct DATE --json</c> computes for a text: the analyzer with entities only (page
/// cleaner, sentence splitter, recognizer). With another model (<c>--model</c>) the analyzer's three steps are
/// taken here with that model's recognizer, since the analyzer always uses the built-in one.
/// </summary>
public static class CommandPath
{
    private static readonly DocumentAnalyzer Analyzer = new(new AnalysisOptions(Time: false, Entities: true, Events: false));

    public static IReadOnlyList<EntityMention> Entities(EntityRecognizer recognizer, Document document)
    {
        if (ReferenceEquals(recognizer, EntityRecognizer.Default)) return Analyzer.Analyze(document).Entities;
        var cleaned = Chronicle.Ingest.PageCleaner.Clean(document.Text);
        var sentences = Chronicle.Text.SentenceSplitter.Split(document.Text, cleaned.Paragraphs);
        return recognizer.Recognize(document.Text, sentences, cleaned.Noise);
    }
}
