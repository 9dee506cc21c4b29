using Chronicle.Domain.Time;
using Chronicle.Time.Matching;
using static Chronicle.Time.Normalization.TimexFormat;

namespace Chronicle.Time.Normalization;

/// <summary>
/// The normalization functions that rules.json names in "fn". Each turns a match into a TIMEX3 type and value,
/// or returns null to reject the match (the tagger then tries the next rule).
/// </summary>
public static class Normalizers
{
    private const TimexParts YMD = TimexParts.Year | TimexParts.Month | TimexParts.Day;
    /// <summary>
    /// How far the tense carries a date without a year, in days back and ahead: news names the year of a date ten
    /// months or more away, so "extended to Nov. 20" in a story of Nov. 2 is that Nov. 20 despite the past tense.
    /// Holidays are named without a year at any distance and do not use it.
    /// </summary>
    private static readonly (int Back, int Ahead) DayReach = (300, 300);

    public static readonly IReadOnlyDictionary<string, Func<MatchView, TimexResult?>> ByName =
        new Dictionary<string, Func<MatchView, TimexResult?>>
        {
            ["date"] = CalendarDate,
            ["numeric_date"] = NumericDate,
            ["month"] = MonthOfYear,
            ["year"] = YearOnly,
            ["decade"] = Decade,
            ["century"] = Century,
            ["quarter"] = QuarterOfYear,
            ["quarter_current"] = m => CurrentQuarter(m, 0),
            ["quarter_year_ago"] = m => CurrentQuarter(m, -1),
            ["half"] = Half,
            ["season"] = Season,
            ["weekday"] = Weekday,
            ["day_ref"] = DayReference,
            ["part_of_day_ref"] = PartOfDayReference,
            ["ref"] = Reference,
            ["relative"] = Relative,
            ["anaphoric"] = Anaphoric,
            ["ago"] = Ago,
            ["duration"] = Duration,
            ["set"] = Set,
            ["time"] = m => ClockTime(m, m.DayReference),
            ["time_on_day"] = TimeOnDay,
            ["holiday"] = Holiday,
        };

    private static string? Position(MatchView m) => m.Value("@position");

    private static TimexResult? CalendarDate(MatchView m)
    {
        int? month = m.IntValue("@month");
        int? day = m.Number("#day");
        if (month is null || day is null) return null;
        int? year = m.Year();
        if (year is { } y)
            return IsValid(y, month.Value, day.Value) ? new(TimexType.Date, Day(new DateOnly(y, month.Value, day.Value)), Stated: YMD) : null;
        if (!IsValid(2000, month.Value, day.Value)) return null;
        var dct = m.DocumentDate;
        var candidates = YearCandidates(month.Value, day.Value, dct);
        // a weekday said with the date picks the year in which they agree ("Tuesday, January 10")
        if (m.IntValue("@weekday") is { } weekday)
        {
            var agreeing = candidates.Where(c => ((int)c.DayOfWeek + 6) % 7 + 1 == weekday).ToList();
            if (agreeing.Count > 0) candidates = agreeing;
        }
        var chosen = candidates[m.Choose(candidates.Select(c => c.DayNumber - dct.DayNumber).ToArray(), tolerance: 7, reach: DayReach)];
        return new(TimexType.Date, Day(chosen), Stated: TimexParts.Month | TimexParts.Day, Inferred: TimexParts.Year);
    }

    /// <summary>The dates with this month and day around the document date: the years before, of and after it.</summary>
    private static List<DateOnly> YearCandidates(int month, int day, DateOnly dct)
    {
        var candidates = new List<DateOnly>(3);
        // February 29 may lie up to four years away; every other date finds a year within one.
        for (int reach = 1; candidates.Count == 0 && reach <= 4; reach += 3)
            for (int candidate = dct.Year - reach; candidate <= dct.Year + reach; candidate++)
                if (IsValid(candidate, month, day)) candidates.Add(new DateOnly(candidate, month, day));
        return candidates;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static TimexResult? NumericDate(MatchView m)
    {
        var numbers = new List<int>();
        var digits = new List<int>();
        for (int i = m.First; i <= m.Last; i++)
            if (m.Token(i).Kind == Matching.TokenKind.Number) { numbers.Add(m.Token(i).Number); digits.Add(m.Token(i).Digits); }
        if (numbers.Count != 3) return null;
        int year, month, day;
        if (m.Rule.Parameter("order") == "ymd") (year, month, day) = (numbers[0], numbers[1], numbers[2]);
        else
        {
            (month, day, year) = (numbers[0], numbers[1], numbers[2]);
            if (month > 12 && day <= 12) (month, day) = (day, month);
            if (digits[2] == 2) year = MatchView.ExpandYear(year, m.DocumentDate);
            else if (digits[2] != 4) return null;
        }
        return IsValid(year, month, day) ? new(TimexType.Date, Day(new DateOnly(year, month, day)), Stated: YMD) : null;
    }

    private static TimexResult? MonthOfYear(MatchView m)
    {
        int? month = m.IntValue("@month") ?? (m.Has("/") ? m.Number("#int") : null);
        if (month is null or < 1 or > 12) return null;
        var dct = m.DocumentDate;
        string? mod = Position(m);
        if (m.Year() is { } year)
            return new(TimexType.Date, Month(year, month.Value), mod, TimexParts.Year | TimexParts.Month);
        int? shift = m.IntValue("@shift");
        if (shift is null && mod is null && m.Has("@month_abbreviation")) return null;
        if (shift is null && mod is null && m.Has("@ambiguous_month") && !m.PreviousIs("@month_cue")) return null;
        int resolved = shift switch
        {
            -1 => month.Value >= dct.Month ? dct.Year - 1 : dct.Year,
            1 => month.Value <= dct.Month ? dct.Year + 1 : dct.Year,
            0 => dct.Year,
            _ => dct.Year - 1 + m.Choose([month.Value - dct.Month - 12, month.Value - dct.Month, month.Value - dct.Month + 12]),
        };
        return new(TimexType.Date, Month(resolved, month.Value), mod, TimexParts.Month, TimexParts.Year);
    }

    private static TimexResult? YearOnly(MatchView m)
    {
        int? year = m.Year();
        if (year is null) return null;
        bool explicitYear = m.Has("fiscal") || m.Has("year") || m.Has("@position") || m.Token(m.Find("#year")).Kind == Matching.TokenKind.ShortYear;
        if (!explicitYear && (year < 1700 || year > m.DocumentDate.Year + 50)) return null;
        return new(TimexType.Date, Year(year.Value), Position(m), TimexParts.Year);
    }

    private static TimexResult? Decade(MatchView m)
    {
        int decade;
        int i = m.Find("#decade");
        if (i >= 0)
        {
            var t = m.Token(i);
            int year = t.Digits == 4 ? t.Number : MatchView.ExpandYear(t.Number, m.DocumentDate);
            decade = year / 10;
        }
        else if (m.IntValue("@decade_word") is { } word) decade = 190 + word;
        else return null;
        return new(TimexType.Date, decade.ToString("D3"), Position(m), TimexParts.Decade);
    }

    private static TimexResult? Century(MatchView m)
    {
        int? ordinal = m.Number("#ordinal");
        if (ordinal is null or < 1 or > 30) return null;
        return new(TimexType.Date, (ordinal.Value - 1).ToString("D2"), Position(m), TimexParts.Century);
    }

    private static TimexResult? QuarterOfYear(MatchView m)
    {
        var dct = m.DocumentDate;
        int? quarter = m.IntValue("@quarter_code") ?? m.Number("#ordinal") ?? (m.Has("period") || m.Has("quarter") ? ReportedQuarter(dct).Quarter : null);
        if (quarter is null or < 1 or > 4) return null;
        if (m.Year() is { } year) return new(TimexType.Date, Quarter(year, quarter.Value), null, TimexParts.Year | TimexParts.Quarter);
        if (m.IntValue("@shift") is { } shift)
            return new(TimexType.Date, Quarter(dct.Year + shift, quarter.Value), null, TimexParts.Quarter, TimexParts.Year);
        if (m.Rule.Parameter("yearShift") is { } back)
        {
            int talkedAbout = m.LastQuarter is { } last ? int.Parse(last[..4]) : ReportedQuarter(dct).Year;
            return new(TimexType.Date, Quarter(talkedAbout + int.Parse(back), quarter.Value), null, TimexParts.Quarter, TimexParts.Year);
        }
        int current = QuarterOf(dct);
        int resolved = m.DirectionOrPast < 0
            ? (quarter.Value > current ? dct.Year - 1 : dct.Year)
            : (quarter.Value < current - 1 ? dct.Year + 1 : dct.Year);
        return new(TimexType.Date, Quarter(resolved, quarter.Value), null, TimexParts.Quarter, TimexParts.Year);
    }

    /// <summary>"The quarter" in a report is the last one that ended before the document date.</summary>
    private static (int Year, int Quarter) ReportedQuarter(DateOnly dct)
    {
        var reported = new DateOnly(dct.Year, (QuarterOf(dct) - 1) * 3 + 1, 1).AddDays(-1);
        return (reported.Year, QuarterOf(reported));
    }

    /// <summary>The quarter talked about (or else the one last reported), moved by whole years.</summary>
    private static TimexResult CurrentQuarter(MatchView m, int yearShift)
    {
        var (year, quarter) = ReportedQuarter(m.DocumentDate);
        if (yearShift != 0 && m.LastQuarter is { } last) (year, quarter) = (int.Parse(last[..4]), last[^1] - '0');
        return new(TimexType.Date, Quarter(year + yearShift, quarter), null, TimexParts.None, TimexParts.Year | TimexParts.Quarter);
    }

    private static TimexResult? Half(MatchView m)
    {
        int? half = m.Number("#ordinal");
        if (half is not (1 or 2)) return null;
        var dct = m.DocumentDate;
        if (m.Year() is { } year) return new(TimexType.Date, $"{Year(year)}-H{half}", null, TimexParts.Year);
        int current = dct.Month <= 6 ? 1 : 2;
        int resolved = (m.IntValue("@shift"), m.Direction) switch
        {
            ({ } s, _) => dct.Year + s,
            (null, <= 0) => half > current ? dct.Year - 1 : dct.Year,
            _ => half < current ? dct.Year + 1 : dct.Year,
        };
        return new(TimexType.Date, $"{Year(resolved)}-H{half}", null, TimexParts.None, TimexParts.Year);
    }

    private static readonly Dictionary<string, int> SeasonStart = new() { ["SP"] = 3, ["SU"] = 6, ["FA"] = 9, ["WI"] = 12 };

    private static TimexResult? Season(MatchView m)
    {
        string? season = m.Value("@season");
        if (season is null) return null;
        string? mod = Position(m);
        if (m.Year() is { } year) return new(TimexType.Date, $"{Year(year)}-{season}", mod, TimexParts.Year | TimexParts.Season);
        int? shift = m.IntValue("@shift");
        bool bare = shift is null && mod is null;
        // "fall" and "spring" are also verbs and nouns: alone they need "the" or a preposition
        if (bare && !m.Has("the") && !m.PreviousIs("@month_cue")) return null;
        if (bare && (m.NextIs("of") || m.Has("@ambiguous_season"))) return null;
        var dct = m.DocumentDate;
        int month = SeasonStart[season];
        DateOnly StartIn(int y) => new(y, month, 1);
        // the season of this kind that started most recently on or before the document date
        int latestStarted = StartIn(dct.Year) <= dct ? dct.Year : dct.Year - 1;
        bool under = StartIn(latestStarted).AddMonths(3) > dct;
        int resolved = shift switch
        {
            // "this summer" is the summer of the document's year, also once it is over
            0 => under ? latestStarted : dct.Year,
            -1 => under ? latestStarted - 1 : latestStarted,
            1 => latestStarted + 1,
            // months from the document date to each candidate season (0 while it lasts), and let the tense choose
            _ => latestStarted - 1 + m.Choose([.. Enumerable.Range(latestStarted - 1, 3).Select(y => MonthsAway(StartIn(y), dct))]),
        };
        return new(TimexType.Date, $"{Year(resolved)}-{season}", mod, TimexParts.Season, TimexParts.Year);
    }

    /// <summary>Months from a day to a three-month season: positive ahead, negative behind, 0 while it lasts.</summary>
    private static int MonthsAway(DateOnly start, DateOnly day)
    {
        int fromStart = (day.Year - start.Year) * 12 + day.Month - start.Month;
        return fromStart < 0 ? -fromStart : fromStart < 3 ? 0 : -(fromStart - 2);
    }

    private static TimexResult? Weekday(MatchView m)
    {
        int? weekday = m.IntValue("@weekday");
        if (weekday is null) return null;
        int? shift = m.IntValue("@shift");
        if (shift is null && m.Has("@ambiguous_weekday") && !m.PreviousIs("@month_cue")) return null;
        var dct = m.DocumentDate;
        int today = ((int)dct.DayOfWeek + 6) % 7 + 1;
        int back = (today - weekday.Value + 7) % 7;     // days back to the latest such weekday on or before the date
        int forward = (weekday.Value - today + 7) % 7;  // days forward to the next one on or after it
        int offset = shift switch
        {
            -1 => back == 0 ? -7 : -back,
            1 => forward == 0 ? 7 : forward,
            _ => m.DirectionOrPast < 0 ? -back : forward,
        };
        var day = dct.AddDays(offset);
        string? part = m.Value("@part_of_day");
        if (part is null) return new(TimexType.Date, Day(day), Position(m), TimexParts.Weekday, YMD);
        // TimeBank types "Wednesday night" as a DATE (a part of a day named by its weekday), the value keeps the part
        return new(TimexType.Date, $"{Day(day)}T{part}", null, TimexParts.Weekday | TimexParts.PartOfDay, YMD);
    }

    private static TimexResult? DayReference(MatchView m)
    {
        string? reference = m.Value("@day_ref");
        if (reference is null) return null;
        bool night = reference.EndsWith('N');
        int offset = int.Parse(night ? reference[..^1] : reference);
        var day = m.DocumentDate.AddDays(offset);
        string? part = m.Value("@part_of_day") ?? (night ? "NI" : null);
        if (part is null) return new(TimexType.Date, Day(day), Position(m), TimexParts.None, YMD);
        return new(TimexType.Time, $"{Day(day)}T{part}", Position(m), TimexParts.PartOfDay, YMD);
    }

    private static TimexResult? PartOfDayReference(MatchView m)
    {
        string? part = m.Value("@part_of_day");
        if (part is null) return null;
        int offset = m.Has("last") ? -1 : 0;
        if (offset == -1 && part is not ("NI" or "EV")) return null;
        return new(TimexType.Time, $"{Day(m.DocumentDate.AddDays(offset))}T{part}", null, TimexParts.PartOfDay, YMD);
    }

    private static TimexResult? Reference(MatchView m)
    {
        string? value = m.Rule.Parameter("value") ?? m.Value("@reference");
        return value is null ? null : new(TimexType.Date, value);
    }

    private static TimexResult? Relative(MatchView m)
    {
        string? unit = m.Value("@unit");
        if (unit is null) return null;
        int shift = m.IntValue("@shift") ?? (int.TryParse(m.Rule.Parameter("shift"), out int p) ? p : 0);
        if (m.Has("next") && m.Has("of")) shift = 1;
        else if (m.Has("last") && m.Has("of")) shift = -1;
        string? mod = Position(m);
        bool anaphoric = m.Has("@anaphoric_shift");
        if (anaphoric && unit == "Y") return new(TimexType.Date, Year(m.ReferenceYear + shift), mod, TimexParts.None, TimexParts.Year);
        var dct = anaphoric ? m.Reference : m.DocumentDate;
        switch (unit)
        {
            case "D":
                return new(TimexType.Date, Day(m.DayReference.AddDays(shift)), mod, TimexParts.None, YMD);
            case "DE" or "CE" or "ML" or "H" or "MIN" or "S" when shift != 0:
                return new(TimexType.Duration, TimexFormat.Duration(unit, 1), mod);
            case "WE" when m.IntValue("@shift") is null:
            {
                // "the weekend": the one just past, or the coming one when the sentence looks ahead
                int today = ((int)dct.DayOfWeek + 6) % 7 + 1;
                int weeks = m.DirectionOrPast < 0 ? (today >= 6 ? 0 : -1) : 0;
                return new(TimexType.Date, Shifted(dct, "WE", weeks)!, mod, TimexParts.None, TimexParts.Week);
            }
        }
        string? value = Shifted(dct, unit, shift);
        return value is null ? null : new(TimexType.Date, value, mod, TimexParts.None, Inferred(unit));
    }

    private static TimexParts Inferred(string unit) => unit switch
    {
        "Y" => TimexParts.Year,
        "M" => TimexParts.Year | TimexParts.Month,
        "Q" => TimexParts.Year | TimexParts.Quarter,
        "W" or "WE" or "FN" => TimexParts.Year | TimexParts.Week,
        "DE" => TimexParts.Decade,
        "CE" => TimexParts.Century,
        _ => YMD,
    };

    private static TimexResult? Anaphoric(MatchView m)
    {
        int shift = m.Has("before") || m.Has("previous") ? -1 : m.Has("after") || m.Has("next") || m.Has("following") ? 1 : 0;
        string? part = m.Value("@part_of_day");
        if (part is not null)
            return new(TimexType.Time, $"{Day(m.DayReference.AddDays(shift))}T{part}", null, TimexParts.PartOfDay, YMD);
        string unit = m.Rule.Parameter("unit") ?? m.Value("@unit") ?? "D";
        if (unit == "Y") return new(TimexType.Date, Year(m.ReferenceYear + shift), null, TimexParts.None, TimexParts.Year);
        string? value = Shifted(unit == "D" ? m.DayReference : m.Reference, unit, shift);
        return value is null ? null : new(TimexType.Date, value, null, TimexParts.None, Inferred(unit));
    }

    private static decimal? Amount(MatchView m)
    {
        if (m.Has("@vague_number")) return null;
        decimal count = m.Rule.Parameter("count") is { } c && decimal.TryParse(c, out var fixedCount) ? fixedCount : m.Number("#num") ?? 1;
        if (m.Number("#fraction") is { } fraction) count += fraction / 100m;
        if (m.Rule.Parameter("half") == "1") count += 0.5m;
        return count;
    }

    private static TimexResult? Ago(MatchView m)
    {
        string? unit = m.Value("@unit");
        if (unit is null) return null;
        int direction = int.TryParse(m.Rule.Parameter("direction"), out int d) ? d : m.IntValue("@ago") ?? -1;
        decimal? amount = Amount(m);
        if (amount is null) return new(TimexType.Date, direction < 0 ? "PAST_REF" : "FUTURE_REF");
        // "ago" and "from now" count from the document date; "earlier" and "later" from the time last talked about
        bool fromDocument = m.Has("ago") || m.Has("now") || m.Has("hence");
        var anchor = fromDocument ? m.DocumentDate : unit is "D" or "W" ? m.DayReference : m.Reference;
        if (unit is "H" or "MIN" or "S") return new(TimexType.Duration, TimexFormat.Duration(unit, amount), Approx(m));
        // in an earnings report "a year earlier" is the quarter talked about, a year before
        if (unit == "Y" && amount == 1 && direction < 0 && m.LastQuarter is not null) return CurrentQuarter(m, -1);
        var moved = Move(anchor, unit, direction * amount.Value);
        return new(TimexType.Date, AtGranularity(moved, unit, amount != decimal.Truncate(amount.Value)), Approx(m), TimexParts.None, Inferred(unit));
    }

    private static string? Approx(MatchView m)
    {
        string? mod = m.Value("@comparative") ?? m.Value("@approx")
            ?? (m.Previous is { } before ? m.Lexicon.Value("@approx", before.Lower) : null);
        if (mod is "MORE_THAN" && m.Has("least")) return "EQUAL_OR_MORE";
        return mod;
    }

    private static TimexResult? Duration(MatchView m)
    {
        string? unit = m.Value("@unit");
        if (unit is null) return null;
        if (m.Rule.Parameter("count") == "X") return new(TimexType.Duration, TimexFormat.Duration(unit, null));
        bool article = m.Token(m.First).Lower is "a" or "an" || m.Find("a") >= 0 && m.Find("#num") == m.Find("a");
        // "$2 million a year", "four flights a week": a rate, not a stretch of time
        if (article && m.Previous is { } before && (before.IsNumeric || m.PreviousIs("@rate_before") || before.Lower is "%" or "$")) return null;
        // "a second group": the ordinal, not the unit
        if (article && unit == "S" && m.Next is { Kind: TokenKind.Word } after && after.Lower is not ("later" or "after" or "before")) return null;
        decimal? amount = Amount(m);
        if (amount is <= 0 or >= 1000) return null;
        if (unit == "Q" && m.NextIs("of")) return null; // "three-quarters of the vote" is a fraction
        return new(TimexType.Duration, TimexFormat.Duration(unit, amount), Approx(m));
    }

    private static TimexResult? Set(MatchView m)
    {
        if (m.Value("@unit_adjective") is { } adjective) return new(TimexType.Set, adjective);
        if ((m.IntValue("@weekday") ?? m.IntValue("@weekday_plural")) is { } weekday)
            return new(TimexType.Set, $"XXXX-WXX-{weekday}", null, TimexParts.Weekday);
        if (m.Value("@part_of_day") is { } part) return new(TimexType.Set, $"XXXX-XX-XXT{part}", null, TimexParts.PartOfDay);
        if (m.IntValue("@month") is { } month) return new(TimexType.Set, $"XXXX-{month:D2}", null, TimexParts.Month);
        string? unit = m.Value("@unit");
        if (unit is null) return null;
        int count = m.Number("#num") is { } n && m.Find("#num") > m.First ? n : 1;
        return new(TimexType.Set, TimexFormat.Duration(unit, count));
    }

    private static TimexResult? TimeOnDay(MatchView m)
    {
        var day = m.Has("@weekday") && !m.Has("@month") ? Weekday(m) : DayOfMonth(m);
        if (day is null) return null;
        return ClockTime(m, DateOnly.ParseExact(day.Value[..10], "yyyy-MM-dd"));
    }

    /// <summary>The date of "Nov. 6" after a clock time: the day is the first day number after the month name.</summary>
    private static TimexResult? DayOfMonth(MatchView m)
    {
        int? month = m.IntValue("@month");
        int? day = m.NumberAfter("#day", m.Find("@month"));
        if (month is null || day is null || !IsValid(2000, month.Value, day.Value)) return null;
        var dct = m.DocumentDate;
        var candidates = YearCandidates(month.Value, day.Value, dct);
        var chosen = candidates[m.Choose(candidates.Select(c => c.DayNumber - dct.DayNumber).ToArray(), tolerance: 7, reach: DayReach)];
        return new(TimexType.Date, Day(chosen));
    }

    private static TimexResult? ClockTime(MatchView m, DateOnly day)
    {
        int hour, minute = 0;
        if (m.Value("@clock_word") is { } word)
        {
            hour = int.Parse(word[..2]);
        }
        else if (m.Number("#clock") is { } clock) { hour = clock / 100; minute = clock % 100; }
        else if (m.Number("#num") is { } h) hour = h;
        else return null;
        string? meridiem = m.Value("@meridiem");
        if (meridiem == "PM" && hour < 12) hour += 12;
        if (meridiem == "AM" && hour == 12) hour = 0;
        if (hour > 24 || minute > 59) return null;
        return new(TimexType.Time, $"{Day(day)}T{hour:D2}:{minute:D2}", null, TimexParts.Hour | TimexParts.Minute, YMD);
    }

    private static TimexResult? Holiday(MatchView m)
    {
        string? rule = m.Rule.Parameter("date") ?? m.Value("@holiday");
        if (rule is null) return null;
        int eve = m.Has("eve") ? -1 : 0;
        if (eve == 0 && !m.Has("day") && m.Has("@holiday_needs_day")) return null;
        var dct = m.DocumentDate;
        DateOnly In(int year) => HolidayDate(rule, year).AddDays(eve);
        if (m.IntValue("@shift") is { } shift && shift != 0)
        {
            var shifted = In(dct.Year);
            if (shift < 0 && shifted >= dct) shifted = In(dct.Year - 1);
            if (shift > 0 && shifted <= dct) shifted = In(dct.Year + 1);
            return new(TimexType.Date, Day(shifted), null, TimexParts.Month | TimexParts.Day, TimexParts.Year);
        }
        var candidates = new[] { In(dct.Year - 1), In(dct.Year), In(dct.Year + 1) };
        var date = candidates[m.Choose(candidates.Select(c => c.DayNumber - dct.DayNumber).ToArray(), tolerance: 7)];
        return new(TimexType.Date, Day(date), null, TimexParts.Month | TimexParts.Day, TimexParts.Year);
    }

    /// <summary>A holiday in a year: fixed "MM-DD" or the n-th weekday of a month "n:weekday:month" (n = -1: last).</summary>
    private static DateOnly HolidayDate(string rule, int year)
    {
        if (!rule.Contains(':')) return new DateOnly(year, int.Parse(rule[..2]), int.Parse(rule[3..]));
        var parts = rule.Split(':').Select(int.Parse).ToArray();
        int n = parts[0], weekday = parts[1], month = parts[2];
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            int firstWeekday = ((int)first.DayOfWeek + 6) % 7 + 1;
            return first.AddDays((weekday - firstWeekday + 7) % 7 + 7 * (n - 1));
        }
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int lastWeekday = ((int)last.DayOfWeek + 6) % 7 + 1;
        return last.AddDays(-((lastWeekday - weekday + 7) % 7));
    }
}
