using System.Globalization;

namespace Chronicle.Domain.Time;

/// <summary>
/// The calendar days a date value covers, with the granularity it was given at: "2023" is the days 2023-01-01 through
/// 2023-12-31 at year granularity, "2023-W16" a week, "2023-04-20T12:42" the day 2023-04-20 at minute granularity.
/// This is the one date interval from time tagging to facts (TIMEX3 values through <see cref="TimexValue.Dates"/>,
/// event times, the periods of fact states).
/// </summary>
/// <remarks>
/// As in Noda Time's <c>DateInterval</c>, the ends are days and the API says which end is meant:
/// <see cref="Start"/> and <see cref="EndInclusive"/> are both covered, <see cref="EndExclusive"/> is the first day
/// after. Either end may be open (null): a state known to hold since a day and not known to have ended.
/// <see cref="Value"/> is the TIMEX3 value the interval was read from (null for an interval built from days).
/// </remarks>
public readonly record struct DateInterval
{
    /// <summary>The first day covered; null when the interval is open at its start.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day covered; null when the interval is open at its end.</summary>
    public DateOnly? EndInclusive { get; }

    public TimexGranularity Granularity { get; }

    /// <summary>The TIMEX3 value the interval was read from, as written ("2023-W16"); null when built from days.</summary>
    public string? Value { get; }

    private DateInterval(DateOnly? start, DateOnly? endInclusive, TimexGranularity granularity, string? value)
    {
        if (start > endInclusive) throw new ArgumentException($"interval ends ({Format(endInclusive!.Value)}) before it starts ({Format(start!.Value)})");
        (Start, EndInclusive, Granularity, Value) = (start, endInclusive, granularity, value);
    }

    /// <summary>The first day after the interval; null when it is open at its end.</summary>
    public DateOnly? EndExclusive => EndInclusive?.AddDays(1);

    public bool IsOpenStart => Start is null;
    public bool IsOpenEnd => EndInclusive is null;

    /// <summary>The days <paramref name="start"/> through <paramref name="endInclusive"/>, both covered (null: open).</summary>
    public static DateInterval Inclusive(DateOnly? start, DateOnly? endInclusive, TimexGranularity granularity = TimexGranularity.Day, string? value = null) =>
        new(start, endInclusive, granularity, value);

    /// <summary>The days from <paramref name="start"/> up to, not including, <paramref name="endExclusive"/> (null: open).</summary>
    public static DateInterval Exclusive(DateOnly? start, DateOnly? endExclusive, TimexGranularity granularity = TimexGranularity.Day, string? value = null)
    {
        if (start is not null && endExclusive <= start) throw new ArgumentException($"interval is empty: {Format(start.Value)} up to {Format(endExclusive!.Value)}");
        return new(start, endExclusive?.AddDays(-1), granularity, value);
    }

    /// <summary>One day, written as its TIMEX3 value ("2023-04-20").</summary>
    public static DateInterval Day(DateOnly day) => new(day, day, TimexGranularity.Day, Format(day));

    /// <summary>The days a TIMEX3 date value covers; false for what dates no days (durations, references, sets, unreadable values).</summary>
    public static bool TryParse(string? value, out DateInterval interval)
    {
        interval = default;
        if (string.IsNullOrEmpty(value) || TimexValue.Parse(value).Dates is not { } dates) return false;
        interval = dates;
        return true;
    }

    public bool Contains(DateOnly day) => (Start is null || Start <= day) && (EndInclusive is null || day <= EndInclusive);

    /// <summary>True when every day of <paramref name="other"/> is in this interval (an open end of the other needs an open end here).</summary>
    public bool Contains(DateInterval other) =>
        (Start is null || other.Start is { } s && Start <= s) && (EndInclusive is null || other.EndInclusive is { } e && e <= EndInclusive);

    /// <summary>True when the two intervals share a day.</summary>
    public bool Overlaps(DateInterval other) =>
        (Start is null || other.EndInclusive is null || Start <= other.EndInclusive)
        && (other.Start is null || EndInclusive is null || other.Start <= EndInclusive);

    /// <summary>A day as a TIMEX3 day value ("2023-04-20").</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"[{(Start is { } s ? Format(s) : "..")}, {(EndInclusive is { } e ? Format(e) : "..")}] {Granularity}{(Value is null ? "" : " " + Value)}";
}
