namespace Chronicle.Domain.Events;

public enum Modality { Asserted, Expected, Possible }

/// <summary>An event found in one sentence.</summary>
public sealed record EventMention(
    string Type,
    int SentenceIndex,
    int TriggerStart,
    int TriggerEnd,
    string Trigger,
    IReadOnlyDictionary<string, string> Arguments,
    string? Time,
    Modality Modality = Modality.Asserted,
    bool Negated = false,
    string? Attribution = null);
