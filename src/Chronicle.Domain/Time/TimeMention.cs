namespace Chronicle.Domain.Time;

/// <summary>TIMEX3 types.</summary>
public enum TimexType { Date, Time, Duration, Set }

/// <summary>
/// A time expression found in text, normalized to a TIMEX3 value relative to the document creation time.
/// Offsets are UTF-16 into the text that was tagged (the pipeline shifts them into the page).
/// Inferred is true when some part of the value was not said but taken from the document date or the tense
/// (a month whose year was inferred, a weekday resolved to a calendar day); Stated/InferredParts say which.
/// </summary>
public sealed record TimeMention(
    int Start,
    int End,
    string Text,
    TimexType Type,
    string Value,
    bool Inferred = false,
    string? Mod = null)
{
    /// <summary>Parts of the value that the text itself names.</summary>
    public TimexParts StatedParts { get; init; }

    /// <summary>Parts of the value filled in from the document date, the tense or a previous mention.</summary>
    public TimexParts InferredParts { get; init; }

    /// <summary>The parsed value: granularity and the instants it covers (none for durations and sets).</summary>
    public TimexValue Parsed => TimexValue.Parse(Value);

    public TimeMention ShiftBy(int delta) => this with { Start = Start + delta, End = End + delta };
}

/// <summary>Calendar parts of a value, to say which were stated in the text and which were inferred.</summary>
[Flags]
public enum TimexParts
{
    None = 0,
    Century = 1,
    Decade = 2,
    Year = 4,
    Season = 8,
    Quarter = 16,
    Month = 32,
    Week = 64,
    Day = 128,
    Weekday = 256,
    PartOfDay = 512,
    Hour = 1024,
    Minute = 2048,
}
