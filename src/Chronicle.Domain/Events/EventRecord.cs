namespace Chronicle.Domain.Events;

/// <summary>
/// A stored event with where it was read: the document, its publication date (reported_at) and the evidence
/// sentence. <see cref="Story"/> groups syndicated copies of one story so they count as one source.
/// </summary>
public sealed record EventRecord(long Id, string DocumentId, DateOnly Reported, string Sentence, EventMention Event, string? Story = null)
{
    public string StoryKey => Story ?? DocumentId;
}
