using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;

namespace Chronicle.Entities;

/// <summary>Finds people, organizations, places and works, and chains the mentions of one entity within a document.</summary>
public sealed class EntityRecognizer
{
    public static EntityRecognizer Default { get; } = new();

    // Placeholder until the recognizer lands. Offsets are into text.
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences) => [];
}
