using Chronicle.Domain.Time;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>The time expressions stored for one document, in text order, with the index of their sentence.</summary>
    IReadOnlyList<StoredTimeMention> TimeMentions(string documentId);
}

/// <summary>A stored time expression: the mention (page offsets) and the sentence it was found in (null: outside every sentence).</summary>
public sealed record StoredTimeMention(TimeMention Mention, int? SentenceIndex);
