using System.Globalization;

namespace Chronicle.Domain.Time;

/// <summary>How precise a TIMEX3 value is; a value never claims more precision than the text gave.</summary>
public enum TimexGranularity
{
    Unknown, Reference, Century, Decade, Year, Half, Season, Quarter, Month, Week, Day, PartOfDay, Hour, Minute, Second, Duration, Set,
}

/// <summary>
/// A TIMEX3 value with its granularity and the interval it covers: [Earliest, End) in local calendar time
/// (TIMEX3 values carry no zone). Like Noda Time's LocalDate/Interval split, a value keeps its own precision
/// ("2023-01" is a month, not 2023-01-01T00:00) and only the interval makes it comparable.
/// </summary>
public readonly record struct TimexValue(string Value, TimexGranularity Granularity, DateTime? Earliest, DateTime? End)
{
    /// <summary>The last instant covered (End minus one tick), or null when the value is not anchored.</summary>
    public DateTime? Latest => End?.AddTicks(-1);

    public bool IsAnchored => Earliest is not null;

    /// <summary>
    /// The calendar days the value covers, at its granularity (null when not anchored). A time of day covers the day
    /// it names ("2023-04-20TNI" is 2023-04-20, though the night runs into the next morning).
    /// </summary>
    public DateInterval? Dates
    {
        get
        {
            if (Earliest is not { } earliest || End is not { } end) return null;
            var first = DateOnly.FromDateTime(earliest);
            var last = Granularity > TimexGranularity.Day ? first : DateOnly.FromDateTime(end.AddTicks(-1));
            return DateInterval.Inclusive(first, last, Granularity, Value);
        }
    }

    public bool Contains(DateTime instant) => Earliest <= instant && instant < End;

    /// <summary>True when the two values' intervals overlap.</summary>
    public bool Overlaps(TimexValue other) =>
        IsAnchored && other.IsAnchored && Earliest < other.End && other.Earliest < End;

    public static TimexValue Parse(string value)
    {
        if (string.IsNullOrEmpty(value)) return new(value, TimexGranularity.Unknown, null, null);
        if (value.EndsWith("_REF", StringComparison.Ordinal)) return new(value, TimexGranularity.Reference, null, null);
        if (value[0] == 'P') return new(value, TimexGranularity.Duration, null, null);
        if (value.StartsWith("XXXX", StringComparison.Ordinal)) return new(value, TimexGranularity.Set, null, null);
        try
        {
            return ParseAnchored(value) ?? new(value, TimexGranularity.Unknown, null, null);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new(value, TimexGranularity.Unknown, null, null); // e.g. 2023-W54 or 2023-02-30
        }
    }

    private static TimexValue? ParseAnchored(string value)
    {
        if (!AllDigits(value, 0, Math.Min(value.Length, 4))) return null;
        switch (value.Length)
        {
            case 2: // century "19"
            {
                int c = Number(value, 0, 2);
                return Span(value, TimexGranularity.Century, Year(c * 100), Year(c * 100 + 100));
            }
            case 3: // decade "199"
            {
                int d = Number(value, 0, 3);
                return Span(value, TimexGranularity.Decade, Year(d * 10), Year(d * 10 + 10));
            }
            case 4:
            {
                int y = Number(value, 0, 4);
                return Span(value, TimexGranularity.Year, Year(y), Year(y + 1));
            }
        }
        if (value.Length < 7 || value[4] != '-') return null;
        int year = Number(value, 0, 4);
        string rest = value[5..];
        if (rest.Length == 2 && AllDigits(rest, 0, 2))
        {
            var start = new DateTime(year, Number(rest, 0, 2), 1);
            return Span(value, TimexGranularity.Month, start, start.AddMonths(1));
        }
        if (rest[0] == 'Q' && rest.Length == 2)
        {
            var start = new DateTime(year, (rest[1] - '1') * 3 + 1, 1);
            return Span(value, TimexGranularity.Quarter, start, start.AddMonths(3));
        }
        if (rest[0] == 'H' && rest.Length == 2)
        {
            var start = new DateTime(year, (rest[1] - '1') * 6 + 1, 1);
            return Span(value, TimexGranularity.Half, start, start.AddMonths(6));
        }
        if (rest[0] == 'W' && rest.Length == 3 && AllDigits(rest, 1, 2))
        {
            var start = ISOWeek.ToDateTime(year, Number(rest, 1, 2), DayOfWeek.Monday);
            return Span(value, TimexGranularity.Week, start, start.AddDays(7));
        }
        if (rest[0] == 'W' && rest.Length == 6 && AllDigits(rest, 1, 2) && rest.EndsWith("-WE", StringComparison.Ordinal))
        {
            // The weekend of an ISO week ("2023-W16-WE"): its Saturday and Sunday.
            var saturday = ISOWeek.ToDateTime(year, Number(rest, 1, 2), DayOfWeek.Saturday);
            return Span(value, TimexGranularity.Week, saturday, saturday.AddDays(2));
        }
        if (rest.Length == 2 && Seasons.TryGetValue(rest, out var season))
        {
            var start = new DateTime(year, 1, 1).AddMonths(season.StartMonth - 1);
            return Span(value, TimexGranularity.Season, start, start.AddMonths(3));
        }
        if (rest.Length >= 5 && AllDigits(rest, 0, 2) && rest[2] == '-' && AllDigits(rest, 3, 2))
        {
            var day = new DateTime(year, Number(rest, 0, 2), Number(rest, 3, 2));
            if (rest.Length == 5) return Span(value, TimexGranularity.Day, day, day.AddDays(1));
            return ParseTime(value, day, rest[5..]);
        }
        return null;
    }

    private static TimexValue? ParseTime(string value, DateTime day, string time)
    {
        if (time.Length < 3 || time[0] != 'T') return null;
        if (PartsOfDay.TryGetValue(time[1..], out var part))
            return Span(value, TimexGranularity.PartOfDay, day.AddHours(part.From), day.AddHours(part.To));
        if (!AllDigits(time, 1, 2)) return null;
        var hour = day.AddHours(Number(time, 1, 2));
        if (time.Length < 6 || time[3] != ':') return Span(value, TimexGranularity.Hour, hour, hour.AddHours(1));
        var minute = hour.AddMinutes(Number(time, 4, 2));
        if (time.Length < 9 || time[6] != ':') return Span(value, TimexGranularity.Minute, minute, minute.AddMinutes(1));
        var second = minute.AddSeconds(Number(time, 7, 2));
        return Span(value, TimexGranularity.Second, second, second.AddSeconds(1));
    }

    // Meteorological seasons (northern hemisphere); winter belongs to the year in which it starts (December).
    private static readonly Dictionary<string, (int StartMonth, int _)> Seasons = new()
    {
        ["SP"] = (3, 0), ["SU"] = (6, 0), ["FA"] = (9, 0), ["WI"] = (12, 0),
    };

    private static readonly Dictionary<string, (int From, int To)> PartsOfDay = new()
    {
        ["MO"] = (0, 12), ["MI"] = (11, 13), ["AF"] = (12, 18), ["EV"] = (17, 24), ["NI"] = (18, 30), ["DT"] = (8, 18),
    };

    private static TimexValue Span(string value, TimexGranularity granularity, DateTime start, DateTime end) =>
        new(value, granularity, start, end);

    private static DateTime Year(int year) => new(Math.Clamp(year, 1, 9999), 1, 1);

    private static bool AllDigits(string s, int start, int length)
    {
        if (start + length > s.Length) return false;
        for (int i = start; i < start + length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    private static int Number(string s, int start, int length) => int.Parse(s.AsSpan(start, length), CultureInfo.InvariantCulture);
}
