namespace Chronicle.Domain.Entities;

public enum EntityType { Person, Organization, Location, Product }

/// <summary>A proper name ("Alec Baldwin", "Baldwin") or a description that refers back to a named entity ("the actor").</summary>
public enum MentionKind { Name, Nominal }

/// <summary>
/// A mention of a named entity (or a reference to one, such as "the actor") with page offsets.
/// <see cref="Canonical"/> is the name the mention resolves to within its document; mentions with the same
/// <see cref="Chain"/> number are one entity in that document.
/// </summary>
public sealed record EntityMention(
    int Start,
    int End,
    string Text,
    EntityType Type,
    string Canonical)
{
    public MentionKind Kind { get; init; } = MentionKind.Name;
    public int Chain { get; init; }
    /// <summary>A title or role stated with this mention ("weapons supervisor" Hannah Gutierrez-Reed), if any.</summary>
    public RoleMention? Role { get; init; }
}

/// <summary>A role or title attached to a person or organization in the text, with its offsets; it holds as of the document date.</summary>
public sealed record RoleMention(int Start, int End, string Text, string Role);
