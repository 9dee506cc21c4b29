namespace Chronicle.Domain.Events;

/// <summary>How the text presents an event: as having happened, as planned or expected, or as merely possible.</summary>
public enum Modality { Asserted, Expected, Possible }

/// <summary>Where an event's time came from: a time expression in its clause, the publication date, or nowhere.</summary>
public enum TimeAnchor { Explicit, Publication, Undated }

/// <summary>
/// One filled argument role. <see cref="Value"/> is the canonical name (for entities) or the normalized
/// phrase (for charges, roles, amounts); <see cref="Text"/> is what the page says at [Start, End).
/// <see cref="EntityKey"/> is the stored entity the argument names, as the entity stage resolved it (null: not
/// resolved, e.g. a store ingested without the entity stage, or an event not yet stored).
/// </summary>
public sealed record EventArgument(string Role, string Value, string Text, int Start, int End, string? Kind = null, long? EntityKey = null)
{
    /// <summary>Argument kinds that name an entity (a person, an organization, or either).</summary>
    public bool NamesEntity => Kind is "person" or "org" or "entity";
}

/// <summary>
/// An event found in one sentence, with page offsets for the trigger and the evidence span (the sentence or
/// the part of it the event was read from). <see cref="Time"/> is a TIMEX3 value.
/// </summary>
public sealed record EventMention(
    string Type,
    int SentenceIndex,
    int TriggerStart,
    int TriggerEnd,
    string Trigger,
    IReadOnlyList<EventArgument> Arguments,
    string? Time,
    Modality Modality = Modality.Asserted,
    bool Negated = false,
    string? Attribution = null)
{
    public TimeAnchor TimeAnchor { get; init; } = TimeAnchor.Publication;
    public int EvidenceStart { get; init; }
    public int EvidenceEnd { get; init; }

    public IEnumerable<EventArgument> All(string role) => Arguments.Where(a => a.Role == role);
    public EventArgument? First(string role) => Arguments.FirstOrDefault(a => a.Role == role);
}
