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
/// A state relation(subject, object[, qualifier]) over one period: valid_from / valid_to are TIMEX3 values (null when
/// unknown or open), reported_at is the first article that established it, and the closing event is kept.
/// </summary>
public sealed class FactState
{
    public required string Relation { get; init; }
    public required string Subject { get; init; }
    /// <summary>Set once: a state reported without its object ("was charged") takes the first one a report names (<see cref="StateTable.Specify"/>).</summary>
    public string? Object { get; internal set; }
    public string? Qualifier { get; set; }
    public IReadOnlyList<string> QualifierContext { get; set; } = [];
    public string? ValidFrom { get; set; }
    public DateOnly? FromKey { get; set; }
    public string? ValidTo { get; set; }
    public DateOnly? ToKey { get; set; }
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
