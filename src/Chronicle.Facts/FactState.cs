using Chronicle.Domain.Time;
using Chronicle.Domain.Events;

namespace Chronicle.Facts;

/// <summary>Where a fact was read: the article, its date, the sentence, and how it was said.</summary>
/// <remarks><see cref="EventId"/> is the event's key in the store (0 for events held only in memory).</remarks>
public sealed record FactSource(string DocumentId, DateOnly Reported, string Sentence, string EventType, string Trigger, Modality Modality, string? Attribution, string? Time, string Story, long EventId = 0)
{
    public static FactSource From(EventRecord r) =>
        new(r.DocumentId, r.Reported, r.Sentence, r.Event.Type, r.Event.Trigger, r.Event.Modality, r.Event.Attribution, r.Event.Time, r.StoryKey, r.Id);

    /// <summary>How the answers name the event that ended a state.</summary>
    public string EndingLabel => $"{EventType}: {Trigger} ({DocumentId})";
}

/// <summary>
/// A state relation(subject, object[, qualifier]) over one period: it holds from the first day of <see cref="From"/> up to,
/// not including, the first day of <see cref="To"/> (each a date value with its granularity; null when unknown or open).
/// reported_at is the first article that established it, and the closing event is kept.
/// </summary>
public sealed class FactState
{
    public required string Relation { get; init; }
    public required string Subject { get; init; }
    /// <summary>Set once: a state reported without its object ("was charged") takes the first one a report names (<see cref="StateTable.Specify"/>).</summary>
    public string? Object { get; internal set; }
    public string? Qualifier { get; set; }
    public IReadOnlyList<string> QualifierContext { get; set; } = [];
    /// <summary>The date it began, as its report gave it ("2023-W16": the week's days at week granularity); null when unknown.</summary>
    public DateInterval? From { get; set; }
    /// <summary>The date it ended (the closing report's date value, else the day of that report); null while open.</summary>
    public DateInterval? To { get; set; }
    /// <summary>The TIMEX3 value it began at, as answers show it.</summary>
    public string? ValidFrom => From?.Value;
    /// <summary>The first day it held: the first day of <see cref="From"/>.</summary>
    public DateOnly? FromKey => From?.Start;
    public string? ValidTo => To?.Value;
    /// <summary>The first day it no longer held: the first day of <see cref="To"/>.</summary>
    public DateOnly? ToKey => To?.Start;
    public DateOnly ReportedAt { get; set; }
    public List<FactSource> Sources { get; } = [];
    public FactSource? ClosedBy { get; set; }
    public List<FactSource> ClosingSources { get; } = [];
    /// <summary>Reported changes that have not taken effect: "set to be dropped", "will step down".</summary>
    public List<FactSource> Pending { get; } = [];
    /// <summary>Sources that disagree (a state reported after its end, a close dated before its start).</summary>
    public List<FactSource> Conflicts { get; } = [];
    public bool ClosedBySchedule { get; set; }

    public bool IsOpen => ToKey is null;

    public bool HoldsOn(DateOnly day) => (FromKey is null || FromKey <= day) && (ToKey is null || ToKey > day);

    /// <summary>Sources with syndicated copies of one story counted once.</summary>
    /// <remarks>The first source of each sentence (letters and digits, lower case) in the order they were attached.</remarks>
    public IEnumerable<FactSource> DistinctSources => Sources.DistinctBy(s => Normalize(s.Sentence));

    internal static string Normalize(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    public string Display => Qualifier is null ? $"{Relation}({Subject}{(Object is null ? "" : ", " + Object)})" : $"{Relation}({Subject}, {Object} @ {Qualifier})";
}
