using System.Text;
using Chronicle.Store;

namespace Chronicle.Tests.Support;

/// <summary>Everything a store answers through its interfaces, as text: two stores that answer alike dump alike.</summary>
public static class StoreDump
{
    public static string Of(IChronicleStore store)
    {
        var text = new StringBuilder();
        foreach (var summary in store.ListDocuments())
        {
            var document = store.GetDocument(summary.Id)!;
            text.AppendLine($"document {summary} sentences={string.Join('|', document.Sentences)} noise={string.Join('|', document.Noise)}");
            foreach (var time in store.TimeMentions(summary.Id)) text.AppendLine($"  time {time.Mention} parts={time.Mention.StatedParts}/{time.Mention.InferredParts} sentence={time.SentenceIndex}");
            foreach (var mention in store.EntityMentions(summary.Id)) text.AppendLine($"  mention {mention}");
        }
        foreach (var entity in store.ListEntities(int.MaxValue))
        {
            var profile = store.GetEntity(entity.Key)!;
            text.AppendLine($"entity {entity} aliases={string.Join('|', profile.Aliases)} roles={string.Join('|', profile.Roles)}");
        }
        foreach (var e in store.EventsReported(null, null))
            text.AppendLine($"event {e.Id} {e.DocumentId} {e.Reported} {e.Sentence} {e.Event.Type} {e.Event.SentenceIndex} {e.Event.Trigger} {e.Event.Time} " +
                $"{e.Event.TimeAnchor} {e.Event.Modality} {e.Event.Negated} {e.Event.Attribution} {e.Event.EvidenceStart}-{e.Event.EvidenceEnd} " +
                string.Join('|', e.Event.Arguments));
        return text.ToString();
    }
}
