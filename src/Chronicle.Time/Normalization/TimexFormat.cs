using System.Globalization;

namespace Chronicle.Time.Normalization;

/// <summary>Writes TIMEX3 values at a given granularity and moves dates by calendar units.</summary>
public static class TimexFormat
{
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
    public static string Month(int year, int month) => $"{Year(year)}-{month:D2}";
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }
    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";
    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    /// <summary>The value of the unit containing anchor moved by count units: (2023-04-20, M, -1) → 2023-03.</summary>
    public static string? Shifted(DateOnly anchor, string unit, int count) => unit switch
    {
        "Y" => Year(anchor.Year + count),
        "M" => Month(anchor.AddMonths(count).Year, anchor.AddMonths(count).Month),
        "W" => Week(anchor.AddDays(7 * count)),
        "WE" => Week(anchor.AddDays(7 * count)) + "-WE",
        "FN" => Week(anchor.AddDays(14 * count)),
        "D" => Day(anchor.AddDays(count)),
        "Q" => QuarterShift(anchor, count),
        "DE" => Year(anchor.Year + 10 * count)[..3],
        "CE" => Year(anchor.Year + 100 * count)[..2],
        _ => null,
    };

    private static string QuarterShift(DateOnly anchor, int count)
    {
        int index = anchor.Year * 4 + QuarterOf(anchor) - 1 + count;
        return Quarter(index / 4, index % 4 + 1);
    }

    /// <summary>A date moved by an amount of units, for "two years ago" (months may be fractional: 1.5 years).</summary>
    public static DateOnly Move(DateOnly anchor, string unit, decimal amount) => unit switch
    {
        "Y" => anchor.AddMonths((int)Math.Round(amount * 12)),
        "M" => anchor.AddMonths((int)Math.Round(amount)),
        "W" => anchor.AddDays((int)Math.Round(amount * 7)),
        "FN" => anchor.AddDays((int)Math.Round(amount * 14)),
        "D" or "WE" => anchor.AddDays((int)Math.Round(amount)),
        "DE" => anchor.AddYears((int)Math.Round(amount * 10)),
        "CE" => anchor.AddYears((int)Math.Round(amount * 100)),
        "Q" => anchor.AddMonths((int)Math.Round(amount * 3)),
        _ => anchor,
    };

    /// <summary>The value at the granularity a moved unit keeps: years stay years, weeks weeks, days days.</summary>
    public static string AtGranularity(DateOnly d, string unit, bool fractional) => unit switch
    {
        "Y" when fractional => Month(d.Year, d.Month),
        "Y" or "DE" or "CE" => Year(d.Year),
        "M" or "Q" => Month(d.Year, d.Month),
        "W" or "FN" => Week(d),
        _ => Day(d),
    };

    /// <summary>A TIMEX3 duration for count units (count null: unspecified, "PXY").</summary>
    public static string Duration(string unit, decimal? count)
    {
        if (count is null) return unit switch
        {
            "H" => "PTXH", "MIN" => "PTXM", "S" => "PTXS", "DE" => "PXDE", "CE" => "PXCE", "Q" => "PXQ", "WE" => "PXWE", "FN" => "PXW",
            _ => $"PX{unit}",
        };
        decimal n = count.Value;
        if (n != decimal.Truncate(n))
        {
            // the fraction goes to the next smaller unit: 2.5 years → P2Y6M, 1.5 minutes → PT1M30S
            return unit switch
            {
                "Y" => Mixed("P", n, "Y", 12, "M"),
                "M" => Mixed("P", n, "M", 30, "D"),
                "W" => Mixed("P", n, "W", 7, "D"),
                "D" => Mixed("P", n, "D", 24, "H", timeBetween: true),
                "H" => Mixed("PT", n, "H", 60, "M"),
                "MIN" => Mixed("PT", n, "M", 60, "S"),
                _ => $"P{Number(n)}{unit}",
            };
        }
        return unit switch
        {
            "H" => $"PT{Number(n)}H",
            "MIN" => $"PT{Number(n)}M",
            "S" => $"PT{Number(n)}S",
            "DE" => $"P{Number(n * 10)}Y",
            "CE" => $"P{Number(n * 100)}Y",
            "ML" => $"P{Number(n * 1000)}Y",
            "Q" => $"P{Number(n)}Q",
            "FN" => $"P{Number(n * 2)}W",
            "WE" => $"P{Number(n * 2)}D",
            _ => $"P{Number(n)}{unit}",
        };
    }

    /// <summary>"P2Y6M": the whole units, then the fraction in the smaller unit (P1DT12H puts the T between).</summary>
    private static string Mixed(string prefix, decimal n, string unit, int perUnit, string smaller, bool timeBetween = false)
    {
        int whole = (int)decimal.Truncate(n);
        string rest = Number((n - whole) * perUnit) + smaller;
        if (whole == 0) return (timeBetween ? "PT" : prefix) + rest;
        return $"{prefix}{whole}{unit}{(timeBetween ? "T" : "")}{rest}";
    }

    private static string Number(decimal n) => decimal.Round(n, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
