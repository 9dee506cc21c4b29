namespace Chronicle.Domain.Time;

/// <summary>TIMEX3 types.</summary>
public enum TimexType { Date, Time, Duration, Set }

/// <summary>
/// A time expression found in text, normalized to a TIMEX3 value relative to the document creation time.
/// Offsets are UTF-16 into the text that was tagged (the pipeline shifts them into the page).
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
    public TimeMention ShiftBy(int delta) => this with { Start = Start + delta, End = End + delta };
}
