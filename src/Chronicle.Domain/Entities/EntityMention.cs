namespace Chronicle.Domain.Entities;

public enum EntityType { Person, Organization, Location, Product }

/// <summary>
/// A mention of a named entity (or a reference to one, such as "the actor") with page offsets.
/// <see cref="Canonical"/> is the name the mention resolves to within its document.
/// </summary>
public sealed record EntityMention(
    int Start,
    int End,
    string Text,
    EntityType Type,
    string Canonical);
