using Chronicle.Domain.Entities;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>
    /// The sentences, in documents published on or before the date, that mention any of the entities (by stored
    /// entity key), oldest document first, each with every entity mention it holds. This is what the claim
    /// reader reads: the resolved entity, not a string.
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore);

    /// <summary>
    /// Every sentence (with its mentions, maybe none) of the documents, published on or before the date, that
    /// mention any of the entities: the context in which the claim reader looks for a successor or an ending
    /// that does not repeat the entity's name.
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesOfDocumentsMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore);
}

/// <summary>One stored sentence with its document's id and date, and the entity mentions inside it (offsets relative to the sentence).</summary>
public sealed record MentionedSentence(string DocumentId, DateOnly Date, int SentenceIndex, string Text, IReadOnlyList<SentenceMention> Mentions);

/// <summary>An entity mention inside a sentence: the stored entity, its type, and where it stands in the sentence text.</summary>
public sealed record SentenceMention(long EntityKey, EntityType Type, int Start, int End, string Text);
