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
    /// <summary>
    /// The article's own wording shows the type ("Hooli's shareholders", "Mr. Vale"), not only the tagger's reading; linking
    /// across articles lets a name whose type is not shown join an entity of the same name and another type.
    /// </summary>
    public bool TypeShown { get; init; }
}

/// <summary>
/// A role or title stated next to a name, with its offsets; it holds as of the document date. When
/// <see cref="Possessive"/> is set the named entity has someone in the role ("Baldwin's lawyer") rather
/// than holding it. <see cref="Organization"/> is the organization named with the role, if any
/// ("Rust Move Productions attorney").
/// </summary>
public sealed record RoleMention(int Start, int End, string Text, string Role)
{
    public bool Possessive { get; init; }
    public string? Organization { get; init; }
}
